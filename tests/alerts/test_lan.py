"""Consoles on the branch LAN (pinned to loopback): sealed alarms, receipts, acks, replays."""

from __future__ import annotations

import json
import logging
import os
import socket
from datetime import timedelta

import pytest

from desk.alerts.lan import LanLink
from desk.alerts.lan_wire import HEADER, MAGIC
from desk.core.branch_key import generate_key
from desk.core.clock import FakeClock
from desk.store.db import open_db
from tests.alerts.conftest import write_config

KEY = generate_key()


def state(service, uid):
    return service.view(uid).deliveries[0].state


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def lan_config(tmp_path, name, port, peer_ports, key=KEY):
    peers = ", ".join(f'"127.0.0.1:{p}"' for p in peer_ports)
    return write_config(tmp_path, f"""
[[security.channels]]
type = "lan"
port = {port}
interface = "127.0.0.1"
peers = [{peers}]
key = "{key}"
""", name=name)


class Socket:
    """A plain UDP socket on loopback: an eavesdropper, or an attacker sending replays."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.address = self.sock.getsockname()
        self.port = self.address[1]

    def pending(self) -> list[bytes]:
        """Every datagram already queued (loopback delivers inside sendto)."""
        self.sock.setblocking(False)
        out = []
        while True:
            try:
                out.append(self.sock.recv(65535))
            except BlockingIOError:
                return out

    def collect(self, count: int, timeout_s: float = 5.0) -> list[bytes]:
        """Wait (bounded) until ``count`` datagrams arrived; return every one received."""
        import time

        out, deadline = [], time.monotonic() + timeout_s
        self.sock.setblocking(True)
        while len(out) < count and time.monotonic() < deadline:
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                out.append(self.sock.recv(65535))
            except TimeoutError:
                break
        return out + self.pending()

    def close(self):
        self.sock.close()


@pytest.fixture
def pair(tmp_path, make_service, db_path):
    a_port, b_port = udp_port(), udp_port()
    sender = make_service(lan_config(tmp_path, "a.toml", a_port, [b_port]), workstation="desk-1")
    receiver = make_service(lan_config(tmp_path, "b.toml", b_port, [a_port]),
                            workstation="desk-2",
                            path=tmp_path / "other.db")
    yield sender, receiver


def until(predicate, timeout_s: float = 10.0) -> bool:
    """Poll a condition another thread makes true (bounded; no fixed sleep)."""
    import threading
    import time

    deadline, tick = time.monotonic() + timeout_s, threading.Event()
    while not predicate():
        if time.monotonic() > deadline:
            return False
        tick.wait(0.01)
    return True


def remote(service, kind="remote_alarm"):
    assert service.events.wait(lambda: any(k == kind for k, _ in service.events.items))
    return next(d for k, d in service.events.items if k == kind)


def test_alarm_reaches_the_other_console_which_acknowledges(pair):
    sender, receiver = pair
    uid = sender.raise_alarm({"caller_name": "Mikko", "topic": "Refund"})
    body = remote(receiver)
    assert (body["workstation"], body["location"]) == ("desk-1", "Front desk, ground floor")
    assert body["context"]["caller_name"] == "Mikko"
    assert sender.events.wait(lambda: state(sender, uid) == "delivered")

    receiver.acknowledge_remote(body)
    assert sender.events.wait(lambda: any(k == "acknowledged" for k, _ in sender.events.items))
    assert sender.view(uid).acknowledged_by == "Aino at desk-2"
    assert state(sender, uid) == "acknowledged"


def test_cancel_reaches_the_other_console(pair):
    sender, receiver = pair
    uid = sender.raise_alarm({})
    assert sender.events.wait(lambda: state(sender, uid) == "delivered")
    sender.cancel(uid, "false alarm")
    assert remote(receiver, "remote_cancel")["reason"] == "false alarm"


def test_an_eavesdropper_learns_nothing_of_the_alarm(tmp_path, make_service):
    """Every packet of an alarm and its cancel, copied to a listener without the key."""
    spy = Socket()
    a_port, b_port = udp_port(), udp_port()
    secrets = {"caller_name": "Mikko Virtanen", "caller_number": "+358401234567",
               "notes": "threatened to break the window", "topic": "Refund"}
    sender = make_service(lan_config(tmp_path, "a.toml", a_port, [b_port, spy.port]))
    try:
        receiver = make_service(lan_config(tmp_path, "b.toml", b_port, [a_port, spy.port]),
                                workstation="desk-2",
                                path=tmp_path / "other.db")
        uid = sender.raise_alarm(secrets)
        body = remote(receiver)
        receiver.acknowledge_remote(body)
        # The receiver's answers go to their asker; send one copy to the spy as well.
        receiver.lan_link.reply(list(spy.address), "ack", {"uid": body["uid"], "by": "x"})
        assert sender.events.wait(lambda: any(k == "acknowledged"
                                              for k, _ in sender.events.items))
        sender.cancel(uid, "false alarm, Mikko calmed down")
        remote(receiver, "remote_cancel")
        packets = spy.collect(3)
    finally:
        spy.close()
    assert len(packets) >= 3  # alarm, cancel, the ack copy
    captured = b"".join(packets)
    for word in [*secrets.values(), "Espoo", "Front desk", "desk-1", "desk-2", "Aino",
                 "alarm", "cancel", "false alarm"]:
        assert word.encode("utf-8") not in captured, word
        assert json.dumps(word)[1:-1].encode() not in captured, word


def links(tmp_path, clock, receiver_clock=None, log="receiver.db"):
    """A sender and a receiver (with a log for its replay marks), and an attacker socket."""
    attacker = Socket()
    port, peer = udp_port(), udp_port()
    options = {"key": KEY, "interface": "127.0.0.1"}
    got: list[dict] = []
    open_db(tmp_path / log).conn.close()
    receiver = LanLink({**options, "port": peer, "peers": [f"127.0.0.1:{port}"]}, "desk-2",
                       receiver_clock or clock, got.append, log_path=tmp_path / log)
    sender = LanLink({**options, "port": port, "peers": [f"127.0.0.1:{peer}"]}, "desk-1",
                     clock)
    return sender, receiver, attacker, got


def test_a_replay_is_refused_and_never_answered(tmp_path, clock, caplog):
    sender, receiver, attacker, got = links(tmp_path, clock)
    try:
        genuine = sender.pack("alarm", {"uid": "u1"})
        receiver.handle(genuine, attacker.address)
        assert len(attacker.pending()) == 1  # the first time it is answered with a receipt
        for _ in range(3):
            receiver.handle(genuine, attacker.address)
        clock.advance(600)
        receiver.handle(genuine, attacker.address)  # stale now as well
        assert attacker.pending() == []
    finally:
        for thing in (sender, receiver, attacker):
            thing.close()
    assert [m["body"]["uid"] for m in got] == ["u1"]
    assert receiver.rejected == 4
    assert "replay refused" in caplog.text


def test_a_replay_after_the_receiver_restarts_is_refused(tmp_path, clock):
    sender, receiver, attacker, got = links(tmp_path, clock)
    genuine = sender.pack("alarm", {"uid": "u1"})
    receiver.handle(genuine, attacker.address)
    receiver.close()
    attacker.pending()
    restarted = LanLink({"key": KEY, "port": udp_port(), "interface": "127.0.0.1",
                         "peers": ["127.0.0.1:9"]}, "desk-2", clock, got.append,
                        log_path=tmp_path / "receiver.db")
    try:
        restarted.handle(genuine, attacker.address)
        assert attacker.pending() == []
        assert restarted.rejected == 1
        fresh = sender.pack("alarm", {"uid": "u2"})  # the same sender, a new message: fine
        restarted.handle(fresh, attacker.address)
    finally:
        for thing in (sender, restarted, attacker):
            thing.close()
    assert [m["body"]["uid"] for m in got] == ["u1", "u2"]


def test_a_sender_clock_100_s_ahead_does_not_let_a_packet_in_twice(tmp_path, clock):
    ahead = FakeClock(clock.now() + timedelta(seconds=100))
    sender, receiver, attacker, got = links(tmp_path, clock)
    sender.clock = ahead
    try:
        genuine = sender.pack("alarm", {"uid": "u1"})
        receiver.handle(genuine, attacker.address)
        for step in (30, 60, 60):  # the packet's time stays within the window for a while
            clock.advance(step)
            receiver.handle(genuine, attacker.address)
        receiver.close()
        restarted = LanLink({"key": KEY, "port": udp_port(), "interface": "127.0.0.1",
                             "peers": ["127.0.0.1:9"]}, "desk-2", clock, got.append,
                            log_path=tmp_path / "receiver.db")
        restarted.handle(genuine, attacker.address)
        restarted.close()
    finally:
        sender.close()
    assert len(got) == 1
    assert len(attacker.pending()) == 1  # only the first arrival was answered
    attacker.close()


def seal_raw(link: LanLink, text: bytes, counter: int = 10**6) -> bytes:
    """A correctly sealed packet around any plaintext (for payloads seal() refuses)."""
    nonce = link.sealer.nonce(link.sealer.sender + counter.to_bytes(8, "big"))
    header = HEADER.pack(MAGIC, link.sealer.sender, counter, nonce)
    return header + link.sealer.aead.encrypt(nonce, text, header)


@pytest.mark.parametrize("ts", ["NaN", "Infinity", "-Infinity", "1e300", '"now"', "null",
                                "true", "0"])
def test_absurd_times_are_refused(tmp_path, clock, ts):
    sender, receiver, attacker, got = links(tmp_path, clock)
    try:
        text = f'{{"v": 2, "type": "alarm", "from": "x", "ts": {ts}, "body": {{"uid": "u"}}}}'
        receiver.handle(seal_raw(sender, text.encode()), attacker.address)
        assert attacker.pending() == []
    finally:
        for thing in (sender, receiver, attacker):
            thing.close()
    assert got == [] and receiver.rejected == 1


def test_forged_and_garbage_packets_are_refused_unanswered_and_logged_sparingly(
        tmp_path, clock, caplog):
    sender, receiver, attacker, got = links(tmp_path, clock)
    forger = LanLink({"key": generate_key(), "port": udp_port(), "interface": "127.0.0.1",
                      "peers": ["127.0.0.1:9"]}, "evil", clock)
    caplog.set_level(logging.WARNING, "desk.alerts.lan")
    try:
        receiver.handle(forger.pack("alarm", {"uid": "x"}), attacker.address)
        genuine = sender.pack("alarm", {"uid": "y"})
        tampered = genuine[:-1] + bytes([genuine[-1] ^ 1])
        receiver.handle(tampered, attacker.address)
        for n in range(2000):
            receiver.handle(os.urandom(n % 300), attacker.address)
        receiver.handle(MAGIC + os.urandom(200), attacker.address)
        assert attacker.pending() == []
    finally:
        for thing in (sender, receiver, attacker, forger):
            thing.close()
    assert got == [] and receiver.rejected == 2003
    refusals = [r for r in caplog.records if "refused" in r.getMessage()]
    assert 1 <= len(refusals) <= 10
    assert "does not authenticate" in refusals[0].getMessage()


def test_an_unwritable_replay_file_keeps_marks_in_memory_and_writes_them_later(tmp_path,
                                                                                clock, caplog):
    from desk.store.lan_replay import replay_path

    sender, receiver, attacker, got = links(tmp_path, clock)
    replay_path(tmp_path / "receiver.db").mkdir()  # the file cannot be opened for now
    genuine = sender.pack("alarm", {"uid": "u1"})
    try:
        receiver.handle(genuine, attacker.address)
        assert [m["body"]["uid"] for m in got] == ["u1"]  # the alarm outranks the mark
        assert receiver.guard.pending == 1 and receiver.replay_problem
        assert "kept in memory only" in caplog.text
        receiver.handle(genuine, attacker.address)  # refused from memory
        replay_path(tmp_path / "receiver.db").rmdir()
        receiver.serve_step(0)  # retried only after a pause, not on every step
        assert receiver.guard.pending == 1
        receiver.guard._retry_at = 0  # (instead of waiting out the pause)
        receiver.serve_step(0)  # the loop writes pending marks once the disk takes them
        assert receiver.guard.pending == 0
    finally:
        receiver.close()
    restarted = LanLink({"key": KEY, "port": udp_port(), "interface": "127.0.0.1",
                         "peers": ["127.0.0.1:9"]}, "desk-2", clock, got.append,
                        log_path=tmp_path / "receiver.db")
    restarted.started_at -= 60  # (not the start-time rule: the mark on disk refuses it)
    restarted.handle(genuine, attacker.address)
    for thing in (sender, restarted, attacker):
        thing.close()
    assert len(got) == 1 and restarted.rejected == 1
    assert "counter" in caplog.text


@pytest.mark.logs_errors
def test_the_listener_survives_a_callback_that_raises(tmp_path, clock, caplog):
    port, peer = udp_port(), udp_port()
    calls = []

    def explode(message):
        calls.append(message["body"]["uid"])
        if len(calls) == 1:
            raise RuntimeError("bug in a callback")

    options = {"key": KEY, "interface": "127.0.0.1"}
    receiver = LanLink({**options, "port": peer, "peers": [f"127.0.0.1:{port}"]}, "desk-2",
                       clock, explode)
    sender = LanLink({**options, "port": port, "peers": [f"127.0.0.1:{peer}"]}, "desk-1",
                     clock)
    receiver.start()
    sender.start()
    try:
        assert sender.send_and_wait("alarm", {"uid": "u1"}, wait_s=5) == 1
        sender.broadcast("test", {"uid": "u2"})
        for _ in range(50):
            if len(calls) == 2:
                break
            sender.serve_step(0.1)
    finally:
        sender.close()
        receiver.close()
    assert calls == ["u1", "u2"]
    assert "could not be handled" in caplog.text


def test_an_ack_from_a_console_that_never_got_the_alarm_is_refused(tmp_path, make_service,
                                                                     caplog):
    a_port, b_port = udp_port(), udp_port()
    sender = make_service(lan_config(tmp_path, "a.toml", a_port, [b_port]))
    intruder = LanLink({"key": KEY, "port": udp_port(), "interface": "127.0.0.1",
                        "peers": [f"127.0.0.1:{a_port}"]}, "desk-9", sender.clock)
    try:
        receiver = make_service(lan_config(tmp_path, "b.toml", b_port, [a_port]),
                                workstation="desk-2",
                                path=tmp_path / "other.db")
        uid = sender.raise_alarm({})
        body = remote(receiver)
        # A console with the branch key, which was not sent the alarm, knows its uid
        # (guessable) and tries to silence it.
        for _ in range(3):
            intruder.reply(("127.0.0.1", a_port), "ack",
                           {"uid": body["uid"], "by": "Security control room"})
        assert until(lambda: sender.lan_link.rejected >= 3)
        assert sender.view(uid).acknowledged_at is None
        assert "never received the alarm" in caplog.text

        receiver.acknowledge_remote(body)  # the console that did get it: accepted
        assert sender.events.wait(lambda: any(k == "acknowledged"
                                              for k, _ in sender.events.items))
        assert sender.view(uid).acknowledged_by == "Aino at desk-2"
    finally:
        intruder.close()


def test_nobody_listening_means_failed_and_retried(tmp_path, make_service):
    service = make_service(lan_config(tmp_path, "a.toml", udp_port(), [udp_port()]))
    uid = service.raise_alarm({})
    assert service.events.wait(lambda: state(service, uid) == "failed")
    assert "no other console answered" in service.view(uid).deliveries[0].last_error


def test_multicast_on_loopback_with_ttl_0(tmp_path, make_service, db_path):
    port = udp_port()
    options = f"""
[[security.channels]]
type = "lan"
group = "239.255.77.1"
port = {port}
interface = "127.0.0.1"
ttl = 0
key = "{KEY}"
"""
    try:
        sender = make_service(write_config(tmp_path, options, name="a.toml"))
        receiver = make_service(write_config(tmp_path, options, name="b.toml"),
                                workstation="desk-2",
                                path=tmp_path / "o.db")
    except OSError as exc:  # pragma: no cover - kernels without loopback multicast
        pytest.skip(f"loopback multicast unavailable: {exc}")
    if sender.lan_error:
        pytest.skip(sender.lan_error)
    uid = sender.raise_alarm({})
    remote(receiver)
    assert sender.events.wait(lambda: state(sender, uid) == "delivered")


def test_one_bad_peer_does_not_keep_the_alarm_from_the_others(tmp_path, make_service, db_path,
                                                              caplog):
    a_port, b_port = udp_port(), udp_port()
    # Broadcast without SO_BROADCAST: the system refuses the send (and nothing leaves).
    sender = make_service(write_config(tmp_path, f"""
[[security.channels]]
type = "lan"
port = {a_port}
interface = "127.0.0.1"
peers = ["255.255.255.255:{b_port}", "127.0.0.1:{b_port}"]
key = "{KEY}"
""", name="a.toml"))
    try:
        receiver = make_service(lan_config(tmp_path, "b.toml", b_port, [a_port]),
                                workstation="desk-2",
                                path=tmp_path / "other.db")
        uid = sender.raise_alarm({})
        remote(receiver)
        assert sender.events.wait(lambda: state(sender, uid)
                                  == "delivered")
        assert f"LAN send to 255.255.255.255:{b_port} failed" in caplog.text
    finally:
        pass


def test_a_console_with_a_wrong_clock_refuses_and_stays_silent(caplog):
    from desk.alerts.channel import DeliveryError

    port, peer = udp_port(), udp_port()
    options = {"key": KEY, "interface": "127.0.0.1"}
    sender_clock = FakeClock()
    receiver_clock = FakeClock(sender_clock.now() + timedelta(minutes=10))
    sender = LanLink({**options, "port": port, "peers": [f"127.0.0.1:{peer}"]}, "desk-1",
                     sender_clock)
    receiver = LanLink({**options, "port": peer, "peers": [f"127.0.0.1:{port}"]}, "desk-2",
                       receiver_clock, lambda message: None)
    sender.start()
    receiver.start()
    try:
        with pytest.raises(DeliveryError, match="clocks within 120 s"):
            sender.send_and_wait("alarm", {"uid": "u1"}, wait_s=1)
    finally:
        sender.close()
        receiver.close()
    assert "'desk-1' has a wrong clock" in caplog.text


def test_a_real_alarm_queued_behind_junk_reaches_the_console(tmp_path, clock, caplog):
    sender, receiver, attacker, got = links(tmp_path, clock)
    caplog.set_level(logging.WARNING, "desk.alerts.lan")
    target = ("127.0.0.1", receiver.port)
    try:
        for n in range(200):
            header = HEADER.pack(MAGIC, os.urandom(16), n, os.urandom(12))
            attacker.sock.sendto(header + os.urandom(200) if n % 2 else os.urandom(n + 1),
                                 target)
        attacker.sock.sendto(b"x" * 9000, target)  # oversized: dropped unread
        sender.broadcast("alarm", {"uid": "real"})
        for _ in range(100):
            receiver.serve_step(0.05)
            if got:
                break
        assert attacker.pending() == []  # junk is never answered
    finally:
        for thing in (sender, receiver, attacker):
            thing.close()
    assert [m["body"]["uid"] for m in got] == ["real"]
    assert receiver.dropped == 201  # not shaped like a sealed packet: never decrypted
    assert len([r for r in caplog.records if "refused" in r.getMessage()]) <= 10


def test_an_ack_is_recorded_under_the_console_that_sealed_it(clock):
    port, peer = udp_port(), udp_port()
    options = {"key": KEY, "interface": "127.0.0.1"}
    acks: list[dict] = []
    sender = LanLink({**options, "port": port, "peers": [f"127.0.0.1:{peer}"]}, "desk-1",
                     clock, acks.append)
    receiver = LanLink({**options, "port": peer, "peers": [f"127.0.0.1:{port}"]}, "desk-2",
                       clock, lambda message: None)
    try:
        sender.broadcast("alarm", {"uid": "u1"})
        receiver.serve_step(0.5)
        receiver.reply(("127.0.0.1", port), "ack", {"uid": "u1", "by": "Security control room"})
        for _ in range(20):
            sender.serve_step(0.05)
            if any(m["type"] == "ack" for m in acks):
                break
    finally:
        sender.close()
        receiver.close()
    (ack,) = [m for m in acks if m["type"] == "ack"]
    assert ack["body"]["by"] == "Security control room (sent by console 'desk-2')"
