"""``desk callbacks`` for supervisors and scripts."""

from __future__ import annotations

import csv
import io
import json

from desk.cli import main


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_callbacks_json_csv_and_filters(capsys, tmp_path):
    db = str(tmp_path / "d.db")
    assert run(capsys, "demo-data", "--calls", "600", "--seed", "3", "--db", db)[0] == 0
    status, out, _ = run(capsys, "callbacks", "--db", db, "--format", "json")
    assert status == 0
    items = json.loads(out)
    assert items and set(items[0]) == {"id", "full_name", "phone", "email", "department",
                                       "created_at", "due_at", "answered_at", "overdue",
                                       "notices"}
    assert [i["due_at"] for i in items] == sorted(i["due_at"] for i in items)
    assert all(i["answered_at"] is None for i in items)
    overdue = json.loads(run(capsys, "callbacks", "--overdue", "--db", db, "--format",
                             "json")[1])
    assert overdue and all(i["overdue"] for i in overdue) and len(overdue) <= len(items)
    billing = json.loads(run(capsys, "callbacks", "--department", "Billing", "--db", db,
                             "--format", "json")[1])
    assert billing and {i["department"] for i in billing} == {"Billing"}
    rows = list(csv.DictReader(io.StringIO(run(capsys, "callbacks", "--db", db, "--format",
                                               "csv")[1])))
    assert len(rows) == len(items) and rows[0]["id"] == str(items[0]["id"])


def test_callbacks_bad_input(capsys, tmp_path):
    db = str(tmp_path / "d.db")
    run(capsys, "demo-data", "--calls", "50", "--db", db)
    status, _, err = run(capsys, "callbacks", "--department", "Nope", "--db", db)
    assert status == 2 and "unknown department 'Nope'" in err
    status, _, err = run(capsys, "callbacks", "--format", "xml", "--db", db)
    assert status == 2
    status, _, err = run(capsys, "callbacks", "--db", str(tmp_path / "missing.db"))
    assert status == 2 and "no such database" in err
