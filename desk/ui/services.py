"""What every view needs, in one object handed down (no global registry)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.config import Config
from desk.content import Content
from desk.core.clock import Clock

if TYPE_CHECKING:  # imported lazily at run time: sqlite_utils is off the start-up path
    from sqlite_utils import Database

    from desk.core.calls import CallDesk, Identity


@dataclass
class Services:
    db_path: Path
    config: Config
    clock: Clock
    content: Content
    language: str
    db: Database | None = None  # set once the database is open (after the first paint)
    desk: CallDesk | None = None
    identity: Identity | None = None
    extras: dict[str, Any] = field(default_factory=dict)  # per-feature state (outbox, ...)

    def open_database(self) -> None:
        """Open (create, migrate) the database; raises ``DatabaseProblem``."""
        from desk.core.calls import CallDesk, Identity
        from desk.store.db import open_db

        self.db = open_db(self.db_path)
        self.identity = Identity(self.config.operator, self.config.workstation_name,
                                 self.config.branch["name"])
        self.desk = CallDesk(self.db, self.clock, self.content, self.identity)
