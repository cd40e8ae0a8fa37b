"""A real LAN alarm during a keyless flood at the highest rate this machine sends, on loopback.

The receiving console's LanLink (its own listener thread, replay marks in a real private
file) is flooded by ``FLOODERS`` processes (default: one per core) sending as fast as
they can, with no rate limit: packets with a valid-looking header and exactly the size of
a sealed alarm (each passes the shape test and costs a full AEAD check), and plain random
bytes. The sending console raises alarms the way the outbox does (``send_and_wait``: a
fresh copy every 20 ms until a console answers); the figure is the time from the raise to
the receiver's callback, the moment the console would show it. Baseline: the same alarms
with no flood, same run. Printed: the flood's packet rate, latency median/max per phase.
Target: every alarm during the flood is shown within 1 s.

    python benchmarks/lan_flood.py [--seconds 6] [--flooders N] [--alarms 10]
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import multiprocessing
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))
from _common import median  # noqa: E402

from desk.alerts.channel import DeliveryError  # noqa: E402
from desk.alerts.lan import LanLink  # noqa: E402
from desk.alerts.lan_wire import HEADER, MAGIC, PAD_TO  # noqa: E402
from desk.core.branch_key import generate_key  # noqa: E402
from desk.core.clock import SystemClock  # noqa: E402

SEALED_SIZE = HEADER.size + PAD_TO + 16  # what a real alarm packet measures


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def junk(n: int) -> bytes:
    if n % 4 == 3:
        return os.urandom(60 + n % 500)  # random bytes: dropped by the shape test
    header = HEADER.pack(MAGIC, os.urandom(16), n, os.urandom(12))
    return header + os.urandom(SEALED_SIZE - HEADER.size)  # looks sealed, fails the AEAD


def flood(target: tuple[str, int], seconds: float, sent, busy) -> None:
    """One attacker process: sendto in a tight loop, no pacing; adds its packets to
    ``sent`` and the seconds it sent for to ``busy``."""
    packets = [junk(n) for n in range(4096)]
    count = 0
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        send = sock.sendto
        began = time.perf_counter()
        end = began + seconds
        while time.perf_counter() < end:
            for packet in packets[:512]:
                with contextlib.suppress(OSError):
                    send(packet, target)
            packets = packets[512:] + packets[:512]
            count += 512
        took = time.perf_counter() - began
    with sent.get_lock():
        sent.value += count
        busy.value += took


def alarms(sender: LanLink, arrived: dict, cond: threading.Condition, count: int,
           tag: str, gap_s: float, until: float = float("inf")) -> list[float]:
    """Raise alarms one after another; only those raised before ``until`` count."""
    took = []
    for n in range(count):
        uid = f"{tag}-{n}"
        start = time.perf_counter()
        if start >= until:
            break
        with contextlib.suppress(DeliveryError):
            sender.send_and_wait("alarm", {"uid": uid}, wait_s=5.0)
        with cond:
            cond.wait_for(lambda uid=uid: uid in arrived, timeout=5)
        took.append(arrived[uid] - start if uid in arrived else float("inf"))
        threading.Event().wait(gap_s)
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=6.0, help="length of the flood")
    parser.add_argument("--flooders", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--alarms", type=int, default=10, help="alarms per phase")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="desk-flood-bench-"))
    key = generate_key()
    port, peer = udp_port(), udp_port()
    arrived: dict[str, float] = {}
    cond = threading.Condition()

    def on_message(message):
        with cond:
            arrived.setdefault(message["body"]["uid"], time.perf_counter())
            cond.notify_all()

    options = {"key": key, "interface": "127.0.0.1"}
    receiver = LanLink({**options, "port": peer, "peers": [f"127.0.0.1:{port}"]}, "desk-2",
                       SystemClock(), on_message, log_path=tmp / "receiver.db")
    sender = LanLink({**options, "port": port, "peers": [f"127.0.0.1:{peer}"]}, "desk-1",
                     SystemClock(), log_path=tmp / "sender.db")
    quiet_log = logging.getLogger("desk.alerts.lan")  # the flood's (rate-limited) refusals
    quiet_log.propagate = False
    quiet_log.addHandler(logging.NullHandler())
    receiver.start()
    sender.start()
    gap = max(0.05, (args.seconds - 1.5) / args.alarms - 0.02)
    try:
        quiet = alarms(sender, arrived, cond, args.alarms, "quiet", gap)
        sent, busy = multiprocessing.Value("q", 0), multiprocessing.Value("d", 0.0)
        flooders = [multiprocessing.Process(target=flood, args=(("127.0.0.1", peer),
                                                                args.seconds, sent, busy))
                    for _ in range(args.flooders)]
        for process in flooders:
            process.start()
        threading.Event().wait(0.5)  # the flood fills the socket queue first
        flood_ends = time.perf_counter() + args.seconds - 0.7  # (the processes' start-up)
        during = alarms(sender, arrived, cond, args.alarms, "flood", gap, flood_ends)
        for process in flooders:
            process.join()
        flood_s = busy.value / args.flooders  # each process's own sending time
    finally:
        sender.close()
        receiver.close()
    ms = 1000
    print(f"flood: {args.flooders} process(es), {sent.value:,} keyless packets in "
          f"{flood_s:.1f} s = {sent.value / flood_s:,.0f} packets/s; receiver dropped "
          f"{getattr(receiver, 'dropped', 0):,} by shape, refused {receiver.rejected:,} after a check")
    print(f"alarm raised -> shown, no flood:     median {median(quiet) * ms:7.1f} ms, "
          f"max {max(quiet) * ms:7.1f} ms (n={len(quiet)})")
    print(f"alarm raised -> shown, during flood: median {median(during) * ms:7.1f} ms, "
          f"max {max(during) * ms:7.1f} ms (n={len(during)})")
    within = sum(1 for t in during if t < 1)
    print(f"ratio flood/no flood (median): {median(during) / median(quiet):.1f}; shown "
          f"within 1 s during the flood: {within} of {len(during)}; target (every alarm "
          "< 1 s): " + ("met" if within == len(during) else "NOT met"))


if __name__ == "__main__":
    main()
