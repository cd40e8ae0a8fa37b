"""The callback operations of one workstation: take, answer, delay, move, list."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from desk.config import Config
from desk.core import callbacks as rules
from desk.core.calendar import add_business_days
from desk.core.clock import Clock, to_iso
from desk.core.contacts import ContactError, normalise_phone
from desk.core.problems import Refused
from desk.store import callbacks as store
from desk.store import calls as call_store

if TYPE_CHECKING:
    from sqlite_utils import Database


class CallbackDesk:
    def __init__(self, db: Database, clock: Clock, config: Config, operator: str,
                 workstation: str):
        self.db, self.clock, self.config = db, clock, config
        self.operator, self.workstation = operator, workstation

    def departments(self) -> list[str]:
        return [d.name for d in self.config.departments]

    def department_email(self, name: str) -> str:
        return next((d.email for d in self.config.departments if d.name == name), "")

    def forwards_by_email(self, name: str) -> bool:
        return bool(self.department_email(name) and self.config.smtp["host"])

    def due_for(self, created: datetime) -> datetime:
        norms = self.config.norms
        return rules.due_at(created, int(norms["callback_days"]), self.config.holidays,
                            norms.get("callback_day_kind", "calendar"))

    def take(self, form: rules.CallbackForm, call_id: int | None = None) -> dict:
        """Validate and store a callback; queue it for the department's mailbox."""
        clean = rules.validate(form, self.config.region, self.departments())
        now = self.clock.now()
        values = {"call_id": call_id, "full_name": clean.full_name, "question": clean.question,
                  "phone": clean.phone, "email": clean.email, "department": clean.department,
                  "preferred_channel": clean.preferred_channel, "tried": clean.tried,
                  "created_at": to_iso(now), "due_at": to_iso(self.due_for(now)),
                  "operator": self.operator, "workstation": self.workstation}
        forward_to = (self.department_email(clean.department)
                      if self.forwards_by_email(clean.department) else None)
        callback_id = store.create(self.db, values, forward_to, to_iso(now))
        return store.get(self.db, callback_id)

    def get(self, callback_id: int) -> dict | None:
        return store.get(self.db, callback_id)

    def _search(self, filters: dict) -> dict:
        """A search that is a phone number finds it as stored (E.164), however it was typed."""
        text = filters.get("search", "").strip()
        if len(text) >= 5 and set(text) <= set("+0123456789 -()/."):
            with contextlib.suppress(ContactError):
                filters = {**filters, "search": normalise_phone(text, self.config.region)}
        return filters

    def listing(self, **filters) -> list[dict]:
        return store.listing(self.db, **self._search(filters))

    def listing_ids(self, **filters) -> list[int]:
        return store.listing_ids(self.db, **self._search(filters))

    def rows_by_ids(self, ids: list[int]) -> list[dict]:
        return store.rows_by_ids(self.db, ids)

    def _when(self, callback_id: int, at: datetime | None, what: str) -> str:
        """``at`` (default now) as stored text; not in the future, not before the callback.
        ``what``: ``answer`` or ``told``, the time the refusal is about."""
        now = self.clock.now()
        at = at or now
        if at > now:
            raise Refused(f"{what}_in_future")
        callback = store.get(self.db, callback_id)
        if callback is None:
            raise Refused("no_callback", id=callback_id)
        if to_iso(at) < callback["created_at"]:
            raise Refused(f"{what}_before_taken")
        return to_iso(at)

    def answered(self, callback_id: int, how: str, by: str | None = None,
                 at: datetime | None = None) -> None:
        """Who answered the caller, when (default now) and how."""
        if not how.strip():
            raise Refused("answered_how_missing")
        when = self._when(callback_id, at, "answer")
        store.mark_answered(self.db, callback_id, when, (by or "").strip() or self.operator,
                            how.strip())

    def notice(self, callback_id: int, how: str, new_due: date, note: str = "",
               told_at: datetime | None = None) -> None:
        """The caller was told about a delay (when: default now): record it and the new date;
        the old date stays in the notice."""
        if not how.strip():
            raise Refused("told_how_missing")
        if new_due < self.clock.now().astimezone().date():
            raise Refused("new_date_past")
        told = self._when(callback_id, told_at, "told")
        new_due_at = datetime.combine(new_due, time(23, 59, 59)).astimezone()
        store.add_notice(self.db, callback_id, told, how.strip(), to_iso(new_due_at),
                         note.strip(), self.operator)

    def move(self, callback_id: int, department: str) -> None:
        if department not in self.departments():
            raise Refused("department_unknown", department=department)
        forward_to = self.department_email(department) if self.forwards_by_email(
            department) else None
        store.move(self.db, callback_id, department, to_iso(self.clock.now()), self.operator,
                   forward_to)

    def counts(self) -> tuple[int, int]:
        now = self.clock.now()
        end = datetime.combine(now.astimezone().date(), time(23, 59, 59)).astimezone()
        return store.counts(self.db, to_iso(now), to_iso(end))

    def due_next_count(self) -> int:
        """Open callbacks due after today, up to the next working day (told today, their
        callers hear of a delay before it is late)."""
        now = self.clock.now()
        today_end = datetime.combine(now.astimezone().date(), time(23, 59, 59)).astimezone()
        next_day = add_business_days(now.astimezone().date(), 1, self.config.holidays)
        until = datetime.combine(next_day, time(23, 59, 59)).astimezone()
        return store.counts(self.db, to_iso(today_end + timedelta(seconds=1)),
                            to_iso(until))[1]

    def rows_with_notices(self, ids: list[int]) -> list[dict]:
        """One page of rows, each with its delay notices (``notices``)."""
        rows = store.rows_by_ids(self.db, ids)
        notices = store.notices_for(self.db, [r["id"] for r in rows])
        for row in rows:
            row["notices"] = notices.get(row["id"], [])
        return rows

    def with_call_notes(self, callback_id: int) -> dict | None:
        """The callback with the notes of the call it was taken on (``call_notes``)."""
        callback = store.get(self.db, callback_id)
        if callback is not None and callback.get("call_id"):
            callback["call_notes"] = call_store.notes_of(self.db, callback["call_id"])
        return callback

    def state(self, callback: dict) -> str:
        return rules.state(callback["due_at"], callback["answered_at"], self.clock.now())

    def as_text(self, callback: dict, translate=None) -> str:
        """The callback as text, in ``translate``'s language (the console passes Qt's)."""
        return rules.as_text(callback, self.config.region, translate or rules.english)
