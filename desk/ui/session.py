"""The call in progress: what the operator sees, kept in memory, written through the log ops.

The screen is the operator's truth while they work: every change is applied here at
once and queued, in order, as a write on the log thread (``desk.ui.ops``). If the log
cannot take it yet, nothing is lost and the window says what is still waiting. The
call's id in the log arrives when its first write lands; later writes use it then.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from desk.core.calls import elapsed_s
from desk.core.clock import to_iso
from desk.store.calls import CallRow
from desk.ui.ops import Change, run_op
from desk.ui.services import Services

# What the window says is not saved yet, per kind of write.
LABELS = {
    "start": "the call's start",
    "caller_number": "the caller's number",
    "caller_name": "the caller's name",
    "caller_email": "the caller's e-mail",
    "notes": "notes",
    "tried": "what the caller already tried",
    "root_cause": "root cause",
    "upset": "the upset mark",
    "topic": "topic",
    "stage": "the stage",
    "tick": "a checklist tick",
    "end": "the end of the call",
    "answered": "the answer time",
    "abuse_warning": "the warning to the caller",
    "ring": "the answer-by-ring check",
}


TYPED_DRAFT = "call_fields"


class CallHandle:
    """The log's id of one call; set on the log thread by the call's first write."""

    def __init__(self) -> None:
        self.id: int | None = None


class CallSession(QObject):
    started = Signal(object)  # CallRow (in memory; its id may still be 0 until recorded)
    ended = Signal(object)  # CallRow as it ended
    changed = Signal(object)  # CallRow: caller details, notes, stage or mood changed
    recorded = Signal(int)  # the call's id once its start is in the log

    def __init__(self, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.call: CallRow | None = None
        self.ticked: set[tuple[str, str]] = set()
        self.typed: dict[str, str] = {}  # fields kept as typed while not valid yet
        self.abuse_warned_at: str | None = None  # "end for abuse" needs a recorded warning
        self._handle: CallHandle | None = None

    @property
    def active(self) -> bool:
        return self.call is not None

    @property
    def call_id(self) -> int | None:
        """The log's id of the call in progress (``None`` until its start is recorded)."""
        return self._handle.id if self._handle is not None else None

    def current(self) -> CallRow | None:
        return self.call

    def _now(self) -> str:
        return to_iso(self.services.clock.now())

    def _write(self, kind: str, fn, *, key=None, changes=frozenset({Change.CALLS})):
        return run_op(self, fn, changes=changes, label=LABELS.get(kind, kind), key=key)

    # -- the call's life ---------------------------------------------------------------------

    def start(self, channel: str = "phone", *, caller_number: str | None = None,
              caller_name: str | None = None, answered: bool = True) -> None:
        if self.active:
            return
        now = self._now()
        first = self.services.content.stages[0].id
        identity = self.services.identity
        self.call = CallRow(id=0, started_at=now, channel=channel, stage=first,
                            answered_at=now if answered else None, caller_number=caller_number,
                            caller_name=caller_name, operator=identity.operator,
                            workstation=identity.workstation, branch=identity.branch)
        self.ticked = set()
        handle = self._handle = CallHandle()

        def insert(ctx):
            row = ctx.calls.start_call(channel, caller_number=caller_number,
                                      caller_name=caller_name, answered=answered, at=now)
            handle.id = row.id
            return row.id

        self._write("start", insert).success(lambda call_id: self._recorded(handle, call_id))
        self.started.emit(self.call)

    def _recorded(self, handle: CallHandle, call_id: int) -> None:
        if self._handle is handle and self.call is not None:
            self.call = replace(self.call, id=call_id)
            self.recorded.emit(call_id)

    def resume(self, call: CallRow, ticked: set[tuple[str, str]],
               warned_at: str | None = None) -> None:
        """Take back a call the log still has open (after a crash)."""
        self._handle = CallHandle()
        self._handle.id = call.id
        self.call = call
        self.ticked = set(ticked)
        self.abuse_warned_at = warned_at
        self.started.emit(call)

    def update(self, **values) -> None:
        """Change caller details, notes, mood…: on screen now, in the log in order."""
        if self.call is None:
            return
        self.call = replace(self.call, **values)
        handle = self._handle
        for name, value in values.items():
            def write(ctx, name=name, value=value):
                ctx.calls.update(_recorded_id(handle), **{name: value})

            # Typing makes many writes of one field: only the latest queued one is needed.
            self._write(name, write, key=(id(handle), name))
        self.changed.emit(self.call)

    def keep_typed(self, name: str, text: str | None) -> None:
        """Keep a field exactly as typed while it is not valid yet (e.g. half a number), in
        the log's draft of this call, so a crash loses nothing; ``None`` when it is valid."""
        if self.call is None or self.typed.get(name) == text:
            return
        if text is None:
            self.typed.pop(name, None)
        else:
            self.typed[name] = text
        handle, fields, at = self._handle, dict(self.typed), self._now()

        def save(ctx):
            if fields:
                ctx.drafts.save(TYPED_DRAFT, _recorded_id(handle), fields, at)
            else:
                ctx.drafts.clear(TYPED_DRAFT)

        self._write(name, save, key=(id(handle), "typed"), changes={Change.DRAFTS})

    def for_call(self, kind: str, fn, **options):
        """Queue ``fn(ctx, call_id)`` for the call in progress, after its earlier writes."""
        handle = self._handle
        return self._write(kind, lambda ctx: fn(ctx, _recorded_id(handle)), **options)

    def warn_abuse(self, detail: str = "") -> str | None:
        """The warning to an abusive caller: on screen now, in the log in order (before any
        end of the call, so the log's own rule sees it)."""
        if self.call is None:
            return None
        at = self._now()
        self.abuse_warned_at = self.abuse_warned_at or at
        operator = self.services.identity.operator
        self.for_call("abuse_warning", lambda ctx, call_id: ctx.shift.warn_abuse(
            call_id, at, detail, operator))
        self.changed.emit(self.call)
        return at

    def mark(self, stage: str, item: str, done: bool, by: str = "operator") -> None:
        """``by``: the operator, or the console ticking what the operator did proves."""
        if self.call is None:
            return
        if done:
            self.ticked.add((stage, item))
        else:
            self.ticked.discard((stage, item))
        handle, at = self._handle, self._now()
        self._write("tick", lambda ctx: ctx.calls.mark(_recorded_id(handle), stage, item, done,
                                                       at=at, by=by))

    def enter_stage(self, stage: str) -> None:
        if self.call is None or self.call.stage == stage:
            return
        self.call = replace(self.call, stage=stage)
        handle, at = self._handle, self._now()
        self._write("stage", lambda ctx: ctx.calls.enter_stage(_recorded_id(handle), stage,
                                                               at=at))
        self.changed.emit(self.call)

    def answered(self, at: str | None = None, record: bool = True) -> None:
        """The call was picked up (``at``: when the phone system said so). ``record=False``
        when the caller writes the answer itself (with its ring times)."""
        if self.call is None:
            return
        at = at or self._now()
        self.call = replace(self.call, answered_at=at)
        if record:
            handle = self._handle
            self._write("answered", lambda ctx: ctx.calls.update(_recorded_id(handle),
                                                                 answered_at=at))
        self.changed.emit(self.call)

    def end(self, outcome: str, topic: str = "", reason: str | None = None):
        """End the call on screen now; the returned op says when the log has it."""
        if self.call is None:
            return None
        call, handle, at = self.call, self._handle, self._now()
        def finish(ctx):
            row = ctx.calls.end_call(_recorded_id(handle), outcome, topic, reason=reason, at=at)
            ctx.drafts.clear(TYPED_DRAFT)
            return row

        op = self._write("end", finish, changes={Change.CALLS, Change.DRAFTS})
        self.call, self._handle, self.ticked, self.typed = None, None, set(), {}
        self.abuse_warned_at = None
        self.ended.emit(replace(call, ended_at=at, outcome=outcome, topic=topic or call.topic))
        return op

    def elapsed_s(self) -> int:
        return elapsed_s(self.call.started_at, self.services.clock) if self.call else 0

    # -- the alarm's view of the call ----------------------------------------------------------

    def context(self, typed: dict | None = None) -> dict:
        """The live call's context for an incident, from memory (never from the log), with
        what is typed in the fields right now (``typed``), valid yet or not."""
        call = self.call
        if call is None:
            return {}
        context = {
            "call_id": self.call_id,
            "caller_number": call.caller_number,
            "caller_name": call.caller_name,
            "caller_email": call.caller_email,
            "topic": call.topic,
            "elapsed_s": self.elapsed_s(),
            "stage": call.stage,
            "notes": (call.notes or "")[-500:],
            "channel": call.channel,
        }
        for key, value in (typed or {}).items():
            if value:
                context[key] = value
        return context



def _recorded_id(handle: CallHandle | None) -> int:
    if handle is None or handle.id is None:
        raise LookupError("the call's start could not be recorded")
    return handle.id
