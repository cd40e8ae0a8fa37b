"""Webhook attempt time against its ``timeout_s``: one deadline, DNS and every address in.

Three receivers on loopback, each as bad as a receiver can be for a deadline:
- silent: 127.0.0.1 accepts and never answers (the reference: the read is cut at the deadline);
- unresolvable: the host's DNS never answers (the system resolver is replaced by one that
  blocks 15 s, as a dead DNS server does);
- multi-address: the host has three addresses (127.0.0.2-4) whose connects all hang.
Printed: the median attempt time of each as a ratio to ``timeout_s`` (target: <= 1.1; before
issue 17 the unresolvable host took 10 s and the three addresses 3 x timeout_s).

    python benchmarks/webhook_deadline.py [--timeout 3] [--runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import median  # noqa: E402

from desk.alerts.channel import DeliveryError  # noqa: E402
from desk.alerts.webhook import WebhookChannel  # noqa: E402

HOST = "alarms.example.invalid"
MESSAGE = {"uid": "bench/1", "message": "alarm"}


def blackhole(ip: str, port: int = 0) -> tuple[list[socket.socket], int]:
    """A listener with a full backlog: connects to it hang (the kernel drops the SYNs)."""
    listener = socket.socket()
    listener.bind((ip, port))
    listener.listen(0)
    port = listener.getsockname()[1]
    held = [listener]
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect((ip, port))
        held.append(filler)
    return held, port


def attempt(url: str, timeout_s: float, resolver=None) -> float:
    channel = WebhookChannel("webhook", {"url": url, "timeout_s": timeout_s})
    channel.resolver = resolver
    began = time.monotonic()
    with contextlib.suppress(DeliveryError):
        channel.send(MESSAGE)
    return time.monotonic() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--timeout", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    timeout_s = args.timeout

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    accepted = []
    threading.Thread(target=lambda: [accepted.append(silent.accept()) for _ in iter(int, 1)],
                     daemon=True).start()
    silent_url = f"http://127.0.0.1:{silent.getsockname()[1]}/alarm"

    release = threading.Event()

    def dead_dns(host, port, timeout):
        release.wait(15)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    held, port = blackhole("127.0.0.2")
    for ip in ("127.0.0.3", "127.0.0.4"):
        held += blackhole(ip, port)[0]

    def three_addresses(host, port_, timeout):
        return [(socket.AF_INET, (ip, port_)) for ip in ("127.0.0.2", "127.0.0.3", "127.0.0.4")]

    figures = {"silent receiver (reference)": [], "unresolvable host": [],
               "multi-address host (3 hanging)": []}
    for _ in range(args.runs):  # alternate, so machine load hits all alike
        figures["silent receiver (reference)"].append(attempt(silent_url, timeout_s))
        figures["unresolvable host"].append(
            attempt(f"http://{HOST}:8080/alarm", timeout_s, dead_dns))
        figures["multi-address host (3 hanging)"].append(
            attempt(f"http://{HOST}:{port}/alarm", timeout_s, three_addresses))
    release.set()
    for sock in held:
        sock.close()
    print(f"webhook attempt time against timeout_s = {timeout_s:g} s "
          f"(median of {args.runs}; target <= 1.1x)")
    for name, times in figures.items():
        took = median(times)
        print(f"  {name:32s} {took:6.2f} s = {took / timeout_s:.2f}x timeout_s")


if __name__ == "__main__":
    main()
