"""Consoles on the branch LAN (pinned to loopback): signed alarms, receipts, acks, replays."""

from __future__ import annotations

import socket

import pytest

from desk.alerts.lan import LanLink
from desk.store import incidents as incidents_store
from desk.store.db import open_db
from tests.alerts.conftest import write_config
from tests.alerts.receivers import free_port


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def state(service, uid):
    return service.view(uid).deliveries[0].state


def lan_config(tmp_path, name, port, peer_port, key="branch-secret"):
    return write_config(tmp_path, f"""
[[security.channels]]
type = "lan"
port = {port}
interface = "127.0.0.1"
peers = ["127.0.0.1:{peer_port}"]
key = "{key}"
""", name=name)


@pytest.fixture
def pair(tmp_path, make_service, db_path):
    a_port, b_port = udp_port(), udp_port()
    sender = make_service(lan_config(tmp_path, "a.toml", a_port, b_port), workstation="desk-1")
    receiver = make_service(lan_config(tmp_path, "b.toml", b_port, a_port),
                            workstation="desk-2", path=tmp_path / "other.db")
    yield sender, receiver


def test_alarm_reaches_the_other_console_which_acknowledges(pair):
    sender, receiver = pair
    uid = sender.raise_alarm({"caller_name": "Mikko", "topic": "Refund"})
    assert receiver.events.wait(lambda: any(k == "remote_alarm" for k, _ in
                                            receiver.events.items))
    body = next(d for k, d in receiver.events.items if k == "remote_alarm")
    assert (body["workstation"], body["location"]) == ("desk-1", "Front desk, ground floor")
    assert body["context"]["caller_name"] == "Mikko"
    assert body["uid"] == uid
    assert sender.events.wait(lambda: state(sender, uid) == "delivered")

    receiver.acknowledge_remote(body)
    assert sender.events.wait(lambda: ("acknowledged", {"uid": uid, "by": "Aino at desk-2"})
                              in sender.events.items)
    assert sender.view(uid).acknowledged_by == "Aino at desk-2"
    assert state(sender, uid) == "acknowledged"
    assert sender.flush()
    log = open_db(sender.db_path)
    try:
        assert incidents_store.get(log, uid).acknowledged_by == "Aino at desk-2"
    finally:
        log.conn.close()


def test_cancel_reaches_the_other_console(pair):
    sender, receiver = pair
    uid = sender.raise_alarm({})
    assert sender.events.wait(lambda: state(sender, uid) == "delivered")
    sender.cancel(uid, "false alarm")
    assert receiver.events.wait(lambda: any(k == "remote_cancel" for k, _ in
                                            receiver.events.items))
    body = next(d for k, d in receiver.events.items if k == "remote_cancel")
    assert body["reason"] == "false alarm"


def test_nobody_listening_means_failed_and_retried(tmp_path, make_service):
    service = make_service(lan_config(tmp_path, "a.toml", udp_port(), udp_port()))
    uid = service.raise_alarm({})
    assert service.events.wait(lambda: state(service, uid) == "failed")
    assert "no other console answered" in service.view(uid).deliveries[0].last_error


def test_forged_and_replayed_packets_are_ignored_and_logged(clock, caplog):
    port, peer = udp_port(), udp_port()
    options = {"key": "branch-secret", "port": port, "peers": [f"127.0.0.1:{peer}"],
               "interface": "127.0.0.1"}
    got = []
    listener = LanLink(options, "desk-2", clock, got.append)
    forger = LanLink({**options, "key": "wrong-key", "port": peer}, "evil", clock)
    sender = LanLink({**options, "port": free_port()}, "desk-1", clock)
    try:
        forged = forger.pack("alarm", {"uid": "x"})
        genuine = sender.pack("alarm", {"uid": "y"})
        listener.handle(forged)
        listener.handle(b"garbage")
        listener.handle(genuine)
        listener.handle(genuine)  # the same packet again: a replay
        clock.advance(600)
        listener.handle(genuine)  # now stale as well
    finally:
        for link in (listener, forger, sender):
            link.close()
    assert [m["body"]["uid"] for m in got] == ["y"]
    assert listener.rejected == 4
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "bad signature" in messages and "replay refused" in messages


def test_multicast_on_loopback_with_ttl_0(tmp_path, make_service, db_path):
    port = udp_port()
    options = f"""
[[security.channels]]
type = "lan"
group = "239.255.77.1"
port = {port}
interface = "127.0.0.1"
ttl = 0
key = "k"
"""
    try:
        sender = make_service(write_config(tmp_path, options, name="a.toml"))
        receiver = make_service(write_config(tmp_path, options, name="b.toml"),
                                workstation="desk-2", path=tmp_path / "o.db")
    except OSError as exc:  # pragma: no cover - kernels without loopback multicast
        pytest.skip(f"loopback multicast unavailable: {exc}")
    if sender.lan_error:
        pytest.skip(sender.lan_error)
    uid = sender.raise_alarm({})
    assert receiver.events.wait(lambda: any(k == "remote_alarm" for k, _ in
                                            receiver.events.items))
    assert sender.events.wait(lambda: state(sender, uid) == "delivered")


def test_one_bad_peer_does_not_keep_the_alarm_from_the_others(tmp_path, make_service, db_path,
                                                              caplog):
    a_port, b_port = udp_port(), udp_port()
    sender = make_service(write_config(tmp_path, f"""
[[security.channels]]
type = "lan"
port = {a_port}
interface = "127.0.0.1"
peers = ["127.0.0.1:0", "127.0.0.1:{b_port}"]
key = "branch-secret"
""", name="a.toml"))
    receiver = make_service(lan_config(tmp_path, "b.toml", b_port, a_port),
                            workstation="desk-2", path=tmp_path / "other.db")
    uid = sender.raise_alarm({})
    assert receiver.events.wait(lambda: any(k == "remote_alarm"
                                            for k, _ in receiver.events.items))
    assert sender.events.wait(lambda: state(sender, uid) == "delivered")
    assert "LAN send to 127.0.0.1:0 failed" in caplog.text


def test_a_console_with_a_wrong_clock_is_named_in_the_error(caplog):
    from datetime import timedelta

    from desk.alerts.channel import DeliveryError
    from desk.core.clock import FakeClock

    port, peer = udp_port(), udp_port()
    options = {"key": "branch-secret", "interface": "127.0.0.1"}
    sender_clock = FakeClock()
    receiver_clock = FakeClock(sender_clock.now() + timedelta(minutes=10))
    sender = LanLink({**options, "port": port, "peers": [f"127.0.0.1:{peer}"]}, "desk-1",
                     sender_clock)
    receiver = LanLink({**options, "port": peer, "peers": [f"127.0.0.1:{port}"]}, "desk-2",
                       receiver_clock, lambda message: None)
    sender.start()
    receiver.start()
    try:
        with pytest.raises(DeliveryError, match="'desk-2'.*600 s ahead of this one"):
            sender.send_and_wait("alarm", {"uid": "u1"}, wait_s=5)
    finally:
        sender.close()
        receiver.close()
    assert "stale packet" in caplog.text
