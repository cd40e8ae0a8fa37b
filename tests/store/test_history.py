"""Caller history finds a caller by number or by e-mail, newest first, each call once."""

from __future__ import annotations

from desk.core.history import lookup


def test_calls_matched_by_number_and_email_are_listed_once_newest_first(desk_, db, clock):
    both = desk_.start_call(caller_number="+358401234567")
    desk_.update(both.id, caller_email="anna@example.org", tried="Reset the router")
    desk_.end_call(both.id, "resolved", "Router")
    clock.advance(hours=1)
    by_mail = desk_.start_call()
    desk_.update(by_mail.id, caller_email="anna@example.org")
    desk_.end_call(by_mail.id, "resolved", "Invoice")
    clock.advance(hours=1)
    stranger = desk_.start_call(caller_number="+358409999999")
    desk_.end_call(stranger.id, "resolved", "Other")

    history = lookup(db, "+358401234567", "anna@example.org")
    assert [c["id"] for c in history.calls] == [by_mail.id, both.id]
    assert history.tried() == ["Reset the router"]
    assert lookup(db, None, None).empty
    current = desk_.start_call(caller_number="+358401234567")
    assert [c["id"] for c in lookup(db, "+358401234567", None, current.id).calls] == [both.id]
