"""Caller history: so nobody asks a caller to repeat what they already said or tried."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from desk.core.clock import to_iso
from desk.store import history as store

if TYPE_CHECKING:
    from sqlite_utils import Database

LIMIT = 20
REPEAT_WINDOW_DAYS = 30  # "a caller on their fourth call this month"
NAME_DAYS = 400  # a name alone finds calls of the last year or so (no index on names)


@dataclass
class History:
    calls: list[dict] = field(default_factory=list)
    callbacks: list[dict] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.calls and not self.callbacks

    def last_notes(self) -> str:
        """The newest earlier call's notes, on one line."""
        for call in self.calls:
            if (call.get("notes") or "").strip():
                return " ".join(call["notes"].split())
        return ""

    def tried(self) -> list[str]:
        """What the caller already tried, newest first, without repeats."""
        seen, out = set(), []
        for text in [c.get("tried") for c in self.calls] + [c.get("tried") for c in
                                                              self.callbacks]:
            text = (text or "").strip()
            if text and text.lower() not in seen:
                seen.add(text.lower())
                out.append(text)
        return out

    def notes_digest(self) -> str:
        """Earlier notes and tries, ready to copy into this call's notes."""
        lines = []
        for call in self.calls:
            if call.get("notes") or call.get("topic"):
                note = " ".join((call.get("notes") or "").split())
                lines.append(f"[{call['started_at'][:10]}] {call.get('topic') or ''}: {note}"
                             .rstrip(": "))
        tried = self.tried()
        if tried:
            lines.append("Already tried: " + "; ".join(tried))
        return "\n".join(lines)


def lookup(db: Database, number: str | None, email: str | None,
           exclude_call: int | None = None, limit: int = LIMIT,
           name: str | None = None, now: datetime | None = None) -> History:
    """Earlier calls and open callbacks by number, e-mail or name (a name alone will do)."""
    name = (name or "").strip() or None
    if not number and not email and not name:
        return History()
    since = to_iso((now or datetime.now(UTC)) - timedelta(days=NAME_DAYS))
    return History(store.earlier_calls(db, number, email, exclude_call, limit, name, since),
                   store.open_callbacks(db, number, email, name))
