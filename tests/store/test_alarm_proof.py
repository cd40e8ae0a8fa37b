"""The alarm's last proof in the log: a test on a channel, or a real alarm on every channel."""

from __future__ import annotations

from desk.store.incidents import last_successful_test


def _incident(db, incident_id: int, kind: str, deliveries: list[tuple[str, str, str | None]]):
    db["incidents"].insert({"id": incident_id, "kind": kind,
                            "raised_at": "2026-11-20T08:00:00Z"})
    for channel, status, at in deliveries:
        db["deliveries"].insert({"incident_id": incident_id, "channel": channel,
                                 "message": "alarm" if kind == "alarm" else "test",
                                 "status": status, "attempts": 1, "delivered_at": at})


def test_a_real_alarm_proves_the_alarm_only_when_every_channel_had_it(db):
    assert last_successful_test(db) is None
    _incident(db, 1, "alarm", [("webhook", "delivered", "2026-11-20T08:00:01Z"),
                               ("email", "failed", None)])
    assert last_successful_test(db) is None  # one channel never got it
    _incident(db, 2, "alarm", [("webhook", "acknowledged", "2026-11-21T08:00:01Z"),
                               ("email", "delivered", "2026-11-21T08:00:09Z")])
    assert last_successful_test(db) == "2026-11-21T08:00:09Z"  # when the last one had it
    _incident(db, 3, "test", [("webhook", "delivered", "2026-11-22T08:00:01Z")])
    assert last_successful_test(db) == "2026-11-22T08:00:01Z"
