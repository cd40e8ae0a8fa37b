"""A console with [sync] pushes its calls to head office by itself and says how it stands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk import config as config_mod
from tests.helpers import saved_log
from tests.sync.helpers import central_counts


def test_a_call_taken_at_the_console_reaches_head_office(make_console, qtbot, tmp_path,
                                                         server_url):
    path = tmp_path / "branch.toml"
    path.write_text(f'[sync]\nurl = "{server_url}"\ninterval_s = 1\n', encoding="utf-8")
    window = make_console(config=config_mod.load(path))
    label = window.findChild(QLabel, "syncStatus")
    assert label is not None and label.accessibleName() == "Head office sync"

    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    dialog = window.call_panel.end_dialog
    dialog.topic.setText("Opening hours")
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)  # the end of a call wakes the push
    saved_log(window)
    qtbot.waitUntil(lambda: central_counts(server_url)["calls"] == 1, timeout=15000)
    window.sync.refresh()
    qtbot.waitUntil(lambda: "0 waiting" in label.text() and "never" not in label.text(),
                    timeout=15000)


def test_without_sync_the_console_shows_no_sync_line(make_console):
    window = make_console()
    assert window.findChild(QLabel, "syncStatus") is None


def test_a_push_head_office_refuses_is_shown_calmly(make_console, make_log, qtbot, tmp_path,
                                                    server_url, monkeypatch):
    import psycopg

    from desk.sync.branches import add_branch
    from desk.sync.server import connect
    from tests.sync.test_branches import as_role

    suffix = server_url.rsplit("/", 1)[1]
    with connect(server_url) as owner:
        add_branch(owner, "Espoo", f"espoo_{suffix}", "e-secret")
        add_branch(owner, "Vantaa", f"vantaa_{suffix}", "v-secret")
    log = make_log("desk-1", calls=5)
    with psycopg.connect(as_role(server_url, f"vantaa_{suffix}"), password="v-secret",
                         autocommit=True) as vantaa:  # Vantaa registered this log id first
        vantaa.execute("insert into logs (log_id, branch) values ('log-desk-1', 'Vantaa')")
    path = tmp_path / "branch.toml"
    path.write_text(f'[branch]\nname = "Espoo"\n[sync]\nurl = "'
                    f'{as_role(server_url, f"espoo_{suffix}")}"\ninterval_s = 1\n',
                    encoding="utf-8")
    monkeypatch.setenv("DESK_SYNC_PASSWORD", "e-secret")
    window = make_console(config=config_mod.load(path),
                          path=log.conn.execute("pragma database_list").fetchone()[2])
    label = window.findChild(QLabel, "syncStatus")

    def shown() -> bool:
        window.sync.refresh()
        return "refused: this log belongs to another branch" in label.text()

    qtbot.waitUntil(shown, timeout=15000)
    assert "retrying" not in label.text()
    assert label.toolTip().startswith("head office refused this log")
    from tests.sync.pgserver import PASSWORD

    monkeypatch.setenv("DESK_SYNC_PASSWORD", PASSWORD)  # the owner counts
    assert central_counts(server_url)["calls"] == 0
