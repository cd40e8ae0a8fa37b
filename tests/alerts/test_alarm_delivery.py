"""Alarms reach real receivers on loopback, survive dead ones, and can be cancelled."""

from __future__ import annotations

import sqlite3
import time

from tests.alerts.conftest import write_config


def state_of(service, uid, channel, message="alarm"):
    delivery = service.view(uid).delivery(channel, message)
    return delivery.state if delivery else None


def wait_state(service, uid, channel, wanted, message="alarm", timeout=10.0):
    assert service.events.wait(
        lambda: state_of(service, uid, channel, message) == wanted, timeout), \
        f"{channel} {message}: {state_of(service, uid, channel, message)} != {wanted}"


def wait_recorded(service, uid, timeout=10.0):
    assert service.events.wait(lambda: service.view(uid).recorded, timeout), \
        f"{uid} not recorded in the log"


CONTEXT = {"caller_number": "+358401234567", "caller_name": "Mikko", "topic": "Refund",
           "elapsed_s": 312, "stage": "clarification", "notes": "shouting, threatens staff"}


def test_alarm_reaches_webhook_and_email_with_call_context(tmp_path, make_service, webhook,
                                                           smtp, db_path):
    config = write_config(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "{webhook.url}"

[[security.channels]]
type = "email"
to = ["security@example.org"]
smtp_host = "127.0.0.1"
smtp_port = {smtp.port}
""")
    service = make_service(config)
    uid = service.raise_alarm(CONTEXT, call_id=None)
    view = service.view(uid)
    assert view.kind == "alarm" and view.context["caller_number"] == "+358401234567"

    body = webhook.wait_for(1)[0]
    assert body["message"] == "alarm" and body["uid"] == uid
    assert (body["branch"], body["location"], body["operator"]) == \
        ("Espoo", "Front desk, ground floor", "Aino")
    assert body["context"]["notes"] == "shouting, threatens staff"
    headers = webhook.posts[0][1]
    assert headers["Idempotency-Key"] == body["idempotency_key"] == f"{uid}/alarm"
    mail = smtp.wait_for(1)[0]
    assert mail["Subject"].startswith("SECURITY ALARM at Espoo")
    assert "Mikko +358401234567" in mail.get_payload()
    assert mail["X-Desk-Incident"] == uid
    wait_state(service, uid, "webhook", "delivered")
    wait_state(service, uid, "email", "delivered")

    # The log has the incident under the same uid, with both deliveries.
    wait_recorded(service, uid)
    assert service.flush()
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("select id, operator, context from incidents where uid = ?",
                           [uid]).fetchone()
        statuses = conn.execute("select channel, status from deliveries where incident_id = ? "
                                "order by channel", [row[0]]).fetchall()
    assert row[0] == service.view(uid).incident_id and row[1] == "Aino"
    assert "threatens staff" in row[2]
    assert statuses == [("email", "delivered"), ("webhook", "delivered")]
    assert ("recorded", {"uid": uid, "incident_id": row[0]}) in service.events.items


def test_black_holed_webhook_does_not_delay_other_channels(tmp_path, make_service, blackhole,
                                                           webhook):
    config = write_config(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "{blackhole.url}"
timeout_s = 5

[[security.channels]]
type = "webhook"
url = "{webhook.url}"
""")
    service = make_service(config)
    start = time.monotonic()
    uid = service.raise_alarm(CONTEXT)
    assert time.monotonic() - start < 0.05  # the click returns at once
    webhook.wait_for(1, timeout=2)
    assert time.monotonic() - start < 1.0  # the live receiver did not wait for the dead one
    wait_state(service, uid, "webhook:2", "delivered")
    assert state_of(service, uid, "webhook") in ("queued", "sending")


def test_receiver_down_at_click_gets_it_after_restart(tmp_path, make_service, clock):
    from tests.alerts.receivers import WebhookReceiver, free_port

    port = free_port()
    config = write_config(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "http://127.0.0.1:{port}/alarm"
timeout_s = 1
""")
    first = make_service(config)
    uid = first.raise_alarm(CONTEXT)
    wait_state(first, uid, "webhook", "failed")
    delivery = first.view(uid).delivery("webhook")
    assert delivery.attempts == 1 and "127.0.0.1" in delivery.last_error
    assert first.flush()
    first.stop()  # the console closes (or crashes) with the alarm undelivered

    receiver = WebhookReceiver(port=port)
    try:
        second = make_service(config)  # read back from the log
        assert second.open_incident().uid == uid
        clock.advance(2)  # past the backoff
        second.wake()
        assert receiver.wait_for(1)[0]["uid"] == uid
        wait_state(second, uid, "webhook", "delivered")
        assert second.view(uid).delivery("webhook").attempts == 2
    finally:
        receiver.stop()


def test_cancel_goes_to_every_channel_that_got_the_alarm(tmp_path, make_service, webhook):
    config = write_config(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "{webhook.url}"
""")
    service = make_service(config)
    uid = service.raise_alarm(CONTEXT)
    wait_state(service, uid, "webhook", "delivered")
    service.cancel(uid, "Visitor calmed down; false alarm")
    bodies = webhook.wait_for(2)
    assert [b["message"] for b in bodies] == ["alarm", "cancel"]
    assert bodies[1]["reason"] == "Visitor calmed down; false alarm"
    view = service.view(uid)
    assert view.cancelled_at and view.cancel_reason == "Visitor calmed down; false alarm"
    wait_state(service, uid, "webhook", "delivered", message="cancel")
    assert service.open_incident() is None


def test_cancel_without_a_reason_is_refused(tmp_path, make_service):
    service = make_service(write_config(tmp_path, ""))
    uid = service.raise_alarm({})
    import pytest

    with pytest.raises(ValueError, match="reason"):
        service.cancel(uid, "   ")
    assert service.view(uid).cancelled_at is None


def test_alarm_test_records_each_channel(tmp_path, make_service, webhook, db_path):
    from tests.alerts.receivers import free_port

    config = write_config(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "{webhook.url}"

[[security.channels]]
type = "webhook"
url = "http://127.0.0.1:{free_port()}/down"
timeout_s = 1
""")
    service = make_service(config, start=False)
    assert service.last_successful_test() is None
    uid, results = service.run_test()
    assert results["webhook"].state == "delivered"
    assert results["webhook:2"].state == "failed" and results["webhook:2"].last_error
    assert webhook.wait_for(1)[0]["test"] is True
    assert service.view(uid).kind == "test" and service.view(uid).recorded
    assert service.last_successful_test() == "2026-11-23T09:00:00Z"
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select kind from incidents where uid = ?", [uid]).fetchone() == \
            ("test",)


def test_desktop_channel_falls_back_to_an_in_app_banner(tmp_path, make_service):
    config = write_config(tmp_path, '[[security.channels]]\ntype = "desktop"\n')
    service = make_service(config)
    uid = service.raise_alarm({})
    # No notification backend here (plyer raises): delivered, shown in the window instead.
    assert service.events.wait(lambda: ("in_app", {"uid": uid, "channel": "desktop"})
                               in service.events.items)
    wait_state(service, uid, "desktop", "delivered")


def test_desktop_channel_uses_the_system_notification_when_there_is_one():
    from desk.alerts.desktop import DesktopChannel

    shown = []
    channel = DesktopChannel("desktop", notify=lambda title, body, timeout: shown.append(
        {"title": title, "body": body}) or True)
    note = channel.send({"message": "alarm", "branch": "Espoo", "location": "Front desk",
                         "workstation": "desk-1", "operator": "Aino",
                         "raised_at": "2026-11-23T09:00:00Z", "context": {}})
    assert note == "notification shown"
    assert shown[0]["title"].startswith("SECURITY ALARM at Espoo")


def test_a_failed_test_is_not_retried_into_a_late_pass(tmp_path, make_service, clock):
    from tests.alerts.receivers import free_port

    config = write_config(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "http://127.0.0.1:{free_port()}/down"
timeout_s = 1
""")
    service = make_service(config, start=False)  # the workers' queue is checked directly
    uid, results = service.run_test()
    assert results["webhook"].state == "failed"
    clock.advance(3600)
    assert service.book.claim("webhook") is None
    assert service.book.next_due_s("webhook") is None
    # A real alarm on the same channel is still retried.
    alarm = service.raise_alarm(CONTEXT)
    assert service.book.claim("webhook").uid == alarm
    assert service.last_successful_test() is None and uid


def test_retries_back_off_on_the_injected_clock_and_stay_short(tmp_path, make_service, clock):
    from desk.core.clock import parse_iso
    from tests.alerts.receivers import free_port

    config = write_config(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "http://127.0.0.1:{free_port()}/down"
timeout_s = 1
""")
    service = make_service(config)
    uid = service.raise_alarm(CONTEXT)

    def delivery():
        return service.book.snapshot(uid)["deliveries"][0]

    waits = []
    for attempt in range(1, 8):
        assert service.events.wait(lambda a=attempt: delivery()["attempts"] == a
                                   and delivery()["status"] == "failed")
        waits.append((parse_iso(delivery()["next_attempt_at"]) - clock.now()).total_seconds())
        clock.advance(waits[-1])  # no real waiting: the fake clock moves
        service.wake()
    assert waits == [1, 2, 4, 8, 15, 15, 15]  # never the general 60 s cap for an alarm


def test_alarm_test_on_a_running_service_returns_settled_results(tmp_path, make_service,
                                                                 webhook):
    service = make_service(write_config(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "{webhook.url}"
"""))
    for _ in range(3):  # the running worker and the test race for the same delivery
        uid, results = service.run_test()
        assert results["webhook"].state == "delivered" and results["webhook"].attempts == 1
    assert [b["uid"] for b in webhook.wait_for(3)] == [
        u for u in service.book.uids() if service.view(u).kind == "test"]
