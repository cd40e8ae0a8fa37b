"""A cancel wins over any in-flight or later send, and always comes after its alarm.

The receiver holds each request until the test releases it: the cancel happens while the
alarm is really in flight, with no sleeps.
"""

from __future__ import annotations

import pytest

from tests.alerts.conftest import write_config
from tests.alerts.receivers import WebhookReceiver


@pytest.fixture
def held():
    receiver = WebhookReceiver(hold=True)
    yield receiver
    receiver.stop()


def config_for(tmp_path, receiver):
    return write_config(tmp_path, f'[[security.channels]]\ntype = "webhook"\n'
                        f'url = "{receiver.url}"\ntimeout_s = 10\n')


def sent(receiver):
    return [(body["uid"], body["message"]) for body, _ in receiver.posts]


def nothing_left_to_send(service):
    return service.book.claim("webhook") is None and service.book.next_due_s("webhook") is None


def test_cancel_during_a_send_that_then_fails_is_never_followed_by_the_alarm(
        tmp_path, make_service, held, clock):
    held.status = lambda body: 500 if body["message"] == "alarm" else 200
    service = make_service(config_for(tmp_path, held))
    uid = service.raise_alarm({})
    held.wait_for(1)  # the alarm is at the receiver, its answer not given yet
    service.cancel(uid, "pressed by mistake")
    held.release()  # ... and then the alarm's send fails (HTTP 500)
    assert service.events.wait(lambda: service.view(uid).delivery("webhook", "cancel")
                               .state == "delivered")
    alarm = service.view(uid).delivery("webhook")
    assert alarm.state == "cancelled" and "HTTP 500" in alarm.last_error
    clock.advance(3600)  # long past any retry
    service.wake()
    assert nothing_left_to_send(service)
    assert sent(held) == [(uid, "alarm"), (uid, "cancel")]  # never alarm, cancel, alarm


def test_cancel_during_a_send_that_arrives_follows_it(tmp_path, make_service, held):
    service = make_service(config_for(tmp_path, held))
    uid = service.raise_alarm({})
    held.wait_for(1)
    service.cancel(uid, "visitor left")
    assert service.view(uid).delivery("webhook").state == "sending"
    held.release()
    assert service.events.wait(lambda: service.view(uid).delivery("webhook", "cancel")
                               .state == "delivered")
    assert service.view(uid).delivery("webhook").state == "delivered"
    assert sent(held) == [(uid, "alarm"), (uid, "cancel")]


def test_second_incident_cancelled_while_the_first_is_sending_is_never_sent(
        tmp_path, make_service, held, clock):
    service = make_service(config_for(tmp_path, held))
    first = service.raise_alarm({"topic": "first"})
    held.wait_for(1)
    second = service.raise_alarm({"topic": "second"})  # queued behind the first on the channel
    service.cancel(second, "duplicate")
    held.release()
    assert service.events.wait(lambda: service.view(first).delivery("webhook").state
                               == "delivered")
    clock.advance(3600)
    service.wake()
    assert service.flush()
    assert service.view(second).delivery("webhook").state == "cancelled"
    assert service.view(second).delivery("webhook", "cancel") is None  # nothing to take back
    assert nothing_left_to_send(service)
    assert sent(held) == [(first, "alarm")]


def test_cancel_of_an_alarm_that_failed_before_tells_that_receiver_too(tmp_path, make_service,
                                                                      held, clock):
    # A failed attempt may have arrived (a timeout after the receiver took it).
    held.status = lambda body: 503 if body["message"] == "alarm" else 200
    held.release()
    service = make_service(config_for(tmp_path, held))
    uid = service.raise_alarm({})
    assert service.events.wait(lambda: service.view(uid).delivery("webhook").state == "failed")
    service.cancel(uid, "false alarm")
    assert service.events.wait(lambda: service.view(uid).delivery("webhook", "cancel")
                               .state == "delivered")
    clock.advance(3600)
    service.wake()
    assert nothing_left_to_send(service)
    assert sent(held) == [(uid, "alarm"), (uid, "cancel")]


def test_closing_stops_retries_and_records_who_closed(tmp_path, make_service, held, db_path):
    held.status = 503
    held.release()
    service = make_service(config_for(tmp_path, held))
    uid = service.raise_alarm({})
    assert service.events.wait(lambda: service.view(uid).delivery("webhook").state == "failed")
    service.close(uid)
    view = service.view(uid)
    assert view.closed_at and view.acknowledged_at is None  # acknowledged: security's only
    assert view.delivery("webhook").state == "cancelled"
    assert service.open_incident() is None
    assert service.flush()
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select closed_by, acknowledged_at from incidents where uid = ?",
                            [uid]).fetchone() == ("Aino at desk-1", None)
