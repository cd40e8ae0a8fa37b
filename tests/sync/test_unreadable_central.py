"""Head office's report skips a row it cannot read (pushed by an older Desk, or written
by hand) and says how many, instead of failing for every branch."""

from __future__ import annotations

import json

from desk.cli import main
from desk.sync.server import connect
from tests.sync.helpers import sync_all


def test_a_report_over_the_server_with_bad_values_skips_them_and_says_so(capsys, server_url,
                                                                          make_log):
    log = make_log("desk-1", calls=60)
    with log.conn:
        log.execute("insert into incidents (call_id, raised_at, kind) values "
                    "(1, '2026-11-20T10:00:00Z', 'alarm')")
    sync_all(log.conn.execute("pragma database_list").fetchone()[2], server_url)
    with connect(server_url) as conn:
        conn.execute("update calls set started_at = 'yesterday-ish' where id = 1")
        conn.execute("update calls set answered_at = '2026-02-30T10:00:00Z' where id = 2")
        conn.execute("update incidents set raised_at = 'soon'")
    status = main(["--db", server_url, "report", "--format", "json"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    values = json.loads(captured.out)
    assert values["unreadable_calls"] == 2 and values["unreadable_incidents"] == 1
    assert values["calls"] == 58
    status = main(["--db", server_url, "report"])
    assert status == 0 and "skipped: 2 calls and 1 alarms" in capsys.readouterr().out
