"""Caller history: so nobody asks a caller to repeat what they already said or tried."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desk.store import history as store

if TYPE_CHECKING:
    from sqlite_utils import Database

LIMIT = 20


@dataclass
class History:
    calls: list[dict] = field(default_factory=list)
    callbacks: list[dict] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.calls and not self.callbacks

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
           exclude_call: int | None = None, limit: int = LIMIT) -> History:
    if not number and not email:
        return History()
    return History(store.earlier_calls(db, number, email, exclude_call, limit),
                   store.open_callbacks(db, number, email))
