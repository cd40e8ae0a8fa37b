"""Callbacks after a failed transfer: validated details, a computed promise, tracked to the end.

The due date is never typed: it is ``callback_days`` days after the callback is
taken, counted as ``callback_day_kind`` says (calendar or business days; a due day on a
weekend or holiday moves to the working day before, ``desk.core.calendar.due_day``),
due by the end of that day in the branch's local time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from desk.core.calendar import due_day
from desk.core.clock import parse_iso, to_iso
from desk.core.contacts import ContactError, display_phone, normalise_email, normalise_phone
from desk.core.problems import Problem
from desk.core.states import CallbackState
from desk.core.vocab import CALLBACK_TEXT, CONTACT_WAY, WEEKDAY
from desk.placeholders import numbered
from desk.translations import Translate, english

MAX_NAME = 200
MAX_QUESTION = 10_000
NOTICE_WAYS = ("phone", "email", "sms", "in person")
ANSWER_WAYS = ("phone", "email", "letter", "in person")


class CallbackInvalid(ValueError):
    """Field-by-field problems: ``errors`` maps a field name to its ``Problem`` (a code)."""

    def __init__(self, errors: dict[str, Problem]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


@dataclass
class CallbackForm:
    full_name: str = ""
    question: str = ""
    phone: str = ""
    email: str = ""
    department: str = ""
    preferred_channel: str = ""
    tried: str = ""


@dataclass
class CleanCallback:
    full_name: str
    question: str
    phone: str | None
    email: str | None
    department: str
    preferred_channel: str
    tried: str
    extra: dict = field(default_factory=dict)


def validate(form: CallbackForm, region: str, departments: list[str]) -> CleanCallback:
    """Check every field at once; raise ``CallbackInvalid`` naming each wrong field."""
    errors: dict[str, Problem] = {}
    name = " ".join(form.full_name.split())
    if not name:
        errors["full_name"] = Problem("name_empty")
    elif len(name) > MAX_NAME:
        errors["full_name"] = Problem("too_long", {"max": MAX_NAME})
    question = form.question.strip()
    if not question:
        errors["question"] = Problem("question_empty")
    elif len(question) > MAX_QUESTION:
        errors["question"] = Problem("too_long", {"max": MAX_QUESTION})
    phone = email = None
    if form.phone.strip():
        try:
            phone = normalise_phone(form.phone, region)
        except ContactError as exc:
            errors["phone"] = exc.problem
    if form.email.strip():
        try:
            email = normalise_email(form.email)
        except ContactError as exc:
            errors["email"] = exc.problem
    if not form.phone.strip() and not form.email.strip():
        errors["phone"] = Problem("contact_missing")
    if form.department not in departments:
        errors["department"] = Problem("department_missing")
    if errors:
        raise CallbackInvalid(errors)
    preferred = form.preferred_channel or ("phone" if phone else "email")
    return CleanCallback(name, question, phone, email, form.department, preferred,
                         form.tried.strip())


def check_contact(field: str, text: str, region: str) -> tuple[str, Problem | None]:
    """One contact field as the operator leaves it: (text to show, problem or None).

    A valid phone number is shown in national format (E.164 is what gets stored);
    an empty field is not an error here (``validate`` asks for at least one).
    """
    if not text.strip():
        return text, None
    try:
        if field == "phone":
            return display_phone(normalise_phone(text, region), region), None
        if field == "email":
            return normalise_email(text), None
    except ContactError as exc:
        return text, exc.problem
    return text, None


def due_at(created: datetime, days: int, holidays: list[date],
           kind: str = "calendar") -> datetime:
    """End of the due day of a ``days``-day promise made at ``created`` (counted as
    ``kind``), branch-local, as UTC."""
    local = created.astimezone()
    day = due_day(local.date(), days, kind, holidays)
    end_of_day = datetime.combine(day, time(23, 59, 59)).astimezone()
    return end_of_day.astimezone(UTC)


def local_due_date(due_iso: str) -> date:
    return parse_iso(due_iso).astimezone().date()


def state(due_iso: str, answered_iso: str | None, now: datetime) -> CallbackState:
    """``answered``, ``overdue``, ``due today`` or ``open`` — said in words, not colour."""
    if answered_iso:
        return CallbackState.ANSWERED
    due = parse_iso(due_iso)
    if now > due:
        return CallbackState.OVERDUE
    if now.astimezone().date() == due.astimezone().date():
        return CallbackState.DUE_TODAY
    return CallbackState.OPEN


def day_text(day: date, translate: Translate = english) -> str:
    """``Thursday 2026-11-26``: the weekday in words and an unambiguous date, for a
    department's mailbox or the clipboard (not the machine's locale: the reader's language)."""
    return f"{translate('Weekday', WEEKDAY[day.weekday()])} {day.isoformat()}"


def subject(callback: dict, translate: Translate = english) -> str:
    """The department e-mail's subject line."""
    return numbered(translate("CallbackText", CALLBACK_TEXT["subject"]),
                    callback["department"], callback["full_name"],
                    local_due_date(callback["due_at"]).isoformat())


def as_text(callback: dict, region: str, translate: Translate = english) -> str:
    """Everything a department needs, for e-mail or the clipboard ("Copy as text"), in the
    language of ``translate`` (the branch's for e-mail, the operator's for the clipboard)."""
    def say(key: str, *values) -> str:
        return numbered(translate("CallbackText", CALLBACK_TEXT[key]), *values)

    taken = parse_iso(callback["created_at"]).astimezone().strftime("%Y-%m-%d %H:%M")
    way = callback.get("preferred_channel")
    lines = [
        say("title", callback["id"], callback["department"]),
        say("caller", callback["full_name"]),
        say("phone", display_phone(callback.get("phone"), region) or "-"),
        say("email", callback.get("email") or "-"),
        say("prefers", translate("ContactWay", CONTACT_WAY[way]) if way in CONTACT_WAY
            else way or "-"),
        say("promised", day_text(local_due_date(callback["due_at"]), translate), taken,
            callback.get("operator") or "-"),
        "",
        say("question"),
        callback["question"],
    ]
    if callback.get("tried"):
        lines += ["", say("tried"), callback["tried"]]
    return "\n".join(lines)


def now_iso(clock) -> str:
    return to_iso(clock.now())
