"""``desk callbacks``: whatever names were stored (all scripts, RTL, emoji, 10 kB, SQL and CSV
metacharacters) come out of JSON exactly, and CSV keeps every row and column."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.cli import main
from desk.store import callbacks as store
from desk.store.db import open_db

NAMES = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80),
    st.sampled_from(["'; drop table callbacks; --", "=cmd|'/c calc'!A1", 'a,"b"\nc',
                     "שלום", "مرحبا", "नमस्ते", "😀👍🏽", "q" * 10_240, "\u202eevil"]))


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(NAMES, min_size=1, max_size=4))
def test_names_come_out_as_stored(capsys, db_path, names):
    db = open_db(db_path)
    try:
        for table in ("callback_events", "callbacks"):
            db.execute(f"delete from {table}")
        for n, name in enumerate(names):
            store.create(db, {"full_name": name, "question": "Q", "phone": "+358401234567",
                              "email": None, "department": "Billing",
                              "created_at": "2026-11-23T09:00:00Z",
                              "due_at": f"2026-11-2{n}T21:59:59Z", "operator": "Aino"},
                         None, "2026-11-23T09:00:00Z")
        db.conn.commit()
    finally:
        db.conn.close()
    assert main(["callbacks", "--db", str(db_path), "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["full_name"] for i in items] == names
    assert main(["callbacks", "--db", str(db_path), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == len(names)
    for row, name in zip(rows, names, strict=True):
        assert row["full_name"] in (name, "'" + name)  # formulas are defused, nothing else
