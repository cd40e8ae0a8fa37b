"""%1, %2… are filled once: what a stranger typed is never read as a placeholder."""

from __future__ import annotations

from desk.core.callbacks import as_text, subject
from desk.placeholders import numbered

CALLBACK = {"id": 7, "department": "Billing", "full_name": "%3 %2", "phone": None,
            "email": "x@example.org", "preferred_channel": "email",
            "due_at": "2026-12-09T21:59:59Z", "created_at": "2026-12-06T10:00:00Z",
            "operator": "%1", "question": "%2?", "tried": ""}


def test_a_value_holding_a_placeholder_is_put_in_as_typed():
    assert numbered("%1 and %2", "%2", "b") == "%2 and b"
    assert numbered("%1 (%2)", None, 0) == " (0)"
    assert numbered("%1 %3", "a") == "a %3"  # a placeholder with no value stays visible


def test_a_callers_name_like_a_placeholder_stays_in_the_mail():
    assert subject(CALLBACK).startswith("Callback for Billing: %3 %2 — answer by 2026-12-0")
    text = as_text(CALLBACK, "FI")
    assert "Caller: %3 %2" in text and "by %1)" in text and "\n%2?" in text
