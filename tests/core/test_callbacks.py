"""Callbacks: validated at the field, a computed due date, delays and moves kept on record."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk import config as config_mod
from desk.core.callback_desk import CallbackDesk
from desk.core.callbacks import CallbackForm, CallbackInvalid, local_due_date
from desk.core.vocab import PROBLEMS


@pytest.fixture
def branch(tmp_path):
    path = tmp_path / "branch.toml"
    # Business days: the dates below were written for that count (calendar: see below).
    path.write_text('[norms]\nholidays = ["2026-11-26"]\ncallback_day_kind = "business"\n'
                    '[[departments]]\nname = "Billing"\n'
                    'email = "billing@example.org"\n[[departments]]\nname = "Technical"\n',
                    encoding="utf-8")
    return config_mod.load(path)


@pytest.fixture
def callbacks(db, clock, branch):
    return CallbackDesk(db, clock, branch, "Aino", "desk-1")


def form(**values) -> CallbackForm:
    base = {"full_name": "Laura Virtanen", "question": "Why was I billed twice?",
            "phone": "040 123 4567", "department": "Billing"}
    return CallbackForm(**{**base, **values})


def test_due_date_is_three_calendar_days_kept_before_a_holiday(db, clock, tmp_path):
    path = tmp_path / "calendar.toml"  # callback_day_kind left out: calendar is the default
    path.write_text('[norms]\nholidays = ["2026-11-26"]\n[[departments]]\nname = "Billing"\n',
                    encoding="utf-8")
    callbacks = CallbackDesk(db, clock, config_mod.load(path), "Aino", "desk-1")
    taken = callbacks.take(form())  # Monday 23 November; Thursday 26th is a holiday
    assert local_due_date(taken["due_at"]) == date(2026, 11, 25)  # the working day before
    clock.set("2026-11-27T10:00:00Z")  # a Friday: three days on is Monday, a working day
    assert local_due_date(callbacks.take(form())["due_at"]) == date(2026, 11, 30)


def test_business_day_kind_skips_weekend_and_holidays(callbacks, clock):
    taken = callbacks.take(form())  # Monday 23 November; Thursday 26th is a holiday
    assert local_due_date(taken["due_at"]) == date(2026, 11, 27)
    assert taken["phone"] == "+358401234567"
    clock.set("2026-11-27T10:00:00Z")  # a Friday: three business days on is Wednesday
    assert local_due_date(callbacks.take(form())["due_at"]) == date(2026, 12, 2)


def test_every_wrong_field_is_named_at_once(callbacks):
    with pytest.raises(CallbackInvalid) as err:
        callbacks.take(form(full_name="  ", question="", phone="", email="", department="X"))
    assert set(err.value.errors) == {"full_name", "question", "phone", "department"}
    assert err.value.errors["phone"] == ("contact_missing", {})
    with pytest.raises(CallbackInvalid) as err:
        callbacks.take(form(phone="12", email="not-an-address"))
    assert set(err.value.errors) == {"phone", "email"}


def test_email_alone_is_enough(callbacks):
    taken = callbacks.take(form(phone="", email="laura@example.org"))
    assert (taken["phone"], taken["email"], taken["preferred_channel"]) == \
        (None, "laura@example.org", "email")


def test_overdue_and_due_today_states(callbacks, clock):
    taken = callbacks.take(form())
    assert callbacks.state(taken) == "open"
    clock.set("2026-11-27T08:00:00Z")
    assert callbacks.state(callbacks.get(taken["id"])) == "due today"
    assert callbacks.counts() == (0, 1)
    clock.set("2026-11-30T08:00:00Z")
    assert callbacks.state(callbacks.get(taken["id"])) == "overdue"
    assert callbacks.counts() == (1, 0)


def test_delay_notice_keeps_the_old_date(callbacks, clock):
    taken = callbacks.take(form())
    clock.advance(hours=30)
    callbacks.notice(taken["id"], "phone", date(2026, 12, 4), "waiting for the meter reading")
    again = callbacks.get(taken["id"])
    assert local_due_date(again["due_at"]) == date(2026, 12, 4)
    [notice] = again["notices"]
    assert notice["old_due_at"] == taken["due_at"] and notice["how"] == "phone"
    assert notice["told_at"] == "2026-11-24T15:00:00Z"
    with pytest.raises(ValueError, match="new_date_past"):  # a code: the UI says it
        callbacks.notice(taken["id"], "phone", date(2026, 11, 1))


def test_answer_and_move_are_recorded(callbacks):
    taken = callbacks.take(form())
    callbacks.move(taken["id"], "Technical")
    callbacks.answered(taken["id"], "phone")
    again = callbacks.get(taken["id"])
    assert again["department"] == "Technical" and again["answered_by"] == "Aino"
    assert [e["kind"] for e in again["events"]] == ["taken", "moved", "answered"]
    assert callbacks.listing() == []
    with pytest.raises(ValueError):
        callbacks.move(taken["id"], "Nowhere")


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)
NASTY = st.sampled_from(["'; drop table callbacks; --", '"=cmd|\'/c calc\'!A1', "a,b\nc",
                         "שלום עולם", "مرحبا", "नमस्ते दुनिया", "😀👍🏽", "x" * 10_000,
                         "\u202eevil", "Robert'); --"])


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.one_of(TEXT, NASTY), question=st.one_of(TEXT, NASTY),
       phone=st.one_of(st.just("040 123 4567"), TEXT, NASTY),
       email=st.one_of(st.just(""), st.just("x@example.org"), TEXT))
def test_any_input_is_stored_exactly_or_refused_clearly(callbacks, name, question, phone, email):
    try:
        taken = callbacks.take(form(full_name=name, question=question, phone=phone,
                                    email=email))
    except CallbackInvalid as err:
        assert err.errors and all(p.code in PROBLEMS for p in err.errors.values())
        return
    stored = callbacks.get(taken["id"])
    assert stored["full_name"] == " ".join(name.split())
    assert stored["question"] == question.strip()
    assert stored["phone"] is None or stored["phone"].startswith("+")


def test_answered_and_told_times_are_checked(callbacks, clock):
    from datetime import timedelta

    taken = callbacks.take(form())
    clock.advance(hours=5)
    with pytest.raises(ValueError, match="answer_in_future"):
        callbacks.answered(taken["id"], "phone", at=clock.now() + timedelta(hours=1))
    with pytest.raises(ValueError, match="told_before_taken"):
        callbacks.notice(taken["id"], "phone", date(2026, 12, 4),
                         told_at=clock.now() - timedelta(days=1))
    with pytest.raises(ValueError, match="no_callback") as refused:
        callbacks.answered(999, "phone")
    assert refused.value.problem == ("no_callback", {"id": 999})
    callbacks.answered(taken["id"], "letter", by="  Pekka  ", at=clock.now() - timedelta(hours=1))
    again = callbacks.get(taken["id"])
    assert (again["answered_at"], again["answered_by"], again["answered_how"]) == \
        ("2026-11-23T13:00:00Z", "Pekka", "letter")


def test_search_by_phone_as_typed(callbacks):
    taken = callbacks.take(form(phone="+358 40 123 4567"))
    assert [r["id"] for r in callbacks.listing(search="040-123 4567")] == [taken["id"]]
    assert callbacks.listing_ids(search="Virtanen") == [taken["id"]]


def test_check_contact_as_a_field_is_left():
    from desk.core.callbacks import check_contact

    assert check_contact("phone", "+358 40 123 4567", "FI") == ("040 1234567", None)
    assert check_contact("phone", "", "FI") == ("", None)
    # A code and what was typed, never an English sentence: the UI says it in its language.
    assert check_contact("phone", "12", "FI") == ("12", ("phone_not_in_region",
                                                         {"text": "12", "region": "FI"}))
    assert check_contact("phone", "12ab", "FI")[1] == ("phone_invalid", {"text": "12ab"})
    assert check_contact("email", " Laura@Example.ORG ", "FI")[1] is None
    assert check_contact("email", "a@", "FI")[1] == ("email_no_domain", {"text": "a@"})
    assert check_contact("email", "laura", "FI")[1] == ("email_no_at", {"text": "laura"})
    assert check_contact("email", "a b@x.org", "FI")[1].code == "email_bad_character"
