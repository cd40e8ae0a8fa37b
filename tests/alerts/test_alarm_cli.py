"""``desk alarm test`` as branch IT runs it: per-channel result, exit status, recorded test."""

from __future__ import annotations

import json
import sqlite3

from desk.cli import main
from tests.alerts.receivers import free_port


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_alarm_test_delivers_everywhere_and_is_recorded(capsys, tmp_path, webhook, smtp):
    config = tmp_path / "branch.toml"
    config.write_text(f"""
[[security.channels]]
type = "webhook"
url = "{webhook.url}"

[[security.channels]]
type = "email"
to = ["security@example.org"]
smtp_host = "127.0.0.1"
smtp_port = {smtp.port}
""", encoding="utf-8")
    db = tmp_path / "desk.db"
    status, out, _ = run(capsys, "alarm", "test", "--config", str(config), "--db", str(db))
    assert status == 0, out
    assert "ok   webhook" in out and "ok   email" in out
    assert webhook.wait_for(1)[0]["test"] is True
    assert smtp.wait_for(1)[0]["Subject"].startswith("TEST ONLY")
    rows = sqlite3.connect(db).execute(
        "select d.channel, d.status from deliveries d join incidents i on i.id = d.incident_id "
        "where i.kind = 'test' order by d.channel").fetchall()
    assert rows == [("email", "delivered"), ("webhook", "delivered")]


def test_alarm_test_names_the_channel_that_failed(capsys, tmp_path, webhook):
    config = tmp_path / "branch.toml"
    config.write_text(f"""
[[security.channels]]
type = "webhook"
url = "{webhook.url}"

[[security.channels]]
type = "webhook"
url = "http://127.0.0.1:{free_port()}/down"
timeout_s = 1
""", encoding="utf-8")
    status, out, _ = run(capsys, "alarm", "test", "--config", str(config), "--db",
                         str(tmp_path / "d.db"), "--format", "json")
    assert status == 1
    result = json.loads(out)
    by_channel = {row["channel"]: row for row in result["channels"]}
    assert by_channel["webhook"]["status"] == "delivered"
    assert by_channel["webhook:2"]["status"] == "failed"
    assert "127.0.0.1" in by_channel["webhook:2"]["error"]


def test_alarm_test_without_channels_says_alarms_go_nowhere(capsys, tmp_path):
    status, out, _ = run(capsys, "alarm", "test", "--db", str(tmp_path / "d.db"))
    assert status == 1 and "alarms go nowhere" in out


def test_alarm_test_with_a_broken_config_is_exit_2(capsys, tmp_path):
    config = tmp_path / "branch.toml"
    config.write_text('[[security.channels]]\ntype = "webhook"\nurl = "nope"\n', encoding="utf-8")
    status, _, err = run(capsys, "alarm", "test", "--config", str(config), "--db",
                         str(tmp_path / "d.db"))
    assert status == 2 and "security.channels.url" in err


def test_alarm_test_says_when_desktop_notifications_fall_back(capsys, tmp_path, monkeypatch):
    from desk.alerts.desktop import IN_APP, DesktopChannel

    # No system notifications on this desktop: the channel falls back to the window.
    monkeypatch.setattr(DesktopChannel, "send", lambda self, message: IN_APP)
    config = tmp_path / "branch.toml"
    config.write_text('[[security.channels]]\ntype = "desktop"\n', encoding="utf-8")
    status, out, _ = run(capsys, "alarm", "test", "--config", str(config), "--db",
                         str(tmp_path / "d.db"))
    assert status == 0
    assert "Alarm TEST" in out and "only the console's in-app banner" in out
    assert "every channel delivered the test" in out


def test_alarm_test_works_on_a_damaged_log_and_says_where_it_was_kept(capsys, tmp_path, webhook):
    import os

    config = tmp_path / "branch.toml"
    config.write_text(f'[[security.channels]]\ntype = "webhook"\nurl = "{webhook.url}"\n',
                      encoding="utf-8")
    db = tmp_path / "desk.db"
    db.write_bytes(os.urandom(16384))
    status, out, err = run(capsys, "alarm", "test", "--config", str(config), "--db", str(db),
                           "--format", "json")
    assert status == 0  # every channel delivered: the damaged log does not change that
    result = json.loads(out)
    assert result["recorded"] is False and result["incident_id"] is None
    assert webhook.wait_for(1)[0]["uid"] == result["uid"]
    assert "damaged" in err and "alarm journal" in err
    journal = tmp_path / "desk.alarm-journal.jsonl"
    assert result["uid"] in journal.read_text(encoding="utf-8")
