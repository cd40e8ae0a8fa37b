"""The desktop channel: a plyer notification, or the in-app banner when plyer fails."""

from __future__ import annotations

from desk.alerts.desktop import IN_APP, DesktopChannel
from desk.core.incidents import message_for

INCIDENT = {"id": 7, "kind": "alarm", "raised_at": "2026-11-23T09:00:00Z", "branch": "Espoo",
            "location": "Front desk", "workstation": "desk-1", "operator": "Aino",
            "context": {"caller_name": "Mikko", "topic": "Refund"}}


def test_notification_carries_who_and_where():
    shown = []
    channel = DesktopChannel("desktop", notify=lambda **kw: shown.append(kw))
    assert channel.send(message_for(INCIDENT, "alarm")) == "notification shown"
    assert shown[0]["title"].startswith("SECURITY ALARM at Espoo, Front desk")
    assert "Mikko" in shown[0]["message"]


def test_a_failing_backend_falls_back_to_the_in_app_banner():
    def broken(**kw):
        raise OSError("dbus not running")

    channel = DesktopChannel("desktop", notify=broken)
    assert channel.send(message_for(INCIDENT, "alarm")) == IN_APP


def test_test_and_cancel_are_marked_as_such():
    shown = []
    channel = DesktopChannel("desktop", notify=lambda **kw: shown.append(kw))
    channel.send(message_for(INCIDENT, "test"))
    channel.send(message_for({**INCIDENT, "cancel_reason": "mistake"}, "cancel"))
    assert shown[0]["title"].startswith("TEST ONLY")
    assert shown[1]["title"].startswith("CANCELLED") and "mistake" in shown[1]["message"]
