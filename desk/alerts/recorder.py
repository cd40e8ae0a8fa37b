"""Writes the in-memory alarm outbox into the SQLite call log, behind the sends.

One supervised loop. It writes through a ``writer``: inside the console, the console's log
thread (its records take the priority lane, ahead of ordinary writes, so the process has
one writing connection); run alone (``desk alarm test``), an ``OwnWriter`` with the same
rule. Every write is one transaction. The alarm itself never waits on any of this: it is
sent from memory. What the log cannot take within ``RECORD_WAIT_S`` (damaged, locked,
read-only, disk full) goes to the owner-only fallback journal at once, and the loop keeps
trying; once the log takes a write again, the journal is merged into it (idempotent by
uid) and emptied.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from desk.alerts.book import IncidentBook, incident_from_record
from desk.core.backoff import retry_delay_s
from desk.core.states import AlarmEvent
from desk.store import incidents as store
from desk.store.journal import Journal, JournalError, journal_path

log = logging.getLogger("desk.alerts.recorder")
RECORD_WAIT_S = 0.5  # then the journal takes it: a crash meanwhile must not lose the incident
RETRY_FIRST_S = 0.25
RETRY_CAP_S = 2.0


class Recorder:
    def __init__(self, db_path: Path, book: IncidentBook, workstation: str,
                 emit: Callable[[str, dict], None],
                 on_restored: Callable[[list[dict], str | None], None], *, writer=None):
        from desk.store.log_thread import OwnWriter

        self.db_path, self.book, self.workstation = Path(db_path), book, workstation
        self.emit, self.on_restored = emit, on_restored
        self.journal = Journal(journal_path(db_path))
        self._own_writer = writer is None
        self.writer = writer or OwnWriter(self.db_path)  # the console's log thread, or ours
        self.restored = False
        self.failures = 0
        self.problem: str | None = None  # why the log cannot take writes now
        self._lock = threading.Condition()
        self._dirty: set[str] = set()
        self._acks: list[dict] = []  # acknowledgements for incidents not in memory
        self._journaled: dict[str, str] = {}  # uid -> the snapshot last written there
        self._told_not_recorded: set[str] = set()
        self._writing = False  # a round has taken the dirty set and not finished yet
        self._kept_size = -1  # journal size when it last held lines the log refused

    # -- fed by the service (any thread) -------------------------------------------------

    def changed(self, uid: str) -> None:
        with self._lock:
            self._dirty.add(uid)

    def acknowledge(self, uid: str, at: str, by: str, channel: str | None) -> None:
        with self._lock:
            self._acks.append({"type": "ack", "uid": uid, "at": at, "by": by,
                               "channel": channel})

    def _settled(self) -> bool:
        return not self._dirty and not self._acks and not self._writing and self.restored

    def settled(self) -> bool:
        with self._lock:
            return self._settled()

    def wait_settled(self, timeout: float) -> bool:
        with self._lock:
            return self._lock.wait_for(self._settled, timeout)

    def journal_records(self) -> list[dict]:
        """What an earlier run left in the journal: restored before the log is even tried."""
        latest: dict[str, dict] = {}  # the newest line of each incident wins
        for record in self.journal.read():
            if record.get("type") == "incident" and record.get("uid"):
                latest.pop(record["uid"], None)
                latest[record["uid"]] = record
        if self.journal.refused is not None:  # planted by another account: say so, send nothing
            self.emit(AlarmEvent.FILE_REFUSED, {"path": str(self.journal.refused.path),
                                       "why": self.journal.refused.why})
        return list(latest.values())

    def wait_journaled(self, uid: str, timeout: float) -> bool:
        """Until the journal holds this incident as memory has it now (for tests)."""
        def current() -> bool:
            text = json.dumps(self.book.snapshot(uid), sort_keys=True, ensure_ascii=False)
            return self._journaled.get(uid) == text

        with self._lock:
            return self._lock.wait_for(current, timeout)

    # -- the loop ------------------------------------------------------------------------

    def step(self) -> float | None:
        with self._lock:
            uids, acks = sorted(self._dirty), list(self._acks)
            self._dirty.clear()
            self._acks.clear()
            self._writing = True
        finished = False
        try:
            wait = self._round(uids, acks)
            finished = True
            return wait
        finally:
            with self._lock:
                if not finished:  # the thread is dying: the next one writes these
                    self._dirty.update(uids)
                    self._acks[:0] = acks
                self._writing = False
                self._lock.notify_all()

    def _round(self, uids: list[str], acks: list[dict]) -> float | None:
        snapshots = [self._snapshot(uid) for uid in uids if uid in self.book]
        try:
            if not self.restored:
                self._restore()
            self._write(snapshots, acks)
        except Exception as exc:
            self._cannot_record(uids, snapshots, acks, exc)
            return retry_delay_s(self.failures, RETRY_FIRST_S, RETRY_CAP_S)
        self.failures = 0
        if self.problem is not None:
            log.info("the call log takes writes again")
        self.problem = None
        with self._lock:
            more = bool(self._dirty or self._acks)
        return 0.0 if more else None

    def reset(self, _exc: BaseException | None = None) -> None:
        """After a failure: a fresh connection next round (the old one may be broken); the
        console's log thread keeps its own."""
        if self._own_writer:
            self.writer.close()

    def _snapshot(self, uid: str) -> dict:
        return self.book.snapshot(uid)

    def _call(self, fn, write: bool = True):
        """``fn(db)`` as one job, ahead of ordinary writes; ``Busy`` past the short wait."""
        return self.writer.call(lambda ctx: fn(ctx.db), priority=True, timeout=RECORD_WAIT_S,
                                write=write)

    def _restore(self) -> None:
        """Merge what the journal holds, then read back what was pending before a restart."""
        self._merge_journal()
        records, last_test = self._call(lambda db: (
            [r.snapshot() for r in store.pending(db, self.workstation)],
            store.last_successful_test(db)), write=False)
        self.restored = True
        self.on_restored(records, last_test)

    def _merge_journal(self) -> None:
        size = self.journal.size()
        if not size or size == self._kept_size:
            return  # nothing new since a line the log refused on its own was kept there
        records = self.journal.read()
        incidents = [r for r in records if r.get("type") == "incident"]

        def merge(db) -> list[store.Recorded]:  # one transaction: all of it, or none
            results = store.record(db, incidents)
            for record in records:
                if record.get("type") == "ack":
                    store.acknowledge(db, record["uid"], record["at"], record["by"],
                                      record.get("channel"))
            return results

        results = self._call(merge)
        unrecordable = [r for r, result in zip(incidents, results, strict=True)
                         if result.incident_id is None]
        for result in results:
            self._recorded(result)
        if unrecordable:  # kept where they are: they are all there is of those incidents
            self._kept_size = size
            return
        if self.journal.clear(expected_size=size):
            with self._lock:
                self._journaled.clear()
            log.info("the alarm journal (%d lines) is merged into the call log", len(records))

    def _write(self, snapshots: list[dict], acks: list[dict]) -> None:
        self._merge_journal()
        if not snapshots and not acks:
            return

        def write(db) -> tuple[list[store.Recorded], list[bool]]:  # one transaction
            results = store.record(db, snapshots) if snapshots else []
            found = [store.acknowledge(db, ack["uid"], ack["at"], ack["by"],
                                       ack.get("channel")) for ack in acks]
            return results, found

        # What the log said is acted on only once it is committed: a retried job is told once.
        results, found = self._call(write)
        bad = [s for s, r in zip(snapshots, results, strict=True) if r.incident_id is None]
        if bad:  # into the journal, so they are not lost; the log goes on with the rest
            self.journal.append([{"type": "incident", **s} for s in bad])
        for result in results:  # told once the journal holds what the log refused
            self._recorded(result)
        for ack, known in zip(acks, found, strict=True):
            if not known:
                log.warning("acknowledgement for %s: no such incident in this log", ack["uid"])

    def _recorded(self, result: store.Recorded) -> None:
        if result.incident_id is None:
            if result.uid not in self._told_not_recorded:
                self._told_not_recorded.add(result.uid)
                self.emit(AlarmEvent.NOT_RECORDED, {"uid": result.uid, "reason": result.error})
        elif self.book.set_recorded(result.uid, result.incident_id):
            self.emit(AlarmEvent.RECORDED, {"uid": result.uid, "incident_id": result.incident_id})

    def _cannot_record(self, uids: list[str], snapshots: list[dict], acks: list[dict],
                       exc: Exception) -> None:
        self.failures += 1
        reason = _reason(exc)
        if self.problem != reason:
            if uids or acks:  # something to record: it goes to the journal meanwhile
                log.warning("the call log cannot take the alarm's record (%s): journal, "
                            "retrying", reason)
            else:  # e.g. the console is still migrating the log at start-up: nothing lost
                log.info("the call log cannot be opened yet (%s); retrying", reason)
        self.problem = reason
        self.reset()
        with self._lock:  # keep them for the next round
            self._dirty.update(uids)
            self._acks[:0] = acks
        fresh = []
        for snapshot in snapshots:
            text = json.dumps(snapshot, sort_keys=True, ensure_ascii=False)
            if self._journaled.get(snapshot["uid"]) != text:
                fresh.append((snapshot, text))
        lines = [{"type": "incident", **s} for s, _ in fresh] + \
            [a for a in acks if not a.get("journaled")]
        try:
            self.journal.append(lines)
        except JournalError as error:
            log.error("the alarm journal cannot be written either: %s", error)
            reason = f"{reason}; the journal cannot be written either ({error.strerror})"
        else:
            with self._lock:
                for snapshot, text in fresh:
                    self._journaled[snapshot["uid"]] = text
                self._lock.notify_all()
            for ack in acks:
                ack["journaled"] = True
        for snapshot in snapshots:
            uid = snapshot["uid"]
            if not snapshot.get("recorded") and uid not in self._told_not_recorded:
                self._told_not_recorded.add(uid)
                self.emit(AlarmEvent.NOT_RECORDED, {"uid": uid, "reason": reason})


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 300 else text[:297] + "…"


def restore_into(book: IncidentBook, records: list[dict]) -> list[str]:
    """Put restored incidents into memory; the ones already there learn their log id."""
    added = []
    for record in records:
        if record["uid"] in book:
            if record.get("incident_id") is not None:
                book.set_recorded(record["uid"], record["incident_id"])
            continue
        book.add(incident_from_record(record))
        added.append(record["uid"])
    return added
