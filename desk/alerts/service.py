"""AlarmService: raise, cancel, acknowledge, test — Qt-free, used by the console and the CLI.

``raise_alarm`` only writes to the database (the incident first, before anything
touches the network) and wakes the workers, so it returns in a millisecond or two
whatever the receivers do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desk.alerts.channel import Check, DeliveryError
from desk.alerts.desktop import IN_APP, DesktopChannel
from desk.alerts.outbox import ChannelWorker
from desk.config import Config
from desk.core.clock import Clock, to_iso
from desk.core.incidents import channel_names, incident_uid, message_for
from desk.store import incidents as store

if TYPE_CHECKING:
    from desk.alerts.lan import LanLink

log = logging.getLogger("desk.alerts")

ACK_COPIES = 3
Listener = Callable[[str, dict], None]  # (event kind, details), called from any thread


class AlarmService:
    def __init__(self, db, db_path: Path, config: Config, clock: Clock, identity,
                 listener: Listener | None = None, lan: bool = True,
                 lan_ephemeral: bool = False):
        self.db, self.db_path, self.config, self.clock = db, db_path, config, clock
        self.identity = identity
        self.listener = listener or (lambda kind, details: None)
        self.lan_link: LanLink | None = None
        self.lan_error: str | None = None
        self.lan_ephemeral = lan_ephemeral
        self.channels = self._build_channels(lan)
        self.workers: dict[str, ChannelWorker] = {}

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
                    self.lan_link = LanLink(channel.options, self.identity.workstation,
                                            self.clock, self._lan_message,
                                            ephemeral=self.lan_ephemeral)
                except OSError as exc:
                    self.lan_error = f"cannot open the LAN port: {exc.strerror or exc}"
                    channels[name] = _Broken(name, self.lan_error)
                    continue
                channels[name] = LanChannel(name, self.lan_link)
        return channels

    def start(self) -> None:
        store.resume_interrupted(self.db)
        if self.lan_link is not None:
            self.lan_link.start()
        for name, channel in self.channels.items():
            self.workers[name] = self._worker(channel)
            self.workers[name].start()

    def _worker(self, channel) -> ChannelWorker:
        worker = ChannelWorker(self.db_path, channel, self.clock, self._changed)
        worker.on_note = lambda incident_id, note: (
            self.listener("in_app", {"incident_id": incident_id, "channel": channel.name})
            if note == IN_APP else None)
        return worker

    def stop(self) -> None:
        for worker in self.workers.values():
            worker.stop()
        for worker in self.workers.values():
            worker.join(timeout=5)
        if self.lan_link is not None:
            self.lan_link.close()

    def wake(self) -> None:
        for worker in self.workers.values():
            worker.wake()

    # -- operations ------------------------------------------------------------------------

    def raise_alarm(self, context: dict, call_id: int | None = None, kind: str = "alarm",
                    wake: bool = True) -> int:
        now = to_iso(self.clock.now())
        branch = self.config.branch
        incident = {"call_id": call_id, "raised_at": now, "kind": kind,
                    "branch": branch["name"], "location": branch["location"],
                    "workstation": self.identity.workstation,
                    "operator": self.identity.operator, "context": context}
        incident_id = store.insert_incident(self.db, incident, list(self.channels),
                                            "test" if kind == "test" else "alarm", now)
        if wake:
            self.wake()
        return incident_id

    def cancel(self, incident_id: int, reason: str) -> list[str]:
        reason = reason.strip()
        if not reason:
            raise ValueError("a cancellation needs a reason")
        got = store.cancel_incident(self.db, incident_id, to_iso(self.clock.now()), reason)
        self.wake()
        self._changed(incident_id)
        return got

    def acknowledge(self, incident_id: int, by: str, channel: str | None = None) -> None:
        store.acknowledge(self.db, incident_id, to_iso(self.clock.now()), by, channel)
        self._changed(incident_id)

    def close(self, incident_id: int) -> None:
        """Security has handled it (acknowledged in person, or by phone): stop retrying."""
        by = f"{self.identity.operator} at {self.identity.workstation} (closed at the desk)"
        store.close_incident(self.db, incident_id, to_iso(self.clock.now()), by)
        self._changed(incident_id)

    def statuses(self, incident_id: int) -> list[dict]:
        return store.deliveries(self.db, incident_id)

    def incident(self, incident_id: int) -> dict:
        return store.get_incident(self.db, incident_id)

    def open_incident(self) -> dict | None:
        return store.open_incident(self.db)

    def last_successful_test(self) -> str | None:
        return store.last_successful_test(self.db)

    def preflight(self) -> list[Check]:
        """Check every channel at once, in parallel, without sending an alarm."""
        if not self.channels:
            return []
        import concurrent.futures

        with concurrent.futures.ThreadPoolExecutor(len(self.channels)) as pool:
            return list(pool.map(lambda c: c.check(), self.channels.values()))

    def run_test(self) -> tuple[int, dict[str, dict]]:
        """Send a marked TEST on every channel now; returns the incident and the results."""
        incident_id = self.raise_alarm({}, kind="test", wake=False)
        workers = {name: self._worker(channel) for name, channel in self.channels.items()}

        def attempt(worker: ChannelWorker) -> None:
            from desk.store.db import open_db

            db = open_db(self.db_path)
            try:
                worker.send_due(db)
            finally:
                db.conn.close()

        if workers:
            import concurrent.futures

            with concurrent.futures.ThreadPoolExecutor(len(workers)) as pool:
                list(pool.map(attempt, workers.values()))
        results = {row["channel"]: row for row in store.deliveries(self.db, incident_id)}
        return incident_id, results

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

    def _changed(self, incident_id: int) -> None:
        self.listener("delivery", {"incident_id": incident_id})

    def _lan_message(self, packet: dict) -> None:
        kind, body = packet["type"], packet["body"]
        if kind == "ack":
            self._remote_ack(body)
            return
        # remote_alarm, remote_cancel, remote_test; reply_to lets the ack go straight back
        self.listener(f"remote_{kind}", {**body, "reply_to": packet.get("reply_to")})

    def _remote_ack(self, body: dict) -> None:
        """Another console acknowledged one of ours: record it (from the LAN thread)."""
        from desk.store.db import open_db

        db = open_db(self.db_path)
        try:
            for row in db.query("select * from incidents where workstation = ? "
                                "order by id desc limit 50", [self.identity.workstation]):
                if incident_uid(row) == body.get("uid"):
                    lan = next((n for n, c in self.channels.items()
                                if type(c).__name__ == "LanChannel"), None)
                    store.acknowledge(db, row["id"], to_iso(self.clock.now()),
                                      str(body.get("by", "another console"))[:200], lan)
                    self.listener("acknowledged", {"incident_id": row["id"],
                                                   "by": body.get("by")})
                    return
        finally:
            db.conn.close()


class _Broken:
    """A channel that cannot work (e.g. its port is taken): every attempt says why."""

    def __init__(self, name: str, error: str):
        self.name, self.error = name, error

    def send(self, message: dict) -> str:
        raise DeliveryError(self.error)

    def check(self) -> Check:
        return Check(self.name, False, self.error)


__all__ = ["AlarmService", "message_for"]
