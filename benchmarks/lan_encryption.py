"""LAN alarm with encryption on: click on securityButton -> the second console's alert on
screen, against the same path with the LAN format Desk used before (HMAC-SHA256 signature
over readable JSON), measured in the same run with the same real console windows.

Both runs use ``alarm_latency.console`` (two real DeskConsole windows on loopback, LAN
channel only) and 40 alarms each, alternating so machine load hits both alike.
Target: encrypted median <= 1.2x the signed-only median.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median, percentile  # noqa: E402
from alarm_latency import console, udp_port  # noqa: E402

from desk.alerts import lan_wire  # noqa: E402
from desk.core.branch_key import generate_key  # noqa: E402

ALARMS = 60
PACKETS = 5000


class SignedOnlySealer(lan_wire.Sealer):
    """The format before encryption: readable JSON + HMAC-SHA256 (the baseline's cost)."""

    def seal(self, envelope: dict) -> bytes:
        with self._lock:
            self._counter += 1
            counter = self._counter
        payload = json.dumps({**envelope, "n": counter}, ensure_ascii=False).encode()
        return b"DESK1" + self.sender + hmac.new(self._key, payload, hashlib.sha256).digest() \
            + payload

    def screen(self, buffer, size):
        return None  # the old format had no first look before its signature check

    def open(self, packet: bytes):
        sender, signature, payload = packet[5:21], packet[21:53], packet[53:]
        if not hmac.compare_digest(signature, hmac.new(self._key, payload,
                                                       hashlib.sha256).digest()):
            raise lan_wire.Refused("bad signature")
        envelope = json.loads(payload)
        return sender.hex(), envelope.pop("n"), envelope


def pair(tmp: Path, label: str):
    a, b = udp_port(), udp_port()
    lan = f'type = "lan"\ninterface = "127.0.0.1"\nkey = "{generate_key()}"\n'
    sender = console(tmp, f"{label}-1", f"[[security.channels]]\n{lan}port = {a}\n"
                     f'peers = ["127.0.0.1:{b}"]\n')
    receiver = console(tmp, f"{label}-2", f"[[security.channels]]\n{lan}port = {b}\n"
                       f'peers = ["127.0.0.1:{a}"]\n')
    shown: dict[int, float] = {}
    escalation = receiver.escalation
    show = escalation._remote_alarm

    def on_screen(message):
        show(message)
        shown.setdefault(message["uid"], time.perf_counter())

    escalation._remote_alarm = on_screen
    # Replay marks go to each console's private replay file, as the console runs it.
    return sender, receiver, shown


def one_alarm(app, sender, shown) -> float | None:
    start = time.perf_counter()
    sender.escalation.bar.button.click()
    incident = sender.escalation.incident_id
    deadline = time.monotonic() + 5
    while incident not in shown and time.monotonic() < deadline:
        app.processEvents()
        threading.Event().wait(0.001)
    sender.escalation.cancel("benchmark")
    return shown[incident] - start if incident in shown else None


def main() -> None:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    qInstallMessageHandler(lambda mode, context, text: None
                           if "This plugin does not support" in text else print(text))
    tmp = Path(tempfile.mkdtemp(prefix="desk-lan-bench-"))
    encrypted = pair(tmp, "enc")
    real_sealer = lan_wire.Sealer
    lan_wire.Sealer = SignedOnlySealer  # the baseline pair is built with the old format
    import desk.alerts.lan as lan_module

    lan_module.Sealer = SignedOnlySealer
    signed = pair(tmp, "sig")
    lan_wire.Sealer = lan_module.Sealer = real_sealer
    assert type(signed[0].escalation.service.lan_link.sealer) is SignedOnlySealer
    assert type(encrypted[0].escalation.service.lan_link.sealer) is real_sealer

    times = {"encrypted": [], "signed": []}
    for _ in range(ALARMS):
        for name, (sender, _receiver, shown) in (("encrypted", encrypted), ("signed", signed)):
            took = one_alarm(app, sender, shown)
            if took is not None:
                times[name].append(took)
    ms = 1000
    for name, values in times.items():
        print(f"click -> second console's alert ({name:9}): median {median(values) * ms:.1f} ms, "
              f"p99 {percentile(values, 99) * ms:.1f} ms (n={len(values)}/{ALARMS})")
    # The part encryption changes, alone: seal + open of one alarm-sized packet.
    envelope = {"v": 2, "type": "alarm", "from": "desk-1", "ts": time.time(),
                "body": {"uid": "Espoo/desk-1/1/2026-11-23T09:00:00Z", "context": {
                    "caller_name": "Mikko Virtanen", "notes": "x" * 400}}}
    per_packet = {}
    key = os.urandom(32)
    for name, cls in (("encrypted", real_sealer), ("signed", SignedOnlySealer)):
        sealer = cls(key)
        sealer.open(sealer.seal(envelope))  # load the library first
        began = time.perf_counter()
        for _ in range(PACKETS):
            sealer.open(sealer.seal(envelope))
        per_packet[name] = (time.perf_counter() - began) / PACKETS
    print(f"seal + open of one alarm packet: encrypted {per_packet['encrypted'] * 1e6:.1f} us, "
          f"signed-only {per_packet['signed'] * 1e6:.1f} us")
    ratio = median(times["encrypted"]) / median(times["signed"])
    print(f"ratio encrypted/signed-only (median): {ratio:.2f} (target <= 1.2): "
          + ("met" if ratio <= 1.2 else "NOT met"))
    for window in (*encrypted[:2], *signed[:2]):
        window.close()
    sys.stdout.flush()
    os._exit(0)  # as alarm_latency.py: skip PySide6's fragile interpreter teardown


if __name__ == "__main__":
    main()
