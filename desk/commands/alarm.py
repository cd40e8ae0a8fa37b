"""``desk alarm test``: prove that the alarm still reaches security, channel by channel."""

from __future__ import annotations

import json

import click

from desk.commands.env import EXIT_PROBLEM, common_options


def register(cli: click.Group) -> None:
    @cli.group("alarm")
    def alarm_group() -> None:
        """Security alarm channels."""

    @alarm_group.command("test")
    @click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                  show_default=True)
    @common_options
    def test(env, fmt: str) -> None:
        """Send a clearly marked TEST through every configured channel and record the result.

        Exit status 0 when every channel delivered, 1 when any failed (or none is configured).
        """
        from desk.alerts.service import AlarmService
        from desk.core.calls import Identity
        from desk.core.states import AlarmEvent, DeliveryState

        cfg = env.config()
        identity = Identity(cfg.operator, cfg.workstation_name, cfg.branch["name"])
        # A console running here holds the LAN port: the test sends from a port of its own,
        # and receipts come straight back to it.
        in_app: set[str] = set()  # desktop channels that had no system notifications

        def listen(kind: str, details: dict) -> None:
            if kind == AlarmEvent.IN_APP:
                in_app.add(details["channel"])

        service = AlarmService(env.db_path, cfg, env.clock(), identity, listen,
                               lan_ephemeral=True)
        try:
            if service.lan_link is not None:
                service.lan_link.start()
            uid, results = service.run_test()
            view = service.view(uid)
            not_recorded = service.log_problem
        finally:
            service.stop()
        rows = [{"channel": name, "status": str(d.state), "attempts": d.attempts,
                 "error": d.last_error, "delivered_at": d.delivered_at,
                 "note": "no system notifications here: only the console's in-app banner"
                 if name in in_app else None}
                for name, d in results.items()]
        if fmt == "json":
            click.echo(json.dumps({"uid": uid, "incident_id": view.incident_id,
                                   "recorded": view.recorded, "channels": rows}, indent=2))
        elif not rows:
            click.echo("no alarm channel configured: alarms go nowhere")
        else:
            click.echo(f"Alarm TEST ({uid}), one attempt per channel:")
            for row in rows:
                mark = "ok  " if row["status"] == DeliveryState.DELIVERED else "FAIL"
                detail = (row["delivered_at"] if row["status"] == DeliveryState.DELIVERED
                          else row["error"])
                click.echo(f"{mark} {row['channel']:<12} {detail}"
                           + (f" ({row['note']})" if row["note"] else ""))
            failed = sum(r["status"] != DeliveryState.DELIVERED for r in rows)
            click.echo(f"{failed} of {len(rows)} channel(s) FAILED: alarms will not arrive there"
                       if failed else "every channel delivered the test")
        if not view.recorded:
            click.echo(f"note: the call log did not take the test ({not_recorded}); it is kept "
                       "in the alarm journal next to it", err=True)
        if not rows or any(r["status"] != DeliveryState.DELIVERED for r in rows):
            raise SystemExit(EXIT_PROBLEM)
