"""A real LAN alarm during a flood of unauthenticated packets, on loopback.

A receiving console's LanLink (its own listener thread, replay marks in a real log)
is flooded for 3 s at 10,000 packets per second from another socket: random bytes,
and packets with a valid-looking header whose authentication fails (each costs a
full AEAD check). Every 0.4 s during the flood a genuine alarm is sent; the figure is
the time from its send to the receiver's callback. The baseline: the same alarms with
no flood, same run. Also printed: how many log lines the flood produced.
Target: every alarm during the flood reaches the callback within 1 s.
"""

from __future__ import annotations

import contextlib
import logging
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

from desk.alerts.lan import LanLink  # noqa: E402
from desk.alerts.lan_wire import HEADER, MAGIC  # noqa: E402
from desk.core.branch_key import generate_key  # noqa: E402
from desk.core.clock import SystemClock  # noqa: E402
from desk.store.db import open_db  # noqa: E402

RATE = 10_000  # packets per second
FLOOD_S = 3.0
ALARM_EVERY_S = 0.4


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Counter(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = 0

    def emit(self, record):
        self.lines += 1


def junk(n: int) -> bytes:
    if n % 2:
        return os.urandom(60 + n % 500)
    header = HEADER.pack(MAGIC, os.urandom(16), n, os.urandom(12))
    return header + os.urandom(300)  # looks like ours, fails authentication


def flood(target: tuple[str, int], stop, sent) -> None:
    """Runs in its own process (as an attacker on another host would), not our GIL."""
    packets = [junk(n) for n in range(2000)]
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        began = time.perf_counter()
        count = 0
        while not stop.is_set() and time.perf_counter() - began < FLOOD_S:
            due = int((time.perf_counter() - began) * RATE)
            while count < due:
                with contextlib.suppress(OSError):
                    sock.sendto(packets[count % len(packets)], target)
                count += 1
            stop.wait(0.002)
        sent.value = count


def alarms(sender: LanLink, arrived: dict, cond: threading.Condition, count: int,
           tag: str) -> list[float]:
    took = []
    for n in range(count):
        uid = f"{tag}-{n}"
        start = time.perf_counter()
        sender.broadcast("alarm", {"uid": uid})
        with cond:
            cond.wait_for(lambda uid=uid: uid in arrived, timeout=5)
        took.append(arrived[uid] - start if uid in arrived else float("inf"))
        threading.Event().wait(ALARM_EVERY_S)
    return took


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="desk-flood-bench-"))
    open_db(tmp / "receiver.db").conn.close()
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
                     SystemClock())
    lines = Counter()
    logging.getLogger("desk.alerts.lan").addHandler(lines)
    logging.getLogger("desk.alerts.lan").propagate = False
    receiver.start()
    sender.start()
    try:
        quiet = alarms(sender, arrived, cond, 5, "quiet")
        import multiprocessing

        stop, sent = multiprocessing.Event(), multiprocessing.Value("q", 0)
        flooder = multiprocessing.Process(target=flood, args=(("127.0.0.1", peer), stop, sent))
        flooder.start()
        flood_began = time.perf_counter()
        threading.Event().wait(0.3)  # let the flood fill the queue first
        during = alarms(sender, arrived, cond, int((FLOOD_S - 0.5) / ALARM_EVERY_S), "flood")
        stop.set()
        flooder.join()
        flood_s = time.perf_counter() - flood_began
    finally:
        sender.close()
        receiver.close()
    ms = 1000
    print(f"flood: {sent.value} unauthenticated packets in {flood_s:.1f} s "
          f"({sent.value / flood_s:,.0f}/s); receiver refused {receiver.rejected}; "
          f"log lines written: {lines.lines}")
    print(f"alarm send -> callback, no flood:     median {median(quiet) * ms:.2f} ms, "
          f"max {max(quiet) * ms:.2f} ms (n={len(quiet)})")
    print(f"alarm send -> callback, during flood: median {median(during) * ms:.2f} ms, "
          f"max {max(during) * ms:.2f} ms (n={len(during)})")
    print(f"ratio flood/no flood (median): {median(during) / median(quiet):.1f}; "
          f"target (every alarm < 1 s): " + ("met" if max(during) < 1 else "NOT met"))


if __name__ == "__main__":
    main()
