"""What a desktop notification (and an e-mail) says: who, where, and TEST or CANCELLED."""

from __future__ import annotations

from desk.alerts.channel import describe
from desk.core.incidents import message_for

INCIDENT = {"uid": "desk-1/20261123T090000Z/a1b2c3", "kind": "alarm", "raised_at": "2026-11-23T09:00:00Z", "branch": "Espoo",
            "location": "Front desk", "workstation": "desk-1", "operator": "Aino",
            "context": {"caller_name": "Mikko", "caller_number": "+358401234567",
                        "topic": "Refund", "elapsed_s": 95, "stage": "clarification",
                        "notes": "threatens to break the window"}}


def test_alarm_says_who_and_where_and_the_call():
    subject, body = describe(message_for(INCIDENT, "alarm"))
    assert subject == "SECURITY ALARM at Espoo, Front desk (desk-1)"
    assert "Operator: Aino" in body and "Mikko +358401234567" in body
    assert "95 s, stage: clarification" in body and "threatens to break the window" in body


def test_test_and_cancel_are_marked_as_such():
    test_subject, test_body = describe(message_for({**INCIDENT, "kind": "test"}, "test"))
    assert test_subject.startswith("TEST ONLY") and "No action is needed" in test_body
    cancel_subject, cancel_body = describe(message_for(INCIDENT, "cancel", reason="mistake"))
    assert cancel_subject.startswith("CANCELLED") and "Cancelled: mistake" in cancel_body
