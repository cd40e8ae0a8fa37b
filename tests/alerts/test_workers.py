"""Background loops survive what used to kill them, and come back when killed anyway."""

from __future__ import annotations

import threading

import pytest

from desk import config as config_mod
from desk.alerts.forwarding import NAME as FORWARDING
from desk.alerts.forwarding import ForwardingWorker
from desk.core.callback_desk import CallbackDesk
from desk.core.callbacks import CallbackForm
from desk.store import callbacks as callback_store
from desk.store import incidents as incidents_store
from desk.store.db import open_db
from desk.supervisor import Supervisor
from tests.alerts.conftest import write_config
from tests.alerts.receivers import SmtpReceiver, free_port
from tests.alerts.test_lan import lan_config, udp_port
from tests.faults.lock_holder import LockHolder


class Kill(BaseException):
    """Ends a worker's thread outright: nothing in the loop may catch it."""


class States:
    def __init__(self):
        self.seen, self.cond = [], threading.Condition()

    def __call__(self, state):
        with self.cond:
            self.seen.append(state)
            self.cond.notify_all()

    def wait(self, predicate, timeout=10.0):
        with self.cond:
            return self.cond.wait_for(lambda: any(predicate(s) for s in self.seen), timeout)


def worker_event(service, name, state):
    return any(k == "worker" and d["name"] == name and d["state"] == state
               for k, d in service.events.items)


# -- alarm workers ------------------------------------------------------------------------


@pytest.mark.logs_errors
def test_each_alarm_worker_killed_comes_back_by_itself(tmp_path, make_service, webhook, clock,
                                                       monkeypatch):
    service = make_service(write_config(
        tmp_path, f'[[security.channels]]\ntype = "webhook"\nurl = "{webhook.url}"\n'))
    channel = service.channels["webhook"]
    real_send = channel.send
    kills = {"send": 1}

    def dying_send(message):
        if kills["send"]:
            kills["send"] -= 1
            raise Kill()
        return real_send(message)

    monkeypatch.setattr(channel, "send", dying_send)
    real_record = incidents_store.record
    kills["record"] = 1

    def dying_record(db, snapshots):
        if kills["record"]:
            kills["record"] -= 1
            raise Kill()
        return real_record(db, snapshots)

    monkeypatch.setattr(incidents_store, "record", dying_record)
    uid = service.raise_alarm({})
    assert service.events.wait(lambda: worker_event(service, "alarm:webhook", "restarting"))
    assert service.events.wait(lambda: worker_event(service, "alarm-log", "restarting"))
    # The killed send was settled as a failed attempt, and is retried by the new thread.
    assert service.events.wait(lambda: service.view(uid).delivery("webhook").state == "failed")
    assert "interrupted" in service.view(uid).delivery("webhook").last_error
    clock.advance(2)
    service.wake()
    assert webhook.wait_for(1)[0]["uid"] == uid
    assert service.events.wait(lambda: service.view(uid).recorded)
    assert service.flush()
    states = {s.name: s for s in service.worker_states()}
    assert states["alarm:webhook"].restarts == 1 and states["alarm-log"].restarts == 1
    assert all(s.status in ("running", "waiting") for s in states.values())


@pytest.mark.logs_errors
def test_a_channel_failing_for_one_incident_does_not_hold_up_the_next(tmp_path, make_service,
                                                                      webhook, monkeypatch):
    service = make_service(write_config(
        tmp_path, f'[[security.channels]]\ntype = "webhook"\nurl = "{webhook.url}"\n'))
    channel = service.channels["webhook"]
    real_send = channel.send

    def send(message):
        if message["context"].get("topic") == "poison":
            raise KeyError("a bug that only this incident triggers")
        return real_send(message)

    monkeypatch.setattr(channel, "send", send)
    bad = service.raise_alarm({"topic": "poison"})
    good = service.raise_alarm({"topic": "fine"})
    assert webhook.wait_for(1)[0]["uid"] == good
    assert service.events.wait(lambda: service.view(bad).delivery("webhook").state == "failed")
    assert "KeyError" in service.view(bad).delivery("webhook").last_error
    assert not worker_event(service, "alarm:webhook", "restarting")


def test_a_refused_smtp_login_fails_the_mail_not_the_alarm(tmp_path, make_service, webhook,
                                                          monkeypatch):
    from aiosmtpd.smtp import AuthResult

    # A non-ASCII password (it used to kill the thread) that the server refuses.
    monkeypatch.setenv("DESK_SMTP_PASSWORD", "sälasana-ääkköset")
    server = SmtpReceiver(authenticator=lambda *args: AuthResult(success=False),
                          auth_require_tls=False)
    try:
        service = make_service(write_config(tmp_path, f"""
[smtp]
user = "desk"
allow_plaintext_login = true

[[security.channels]]
type = "email"
to = ["security@example.org"]
smtp_host = "127.0.0.1"
smtp_port = {server.port}

[[security.channels]]
type = "webhook"
url = "{webhook.url}"
"""))
        uid = service.raise_alarm({})
        assert webhook.wait_for(1)[0]["uid"] == uid
        assert service.events.wait(lambda: service.view(uid).delivery("email").state
                                   == "failed")
        assert service.view(uid).delivery("email").last_error  # said why
        assert {s.name: s.status for s in service.worker_states()}["alarm:email"] in (
            "running", "waiting")
    finally:
        server.stop()


def test_an_acknowledgement_during_a_lock_is_kept_and_recorded_after(tmp_path, make_service,
                                                                      db_path):
    a_port, b_port = udp_port(), udp_port()
    sender = make_service(lan_config(tmp_path, "a.toml", a_port, [b_port]), workstation="desk-1")
    receiver = make_service(lan_config(tmp_path, "b.toml", b_port, [a_port]),
                            workstation="desk-2", path=tmp_path / "other.db")
    uid = sender.raise_alarm({})
    assert receiver.events.wait(lambda: any(k == "remote_alarm" for k, _ in
                                            receiver.events.items))
    assert sender.flush()
    body = next(d for k, d in receiver.events.items if k == "remote_alarm")
    with LockHolder(db_path):
        receiver.acknowledge_remote(body)
        assert sender.events.wait(lambda: sender.view(uid).acknowledged_by == "Aino at desk-2")
        # The LAN listener lives on: the next alarm still gets its receipt.
        second = sender.raise_alarm({})
        assert sender.events.wait(lambda: sender.view(second).deliveries[0].state
                                  == "delivered")
    assert sender.flush()
    log = open_db(db_path)
    try:
        assert incidents_store.get(log, uid).acknowledged_by == "Aino at desk-2"
    finally:
        log.conn.close()


def test_an_acknowledgement_for_an_incident_from_before_a_restart_is_matched_by_uid(
        tmp_path, make_service, db_path):
    a_port, b_port = udp_port(), udp_port()
    first = make_service(lan_config(tmp_path, "a.toml", a_port, [b_port]), workstation="desk-1")
    uid = first.raise_alarm({})
    first.close(uid)  # put away at the desk: not restored into memory after a restart
    assert first.flush()
    first.stop()
    sender = make_service(lan_config(tmp_path, "a.toml", a_port, [b_port]), workstation="desk-1")
    assert uid not in sender.book
    sender._remote_ack({"uid": uid, "by": "Guard at the gate"})
    assert sender.flush()
    log = open_db(db_path)
    try:
        assert incidents_store.get(log, uid).acknowledged_by == "Guard at the gate"
    finally:
        log.conn.close()


# -- callback forwarding ------------------------------------------------------------------


def branch(tmp_path, port, extra=""):
    path = tmp_path / "branch.toml"
    path.write_text(f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nfrom = "desk@example.org"\n'
                    f'timeout_s = 2\n{extra}[[departments]]\nname = "Legal"\n'
                    'email = "nobody@example.org"\n[[departments]]\nname = "Billing"\n'
                    'email = "billing@example.org"\n', encoding="utf-8")
    return config_mod.load(path)


def take(db, clock, config, department, name="Laura Virtanen"):
    desk = CallbackDesk(db, clock, config, "Aino", "desk-1")
    return desk.take(CallbackForm(full_name=name, question="Billed twice",
                                  phone="040 123 4567", department=department))


@pytest.fixture
def forwarding(db_path, clock):
    made = []

    def build(config, **options):
        states = States()
        supervisor = Supervisor(states, restart_first_s=0.05, watch_s=0.05)
        changed = threading.Event()
        worker = ForwardingWorker(db_path, clock, config.smtp, "FI",
                                  lambda _id: changed.set(), supervisor=supervisor, **options)
        worker.add_to(supervisor)
        worker.states, worker.changed = states, changed
        made.append(supervisor)
        return worker, supervisor

    yield build
    for supervisor in made:
        supervisor.stop(5)


def test_a_refused_department_address_does_not_block_the_callbacks_behind_it(
        tmp_path, db, clock, forwarding):
    server = SmtpReceiver(refuse=("nobody@example.org",))
    try:
        config = branch(tmp_path, server.port)
        refused = take(db, clock, config, "Legal", "Eero Refused")
        good = take(db, clock, config, "Billing", "Laura Virtanen")
        _worker, supervisor = forwarding(config)
        supervisor.start()
        [mail] = server.wait_for(1)  # the refused one went first (older), and failed
        assert mail["To"] == "billing@example.org"
    finally:
        server.stop()
    supervisor.stop(5)
    assert callback_store.get(db, good["id"])["forward_state"] == "sent"
    state = callback_store.get(db, refused["id"])["forward_state"]
    assert state.startswith("failed") and "nobody@example.org" in state


def test_a_refused_smtp_login_fails_the_rows_not_the_loop(tmp_path, db, clock, forwarding,
                                                         monkeypatch):
    from aiosmtpd.smtp import AuthResult

    monkeypatch.setenv("DESK_SMTP_PASSWORD", "pässwörd")
    server = SmtpReceiver(authenticator=lambda *args: AuthResult(success=False),
                          auth_require_tls=False)
    try:
        config = branch(tmp_path, server.port, 'user = "desk"\nallow_plaintext_login = true\n')
        first = take(db, clock, config, "Billing", "First Caller")
        second = take(db, clock, config, "Billing", "Second Caller")
        worker, supervisor = forwarding(config)
        supervisor.start()
        assert worker.changed.wait(10)
        supervisor.stop(5)
    finally:
        server.stop()
    for callback in (first, second):
        state = callback_store.get(db, callback["id"])["forward_state"]
        assert state.startswith("failed")
    assert supervisor.state(FORWARDING).restarts == 0  # failed rows, never a dead loop


@pytest.mark.logs_errors
def test_forwarding_survives_a_lock_longer_than_its_busy_timeout(tmp_path, db, db_path, clock,
                                                                 forwarding):
    port = free_port()
    config = branch(tmp_path, port)
    taken = take(db, clock, config, "Billing")
    worker, supervisor = forwarding(config)
    assert worker.step() is not None  # server down: the first attempt failed
    assert callback_store.get(db, taken["id"])["forward_state"].startswith("failed")
    worker.reset()
    server = SmtpReceiver(port=port)
    try:
        with LockHolder(db_path) as lock:
            clock.advance(5)  # the retry is due while the log is locked
            supervisor.start()
            assert worker.states.wait(lambda s: s.status == "restarting"
                                      and "locked" in (s.last_error or ""))
            lock.release()
            [mail] = server.wait_for(1)
            assert worker.states.wait(lambda s: s.status == "running" and s.restarts >= 1)
        assert "Laura Virtanen" in mail["Subject"]
        assert worker.changed.wait(10)
    finally:
        server.stop()
    supervisor.stop(5)
    assert callback_store.get(db, taken["id"])["forward_state"] == "sent"


@pytest.mark.logs_errors
def test_forwarding_killed_outright_comes_back_and_resends_what_it_cut_off(
        tmp_path, db, clock, forwarding, monkeypatch):
    import desk.alerts.forwarding as module

    server = SmtpReceiver()
    real_send = module.send_mail
    kills = [1]

    def dying_send(*args, **kwargs):
        if kills:
            kills.pop()
            raise Kill()
        return real_send(*args, **kwargs)

    monkeypatch.setattr(module, "send_mail", dying_send)
    try:
        config = branch(tmp_path, server.port)
        taken = take(db, clock, config, "Billing")
        worker, supervisor = forwarding(config)
        supervisor.start()
        assert worker.states.wait(lambda s: s.status == "restarting"
                                  and s.detail == "the thread died")
        [mail] = server.wait_for(1)  # the new thread put the cut-off row back and sent it
        assert worker.changed.wait(10)
    finally:
        server.stop()
    supervisor.stop(5)
    assert mail["To"] == "billing@example.org"
    assert callback_store.get(db, taken["id"])["forward_state"] == "sent"


def test_one_supervisor_runs_the_alarm_and_forwarding_and_each_stops_alone(
        tmp_path, db_path, clock, webhook):
    from desk.alerts.service import AlarmService
    from desk.core.calls import Identity

    states = States()
    shared = Supervisor(states)
    config = write_config(
        tmp_path, f'[[security.channels]]\ntype = "webhook"\nurl = "{webhook.url}"\n')
    service = AlarmService(db_path, config, clock, Identity("Aino", "desk-1", "Espoo"),
                           supervisor=shared)
    worker = ForwardingWorker(db_path, clock, config.smtp, "FI", supervisor=shared)
    service.start()
    worker.start()
    try:
        assert {s.name for s in shared.states()} == {"alarm:webhook", "alarm-log", FORWARDING}
        assert {s.name for s in service.worker_states()} == {"alarm:webhook", "alarm-log"}
        uid = service.raise_alarm({})
        assert webhook.wait_for(1)[0]["uid"] == uid
        service.stop()
        assert {s.name for s in shared.states()} == {FORWARDING}
        assert states.wait(lambda s: s.name == "alarm:webhook" and s.status == "stopped")
    finally:
        worker.stop()
        shared.stop(5)
    assert shared.states() == []
