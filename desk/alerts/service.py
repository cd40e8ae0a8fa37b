"""AlarmService: raise, cancel, close, acknowledge, test — Qt-free, used by the console and
the CLI, and independent of the call log.

``raise_alarm`` puts the incident in memory and wakes every channel's worker: the sends
start at once, from memory, whatever state the SQLite log is in. The recorder writes the
incident into the log behind them, or into the owner-only fallback journal when the log
cannot take it, and merges the journal into the log once it can. Nothing here runs SQLite
on the caller's thread.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desk.alerts.book import Claim, Incident, IncidentBook, incident_from_record
from desk.alerts.channel import Check, DeliveryError
from desk.alerts.desktop import IN_APP, DesktopChannel
from desk.alerts.outbox import ChannelWorker
from desk.alerts.recorder import Recorder, restore_into
from desk.config import Config
from desk.core.calls import Identity
from desk.core.clock import Clock, to_iso
from desk.core.incidents import DeliveryView, IncidentView, channel_names, new_uid
from desk.core.states import (
    REMOTE_EVENTS,
    AlarmEvent,
    IncidentKind,
    MessageKind,
    WorkerStatus,
)
from desk.supervisor import Supervisor, WorkerState

if TYPE_CHECKING:
    from desk.alerts.lan import LanLink

log = logging.getLogger("desk.alerts")

ACK_COPIES = 3
HEARD = 1024  # remote messages remembered, so a repeated copy is not shown twice
RECORDER = "alarm-log"
LAN_LISTENER = "alarm-lan-listener"
Listener = Callable[[str, dict], None]  # (event kind, details), called from any thread


class AlarmService:
    def __init__(self, db_path: Path, config: Config, clock: Clock, identity: Identity,
                 listener: Listener | None = None, lan: bool = True,
                 lan_ephemeral: bool = False, *, supervisor: Supervisor | None = None,
                 writer=None):
        self.db_path, self.config, self.clock = Path(db_path), config, clock
        self.identity = identity
        self.listener = listener or (lambda kind, details: None)
        self.lan_link: LanLink | None = None
        self.lan_error: str | None = None
        self.lan_ephemeral = lan_ephemeral
        self._lock = threading.Lock()
        self._heard: OrderedDict[tuple[str, str], None] = OrderedDict()  # remote messages
        self.channels = self._build_channels(lan)
        self.book = IncidentBook(clock, self._changed)
        # writer: the console's log thread (its record then has the priority lane); None
        # (the CLI): the recorder's own connection.
        self.recorder = Recorder(self.db_path, self.book, identity.workstation, self._emit,
                                 self._restored, writer=writer)
        self._own_supervisor = supervisor is None
        self.supervisor = supervisor or Supervisor(self._worker_state)
        if not self._own_supervisor:  # a shared one reports to its owner; we still tell ours
            self._chain_states()
        self.workers = {name: ChannelWorker(channel, self.book, self._note)
                        for name, channel in self.channels.items()}
        self._loop_names: list[str] = []
        self._last_test: str | None = None
        # The log's answer about the last test is in (``last_successful_test`` is the truth
        # from then on; before, "never tested" would only mean "not read yet").
        self.proof_read = False
        self._started = False

    # -- set-up ----------------------------------------------------------------------------

    def _build_channels(self, lan: bool) -> dict:
        # Each channel's module (urllib, smtplib, sockets) loads only when configured.
        channels = {}
        for name, channel in zip(channel_names(self.config), self.config.channels, strict=True):
            if channel.type == "webhook":
                from desk.alerts.webhook import WebhookChannel

                channels[name] = WebhookChannel(name, channel.options)
            elif channel.type == "email":
                from desk.alerts.email import EmailChannel

                channels[name] = EmailChannel(name, channel.options, self.config.smtp)
            elif channel.type == "desktop":
                channels[name] = DesktopChannel(name)
            elif channel.type == "lan" and lan:
                from desk.alerts.lan import LanChannel, LanLink

                try:
                    # Replay marks and this console's secret live in small private files
                    # beside the log: a replay after a restart is refused too.
                    self.lan_link = LanLink(channel.options, self.identity.workstation,
                                            self.clock, self._lan_message,
                                            ephemeral=self.lan_ephemeral,
                                            log_path=self.db_path)
                except OSError as exc:
                    self.lan_error = f"cannot open the LAN port: {exc.strerror or exc}"
                    channels[name] = _Broken(name, self.lan_error)
                    continue
                except ValueError as exc:  # a key file changed since the config was read
                    self.lan_error = f"no usable LAN key: {exc}"
                    log.warning("%s", self.lan_error)
                    channels[name] = _Broken(name, self.lan_error)
                    continue
                channels[name] = LanChannel(name, self.lan_link)
        return channels

    def _chain_states(self) -> None:
        owner = self.supervisor.on_state

        def both(state: WorkerState) -> None:
            owner(state)
            if state.name in self._loop_names:
                self._worker_state(state)

        self.supervisor.on_state = both

    def start(self) -> None:
        """Restore from the journal, start the channel workers and the log's recorder.
        Never raises because of the log: the recorder finds out on its own thread."""
        if self._started:
            return
        self._started = True
        try:
            restore_into(self.book, self.recorder.journal_records())
        except Exception:  # a damaged journal must not keep the alarm from starting
            log.exception("the alarm journal could not be read")
        if self.lan_link is not None:  # the listener is one more supervised loop
            self._loop_names.append(LAN_LISTENER)
            self.supervisor.add(LAN_LISTENER, self._listen_step, deadline_s=10.0)
        for worker in self.workers.values():
            self._loop_names.append(worker.name)
            self.supervisor.add(worker.name, worker.step, deadline_s=worker.deadline_s())
        self._loop_names.append(RECORDER)
        self.supervisor.add(RECORDER, self.recorder.step, deadline_s=30.0,
                            on_error=self.recorder.reset)
        self.supervisor.start()  # a shared one may run already: then only ours start

    def _listen_step(self) -> float:
        self.lan_link.serve_step(0.5)
        return 0.0  # straight back to listening

    def stop(self) -> None:
        if self._started and self._own_supervisor:
            self.supervisor.stop(timeout=5.0)
        elif self._started:  # a shared supervisor goes on: only our loops end
            for name in self._loop_names:
                self.supervisor.remove(name)
        if self._started and not self.recorder.settled():
            try:  # the last results, into the log or else the journal: one short try
                self.recorder.step()
            except Exception:
                log.exception("the alarm's last records could not be written")
        self.recorder.reset()
        if self.lan_link is not None:
            self.lan_link.close()

    def wake(self) -> None:
        for name in self._loop_names:
            self.supervisor.wake(name)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until the log (or the journal) has everything so far; True if the log has.

        Not started (the CLI): records on the calling thread."""
        if not self._started:
            step = self.recorder.step()
            while step == 0.0:
                step = self.recorder.step()
            return self.recorder.settled() and self.recorder.problem is None
        self.supervisor.wake(RECORDER)
        return self.recorder.wait_settled(timeout) and self.recorder.problem is None

    # -- operations ------------------------------------------------------------------------

    def raise_alarm(self, context: dict, call_id: int | None = None,
                    kind: str = "alarm") -> str:
        """In memory and on its way on every channel; returns the incident's uid at once."""
        uid = self._add_incident(context, call_id, kind)
        self.wake()
        return uid

    def _add_incident(self, context: dict, call_id: int | None, kind: str) -> str:
        now = to_iso(self.clock.now())
        branch = self.config.branch
        incident = Incident(new_uid(self.identity.workstation, now), kind, now, call_id,
                            branch["name"], branch["location"], self.identity.workstation,
                            self.identity.operator, dict(context or {}))
        message = MessageKind.TEST if kind == IncidentKind.TEST else MessageKind.ALARM
        self.book.add(incident, list(self.channels), message)
        return incident.uid

    def cancel(self, uid: str, reason: str) -> None:
        reason = (reason or "").strip()
        if not reason:
            raise ValueError("a cancellation needs a reason")
        self.book.cancel(uid, reason)
        self.wake()

    def close(self, uid: str) -> None:
        """Security has handled it (acknowledged in person, or by phone): stop retrying."""
        self.book.close(uid, f"{self.identity.operator} at {self.identity.workstation}")
        self.wake()

    def view(self, uid: str) -> IncidentView:
        return self.book.view(uid)

    def open_incident(self) -> IncidentView | None:
        """An alarm still open from before a restart (known once the journal and the log have
        been read: the ``restored`` event says when)."""
        uid = self.book.open_incident()
        return self.book.view(uid) if uid else None

    def last_successful_test(self) -> str | None:
        """The alarm's last proof: a test that reached a channel, or a real alarm that
        reached every channel (``desk.core.alarm_proof``)."""
        from desk.core.alarm_proof import newest_proof

        return newest_proof((self.book.view(uid) for uid in self.book.uids()), self._last_test)

    def worker_states(self) -> list[WorkerState]:
        return [s for s in self.supervisor.states() if s.name in self._loop_names]

    @property
    def log_problem(self) -> str | None:
        """Why the call log cannot take the alarm's record now (None: it can)."""
        return self.recorder.problem

    def preflight(self) -> list[Check]:
        """Check every channel at once, in parallel, without sending an alarm."""
        if not self.channels:
            return []
        import concurrent.futures  # only for checks and tests: off the start-up path

        with concurrent.futures.ThreadPoolExecutor(len(self.channels)) as pool:
            return list(pool.map(lambda c: c.check(), self.channels.values()))

    def run_test(self) -> tuple[str, dict[str, DeliveryView]]:
        """Send a marked TEST on every channel now, once each, in parallel; record it."""
        uid = self._add_incident({}, None, "test")  # not woken: this call sends it

        def attempt(worker: ChannelWorker) -> None:
            claim = self.book.claim(worker.channel.name, uid=uid)
            if claim is not None:
                worker.send(claim)

        if self.workers:
            import concurrent.futures

            with concurrent.futures.ThreadPoolExecutor(len(self.workers)) as pool:
                list(pool.map(attempt, self.workers.values()))
        # A running channel worker may have taken one of them first: wait for its result.
        self.book.wait_tried(uid, timeout=max((w.deadline_s() for w in self.workers.values()),
                                              default=0.0))
        self.flush()
        view = self.book.view(uid)
        return uid, {d.channel: d for d in view.deliveries}

    def acknowledge_remote(self, message: dict) -> None:
        """A person at this console acknowledged another console's alarm."""
        if self.lan_link is None:
            return
        by = f"{self.identity.operator} at {self.identity.workstation}"
        # UDP may drop a packet and an ack has no receipt: send a few (the sender keeps the
        # first; each copy has its own nonce, so none looks like a replay).
        for _ in range(ACK_COPIES):
            try:
                self.lan_link.reply(message.get("reply_to"), "ack",
                                    {"uid": message["uid"], "by": by})
            except OSError as exc:
                log.warning("could not send the acknowledgement: %s", exc)

    # -- events ----------------------------------------------------------------------------

    def _emit(self, kind: str, details: dict) -> None:
        try:
            self.listener(str(kind), details)
        except Exception:  # the listener's problem must not stop a send or the recorder
            log.exception("the alarm listener failed on %s", kind)

    def _changed(self, uid: str) -> None:
        self.recorder.changed(uid)
        if self._started:
            self.supervisor.wake(RECORDER)
        self._emit(AlarmEvent.DELIVERY, {"uid": uid})

    def _note(self, claim: Claim, note: str) -> None:
        if note == IN_APP:
            self._emit(AlarmEvent.IN_APP, {"uid": claim.uid, "channel": claim.channel})

    def _worker_state(self, state: WorkerState) -> None:
        detail = state.detail
        if state.status == WorkerStatus.RESTARTING and state.last_error:
            detail = f"{state.last_error} ({state.detail})"
        self._emit(AlarmEvent.WORKER, {"name": state.name, "state": str(state.status),
                                       "detail": detail})

    def _restored(self, records: list[dict], last_test: str | None) -> None:
        self._last_test = last_test
        self.proof_read = True
        added = restore_into(self.book, records)
        if added:
            log.info("%d incident(s) with deliveries pending picked up from the log", len(added))
        self.wake()
        self._emit(AlarmEvent.RESTORED, {"open": self.book.open_incident()})

    def _lan_message(self, packet: dict) -> None:
        kind, body = packet["type"], packet["body"]
        if kind == "ack":
            self._remote_ack(body)
            return
        if kind not in tuple(MessageKind) or body.get("unknown_alarm"):
            return  # a cancel of an alarm this console never showed: nothing to stop
        # A sender repeats a message until it is answered: the console hears it once.
        with self._lock:
            if (kind, str(body.get("uid"))) in self._heard:
                return
            self._heard[(kind, str(body.get("uid")))] = None
            while len(self._heard) > HEARD:
                self._heard.popitem(last=False)
        # remote_alarm, remote_cancel, remote_test; reply_to lets the ack go straight back
        if event := REMOTE_EVENTS.get(kind):
            self._emit(event, {**body, "reply_to": packet.get("reply_to")})

    def _remote_ack(self, body: dict) -> None:
        """Another console acknowledged one of ours (on the LAN thread: memory only; the
        recorder matches it in the log by uid, also for an incident from before a restart)."""
        uid = str(body.get("uid", ""))
        by = str(body.get("by", "another console"))[:200]
        lan = next((n for n, c in self.channels.items() if type(c).__name__ == "LanChannel"),
                   None)
        if not self.book.acknowledge(uid, by, lan):
            self.recorder.acknowledge(uid, to_iso(self.clock.now()), by, lan)
            self.supervisor.wake(RECORDER)
        self._emit(AlarmEvent.ACKNOWLEDGED, {"uid": uid, "by": by})


class _Broken:
    """A channel that cannot work (e.g. its port is taken): every attempt says why."""

    def __init__(self, name: str, error: str):
        self.name, self.error = name, error

    def send(self, message: dict) -> str:
        raise DeliveryError(self.error)

    def check(self) -> Check:
        return Check(self.name, False, self.error)


__all__ = ["AlarmService", "IncidentView", "DeliveryView", "incident_from_record"]
