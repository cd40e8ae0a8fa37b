"""The LAN alarm channel against a key holder, a local account and a flood (loopback only).

Issue 17: a cancel is bound to the console that raised the alarm; replay marks survive a
crash in a private file; a typed key is refused and the key can live in a key file; a
real alarm gets through a keyless flood.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import multiprocessing
import os
import time

import pytest

from desk import config as config_mod
from desk.alerts.lan import LanLink
from desk.alerts.lan_wire import HEADER, MAGIC, PAD_TO
from tests.alerts.test_lan import KEY, Socket, lan_config, remote, udp_port, until
from tests.security import accounts


def link(port, peers, clock, got=None, log_path=None, name="desk-2", key=KEY):
    return LanLink({"key": key, "port": port, "interface": "127.0.0.1",
                    "peers": [f"127.0.0.1:{p}" for p in peers]}, name, clock,
                   got.append if got is not None else None, log_path=log_path)


# -- cancel and close belong to the console that raised the alarm -----------------------------

def test_a_cancel_from_another_key_holder_is_refused(tmp_path, make_service, caplog):
    a_port, b_port, c_port = udp_port(), udp_port(), udp_port()
    raiser = make_service(lan_config(tmp_path, "a.toml", a_port, [b_port, c_port]))
    receiver = make_service(lan_config(tmp_path, "b.toml", b_port, [a_port]),
                            workstation="desk-2", path=tmp_path / "other.db")
    heard: list[dict] = []
    # A console with the branch key that received the alarm too (so it knows the uid and
    # the ack nonce) and tries to silence it at the other consoles.
    intruder = link(c_port, [b_port], raiser.clock, heard, tmp_path / "intruder.db", "desk-9")
    intruder.start()
    try:
        uid = raiser.raise_alarm({"topic": "threat"})
        remote(receiver)
        assert until(lambda: any(m["type"] == "alarm" for m in heard))
        alarm = next(m for m in heard if m["type"] == "alarm")["body"]
        rejected = receiver.lan_link.rejected
        intruder.broadcast("cancel", {**alarm, "message": "cancel", "reason": "all clear"})
        intruder.broadcast("close", {**alarm, "by": "Security control room"})
        assert until(lambda: receiver.lan_link.rejected >= rejected + 2)
        assert not [k for k, _ in receiver.events.items if k in ("remote_cancel",
                                                                 "remote_close")]
        assert "does not carry the secret of the console that raised the alarm" in caplog.text

        raiser.cancel(uid, "false alarm")  # the raiser itself: accepted
        assert remote(receiver, "remote_cancel")["reason"] == "false alarm"
    finally:
        intruder.close()


def test_the_raiser_can_cancel_after_a_restart(tmp_path, clock):
    """The raiser's cancel secret lives in its private file: a restart keeps it."""
    a_port, b_port = udp_port(), udp_port()
    got: list[dict] = []
    receiver = link(b_port, [a_port], clock, got, tmp_path / "b.db")
    raiser = link(a_port, [b_port], clock, log_path=tmp_path / "a.db", name="desk-1")
    try:
        raiser.broadcast("alarm", {"uid": "u1"})
        receiver.serve_step(0.2)
        raiser.close()
        raiser = link(a_port, [b_port], clock, log_path=tmp_path / "a.db", name="desk-1")
        raiser.broadcast("cancel", {"uid": "u1", "reason": "false alarm"})
        receiver.serve_step(0.2)
    finally:
        raiser.close()
        receiver.close()
    assert [m["type"] for m in got] == ["alarm", "cancel"]


# -- replay marks are on disk before a packet is acted on ---------------------------------

def test_a_captured_alarm_replayed_after_a_crash_is_refused(tmp_path, clock):
    """The log is locked (as it may be for minutes) when the alarm arrives; the receiver
    then crashes without a clean close; the attacker replays the alarm it recorded."""
    import sqlite3

    from desk.store.db import open_db

    open_db(tmp_path / "receiver.db").conn.close()
    attacker = Socket()
    got: list[dict] = []
    receiver = link(udp_port(), [9], clock, got, tmp_path / "receiver.db")
    sender = link(udp_port(), [9], clock, name="desk-1")
    blocker = sqlite3.connect(tmp_path / "receiver.db")
    blocker.execute("begin exclusive")
    try:
        recorded = sender.pack("alarm", {"uid": "u1"})
        receiver.handle(recorded, attacker.address)
        receiver.listen_socket.close()  # crash: no close(), nothing flushed
    finally:
        blocker.rollback()
        blocker.close()
    restarted = link(udp_port(), [9], clock, got, tmp_path / "receiver.db")
    attacker.pending()
    try:
        restarted.handle(recorded, attacker.address)
        assert attacker.pending() == []  # not answered either
    finally:
        for thing in (sender, restarted, attacker):
            thing.close()
    assert [m["body"]["uid"] for m in got] == ["u1"]
    assert restarted.rejected == 1


def test_a_packet_sealed_before_a_restart_is_refused_even_if_never_seen(tmp_path, clock,
                                                                        caplog):
    got: list[dict] = []
    sender = link(udp_port(), [9], clock, name="desk-1")
    withheld = sender.pack("alarm", {"uid": "u1"})  # captured; never reached the receiver
    clock.advance(5)
    receiver = link(udp_port(), [9], clock, got, tmp_path / "receiver.db")
    try:
        receiver.handle(withheld, ("127.0.0.1", 9))
        receiver.handle(sender.pack("alarm", {"uid": "u2"}), ("127.0.0.1", 9))  # fresh: fine
    finally:
        sender.close()
        receiver.close()
    assert [m["body"]["uid"] for m in got] == ["u2"]
    assert "before this console started listening" in caplog.text


make_account = accounts.make_account  # a fixture: a real second local account


def replay_path(log_path):
    from desk.store.lan_replay import replay_path

    return replay_path(log_path)


def plant_marks(path, sender_hex: str, high: int, expires: float) -> None:
    from desk.store.lan_replay import MAGIC as REPLAY_MAGIC
    from desk.store.lan_replay import RECORD

    path.write_bytes(REPLAY_MAGIC + RECORD.pack(bytes.fromhex(sender_hex), high, expires))


def planted_receiver_refuses(tmp_path, clock, caplog, plant) -> None:
    """A replay file that would block the sender's alarms (a huge mark) if it were read."""
    got: list[dict] = []
    sender = link(udp_port(), [9], clock, name="desk-1")
    path = replay_path(tmp_path / "receiver.db")
    plant(path, sender.instance)
    caplog.set_level(logging.WARNING, "desk.alerts.lan")
    receiver = link(udp_port(), [9], clock, got, tmp_path / "receiver.db")
    try:
        receiver.handle(sender.pack("alarm", {"uid": "u1"}), ("127.0.0.1", 9))
    finally:
        sender.close()
        receiver.close()
    assert [m["body"]["uid"] for m in got] == ["u1"]  # the planted mark was not used
    assert "LAN replay marks refused" in caplog.text and str(path) in caplog.text
    assert receiver.replay_problem
    info = os.lstat(path)  # replaced by a file of our own
    assert not os.path.islink(path) and info.st_uid == os.getuid()
    assert info.st_mode & 0o777 == 0o600


def test_a_replay_file_readable_by_others_is_refused(tmp_path, clock, caplog):
    def plant(path, sender):
        plant_marks(path, sender, 10**9, time.time() + 3600)
        path.chmod(0o644)

    planted_receiver_refuses(tmp_path, clock, caplog, plant)
    assert "mode 0644" in caplog.text


def test_a_symlinked_replay_file_is_refused_and_not_followed(tmp_path, clock, caplog):
    target = tmp_path / "victim.txt"

    def plant(path, sender):
        plant_marks(target, sender, 10**9, time.time() + 3600)
        target.chmod(0o600)
        path.symlink_to(target)

    before = target
    planted_receiver_refuses(tmp_path, clock, caplog, plant)
    assert "symbolic link" in caplog.text
    assert before.read_bytes()[:8] == b"DSKRPL1\n"  # the link's target is untouched


def test_a_replay_file_owned_by_another_account_is_refused(tmp_path, clock, caplog,
                                                           make_account):
    """A real second local account (created with useradd when run as root, else skipped)."""
    other = make_account()

    def plant(path, sender):
        plant_marks(path, sender, 10**9, time.time() + 3600)
        path.chmod(0o600)
        other.owns(path)

    planted_receiver_refuses(tmp_path, clock, caplog, plant)
    assert f"belongs to another account, {other.name} (uid {other.uid})" in caplog.text


# -- the branch key ------------------------------------------------------------------------

def test_a_base64_encoded_password_is_refused_as_a_key(tmp_path, capsys):
    from desk.cli import main

    typed = base64.b64encode(b"correct horse battery staple 123").decode()
    path = tmp_path / "branch.toml"
    path.write_text(f'[[security.channels]]\ntype = "lan"\nkey = "{typed}"\n', encoding="utf-8")
    assert main(["config", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}, line 3, key 'security.channels.key'" in err
    assert "printable text" in err and "desk lan keygen" in err
    with pytest.raises(ValueError, match="printable text"):
        link(udp_port(), [9], None, key=typed)


def key_file_config(tmp_path, name, port, peer, mode=0o600):
    key_file = tmp_path / "lan.key"
    if not key_file.exists():
        key_file.write_text(KEY + "\n", encoding="utf-8")
    key_file.chmod(mode)
    path = tmp_path / name
    path.write_text(f'[branch]\nname = "Espoo"\nlocation = "Front desk"\n'
                    f'[[security.channels]]\ntype = "lan"\nport = {port}\n'
                    f'interface = "127.0.0.1"\npeers = ["127.0.0.1:{peer}"]\n'
                    f'key_file = "lan.key"\n', encoding="utf-8")
    return path


def test_the_key_can_live_in_a_key_file(tmp_path, make_service):
    a_port, b_port = udp_port(), udp_port()
    sender = make_service(config_mod.load(key_file_config(tmp_path, "a.toml", a_port,
                                                          b_port)))
    receiver = make_service(config_mod.load(key_file_config(tmp_path, "b.toml", b_port,
                                                            a_port)),
                            workstation="desk-2", path=tmp_path / "other.db")
    uid = sender.raise_alarm({})
    remote(receiver)
    assert sender.events.wait(lambda: str(sender.view(uid).deliveries[0].state)
                              == "delivered")


@pytest.mark.parametrize(("mode", "why"), [(0o644, "others"), (0o604, "others"),
                                           (0o660, "its group")])
def test_a_key_file_others_can_read_or_change_is_refused(tmp_path, capsys, mode, why):
    from desk.cli import main

    path = key_file_config(tmp_path, "branch.toml", udp_port(), udp_port(), mode)
    assert main(["config", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "key 'security.channels.key_file'" in err
    assert f"key_file {tmp_path / 'lan.key'}: can be read or changed by {why}" in err
    with pytest.raises(config_mod.ConfigError, match="chmod 640"):
        config_mod.load(path)


def test_keygen_writes_a_private_key_file_config_check_accepts(tmp_path, capsys):
    from desk.cli import main

    key_file = tmp_path / "lan.key"
    assert main(["lan", "keygen", "--key-file", str(key_file)]) == 0
    assert key_file.stat().st_mode & 0o777 == 0o600
    path = tmp_path / "branch.toml"
    path.write_text('[[security.channels]]\ntype = "lan"\nkey_file = "lan.key"\n',
                    encoding="utf-8")
    assert main(["config", "check", str(path)]) == 0
    written = key_file.read_text()
    capsys.readouterr()
    assert main(["lan", "keygen", "--key-file", str(key_file)]) == 2  # never overwritten
    assert "exists already" in capsys.readouterr().err
    assert key_file.read_text() == written


def test_a_symlinked_key_file_is_refused(tmp_path):
    real = tmp_path / "real.key"
    real.write_text(KEY, encoding="utf-8")
    real.chmod(0o600)
    path = key_file_config(tmp_path, "branch.toml", udp_port(), udp_port())
    (tmp_path / "lan.key").unlink()
    (tmp_path / "lan.key").symlink_to(real)
    with pytest.raises(config_mod.ConfigError, match="symbolic link"):
        config_mod.load(path)


# -- a keyless flood does not keep a real alarm from the console -------------------------

def _flood(port: int, seconds: float) -> None:
    import socket

    packets = []
    for n in range(1024):  # shaped like sealed packets (each one costs a full check)
        packets.append(HEADER.pack(MAGIC, os.urandom(16), n, os.urandom(12))
                       + os.urandom(PAD_TO + 16))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            for packet in packets:
                with contextlib.suppress(OSError):
                    sock.sendto(packet, ("127.0.0.1", port))


def test_real_alarms_get_through_a_keyless_flood(tmp_path, make_service, clock):
    """Alarms raised one after another during a flood from one process per core, each
    shown on the receiving console within 1.5 s (the benchmark measures it closer)."""
    a_port, b_port = udp_port(), udp_port()
    sender = make_service(lan_config(tmp_path, "a.toml", a_port, [b_port]))
    receiver = make_service(lan_config(tmp_path, "b.toml", b_port, [a_port]),
                            workstation="desk-2", path=tmp_path / "other.db")
    flood_s, alarms = 5.0, 4
    flooders = [multiprocessing.get_context("spawn").Process(target=_flood,
                                                             args=(b_port, flood_s))
                for _ in range(os.cpu_count() or 2)]
    for process in flooders:
        process.start()
    took = []
    try:
        # The flood is on when the socket's queue is full of forgeries being refused.
        assert until(lambda: receiver.lan_link.rejected > 1000, timeout_s=flood_s)
        for _ in range(alarms):
            raised = time.monotonic()
            uid = sender.raise_alarm({"topic": "threat"})
            shown = receiver.events.wait(lambda uid=uid: any(
                k == "remote_alarm" and d["uid"] == uid for k, d in receiver.events.items),
                1.5)
            took.append(time.monotonic() - raised if shown else None)
        assert all(p.is_alive() for p in flooders), "the flood ended before the alarms"
    finally:
        for process in flooders:
            process.join(flood_s + 5)
    assert None not in took, took


def test_a_console_of_the_older_format_is_named_in_the_log(tmp_path, clock, caplog):
    """DSK2 consoles (random nonces) cannot talk to DSK3 ones: say so instead of 'forged'."""
    got: list[dict] = []
    receiver = link(udp_port(), [9], clock, got, tmp_path / "receiver.db")
    old = Socket()
    try:
        old.sock.sendto(b"DSK2" + os.urandom(36 + PAD_TO + 16), ("127.0.0.1", receiver.port))
        assert until(lambda: (receiver.serve_step(0.05), receiver.dropped)[1] == 1)
    finally:
        receiver.close()
        old.close()
    assert got == []
    assert "another format (DSK2; this console speaks DSK3)" in caplog.text


def test_a_planted_console_secret_is_not_used(tmp_path, clock, caplog):
    """Another account that could plant the raiser's secret could cancel its alarms."""
    import hashlib
    import hmac

    from desk.store.lan_replay import SECRET_SUFFIX

    known = b"k" * 32
    planted = tmp_path / f"a.db{SECRET_SUFFIX}-{os.getuid()}"
    planted.write_bytes(known)
    planted.chmod(0o644)
    a_port, b_port = udp_port(), udp_port()
    got: list[dict] = []
    receiver = link(b_port, [a_port], clock, got, tmp_path / "b.db")
    raiser = link(a_port, [b_port], clock, log_path=tmp_path / "a.db", name="desk-1")
    intruder = link(udp_port(), [b_port], clock, name="desk-9")
    try:
        raiser.broadcast("alarm", {"uid": "u1"})
        receiver.serve_step(0.2)
        guessed = hmac.new(known, b"stop\0u1", hashlib.sha256).hexdigest()
        intruder.send_socket.sendto(intruder.pack("cancel", {"uid": "u1", "reason": "x"},
                                                  extra={"unlock": guessed}),
                                    ("127.0.0.1", b_port))
        receiver.serve_step(0.2)
    finally:
        for thing in (raiser, receiver, intruder):
            thing.close()
    assert [m["type"] for m in got] == ["alarm"]
    assert "replaced by a new private one" in caplog.text
    assert planted.stat().st_mode & 0o777 == 0o600 and planted.read_bytes() != known


def test_a_payload_nested_thousands_deep_is_refused_quietly(tmp_path, clock, caplog):
    """A key holder's packet that would end json in RecursionError: refused like any other
    malformed payload, not an error logged for every copy."""
    from tests.alerts.test_lan import seal_raw

    got: list[dict] = []
    sender = link(udp_port(), [9], clock, name="desk-1")
    receiver = link(udp_port(), [9], clock, got, tmp_path / "receiver.db")
    try:
        deep = b"[" * 3000 + b"]" * 3000
        for counter in (1, 2):
            receiver.handle(seal_raw(sender, deep + b" " * (-len(deep) % PAD_TO), counter),
                            ("127.0.0.1", 9))
    finally:
        sender.close()
        receiver.close()
    assert got == [] and receiver.rejected == 2
    assert "malformed payload" in caplog.text
