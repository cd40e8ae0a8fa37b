"""Alarms reach real receivers on loopback, survive dead ones, and can be cancelled."""

from __future__ import annotations

import time

from desk.store.db import open_db
from tests.alerts.conftest import write_config


def status_of(service, incident_id, channel, message="alarm"):
    rows = [r for r in service.statuses(incident_id)
            if r["channel"] == channel and r["message"] == message]
    return rows[0]["status"] if rows else None


def wait_status(service, incident_id, channel, wanted, message="alarm", timeout=10.0):
    assert service.events.wait(
        lambda: status_of(service, incident_id, channel, message) == wanted, timeout), \
        f"{channel} {message}: {status_of(service, incident_id, channel, message)} != {wanted}"


CONTEXT = {"caller_number": "+358401234567", "caller_name": "Mikko", "topic": "Refund",
           "elapsed_s": 312, "stage": "clarification", "notes": "shouting, threatens staff"}


def test_alarm_reaches_webhook_and_email_with_call_context(tmp_path, make_service, webhook,
                                                           smtp):
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
    incident_id = service.raise_alarm(CONTEXT, call_id=None)
    row = service.incident(incident_id)
    assert (row["branch"], row["location"], row["operator"]) == \
        ("Espoo", "Front desk, ground floor", "Aino")
    assert row["context"]["caller_number"] == "+358401234567"

    body = webhook.wait_for(1)[0]
    assert body["message"] == "alarm" and body["incident_id"] == incident_id
    assert body["context"]["notes"] == "shouting, threatens staff"
    headers = webhook.posts[0][1]
    assert headers["Idempotency-Key"] == body["idempotency_key"] == f"{body['uid']}/alarm"
    mail = smtp.wait_for(1)[0]
    assert mail["Subject"].startswith("SECURITY ALARM at Espoo")
    assert "Mikko +358401234567" in mail.get_payload()
    wait_status(service, incident_id, "webhook", "delivered")
    wait_status(service, incident_id, "email", "delivered")


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
    incident_id = service.raise_alarm(CONTEXT)
    assert time.monotonic() - start < 0.05  # the click returns at once
    webhook.wait_for(1, timeout=2)
    assert time.monotonic() - start < 1.0  # the live receiver did not wait for the dead one
    wait_status(service, incident_id, "webhook:2", "delivered")
    assert status_of(service, incident_id, "webhook") in ("queued", "sending")


def test_receiver_down_at_click_gets_it_after_restart(tmp_path, make_service, db_path, clock):
    from tests.alerts.receivers import WebhookReceiver, free_port

    port = free_port()
    config = write_config(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "http://127.0.0.1:{port}/alarm"
timeout_s = 1
""")
    first = make_service(config)
    incident_id = first.raise_alarm(CONTEXT)
    wait_status(first, incident_id, "webhook", "failed")
    row = first.statuses(incident_id)[0]
    assert row["attempts"] == 1 and "127.0.0.1" in row["last_error"]
    first.stop()  # the console closes (or crashes) with the alarm undelivered

    receiver = WebhookReceiver(port=port)
    try:
        second_db = open_db(db_path)
        second = make_service(config, database=second_db)
        clock.advance(2)  # past the backoff
        second.wake()
        assert receiver.wait_for(1)[0]["incident_id"] == incident_id
        wait_status(second, incident_id, "webhook", "delivered")
        assert second.statuses(incident_id)[0]["attempts"] == 2
        second_db.conn.close()
    finally:
        receiver.stop()


def test_cancel_goes_to_every_channel_that_got_the_alarm(tmp_path, make_service, webhook):
    config = write_config(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "{webhook.url}"
""")
    service = make_service(config)
    incident_id = service.raise_alarm(CONTEXT)
    wait_status(service, incident_id, "webhook", "delivered")
    assert service.cancel(incident_id, "Visitor calmed down; false alarm") == ["webhook"]
    bodies = webhook.wait_for(2)
    assert bodies[1]["message"] == "cancel"
    assert bodies[1]["reason"] == "Visitor calmed down; false alarm"
    row = service.incident(incident_id)
    assert row["cancelled_at"] and row["cancel_reason"] == "Visitor calmed down; false alarm"
    wait_status(service, incident_id, "webhook", "delivered", message="cancel")


def test_alarm_test_records_each_channel(tmp_path, make_service, webhook):
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
    incident_id, results = service.run_test()
    assert results["webhook"]["status"] == "delivered"
    assert results["webhook:2"]["status"] == "failed" and results["webhook:2"]["last_error"]
    assert webhook.wait_for(1)[0]["test"] is True
    assert service.incident(incident_id)["kind"] == "test"
    assert service.last_successful_test() == "2026-11-23T09:00:00Z"


def test_desktop_channel_falls_back_to_an_in_app_banner(tmp_path, make_service):
    config = write_config(tmp_path, '[[security.channels]]\ntype = "desktop"\n')
    service = make_service(config)
    incident_id = service.raise_alarm({})
    # No notification backend here (plyer raises): delivered, shown in the window instead.
    assert service.events.wait(lambda: any(k == "in_app" for k, _ in service.events.items))
    wait_status(service, incident_id, "desktop", "delivered")


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
    from desk.core.clock import to_iso
    from desk.store import incidents as store
    from tests.alerts.receivers import free_port

    config = write_config(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "http://127.0.0.1:{free_port()}/down"
timeout_s = 1
""")
    service = make_service(config, start=False)  # the workers' query is checked directly
    incident_id, results = service.run_test()
    assert results["webhook"]["status"] == "failed"
    clock.advance(3600)
    assert store.due(service.db, "webhook", to_iso(clock.now())) == []
    assert store.next_due_at(service.db, "webhook") is None
    # A real alarm on the same channel is still retried.
    alarm = service.raise_alarm(CONTEXT, wake=False)
    assert [r["incident_id"] for r in store.due(service.db, "webhook",
                                                to_iso(clock.now()))] == [alarm]
    assert service.last_successful_test() is None and incident_id


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
    incident_id = service.raise_alarm(CONTEXT)
    waits = []
    for attempt in range(1, 8):
        assert service.events.wait(lambda a=attempt: service.statuses(incident_id)[0]["attempts"]
                                   == a and service.statuses(incident_id)[0]["status"]
                                   == "failed")
        row = service.statuses(incident_id)[0]
        waits.append((parse_iso(row["next_attempt_at"]) - clock.now()).total_seconds())
        clock.advance(waits[-1])  # no real waiting: the fake clock moves
        service.wake()
    assert waits == [1, 2, 4, 8, 15, 15, 15]  # never the general 60 s cap for an alarm
