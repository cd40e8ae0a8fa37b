"""Callback SQL: what is stored reads back exactly; listing by due date; search; drafts."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.store import callbacks as store
from desk.store import drafts

ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
NASTY = st.sampled_from([
    "'; drop table callbacks; --", 'Robert"); delete from callbacks; --', "=HYPERLINK(\"x\")",
    "a,b\r\n\"c\"", "100% _off_ \\ back", "שלום עולם", "مرحبا بالعالم", "नमस्ते दुनिया",
    "你好，世界", "Ελληνικά", "😀👍🏽👩‍👩‍👧", "\u202eevil\u202c", "\x00nul", "z" * 10_240,
])
VALUE = st.one_of(ANY_TEXT, NASTY)
FAST = settings(max_examples=30, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def values(n: int = 0, **extra) -> dict:
    base = {"call_id": None, "full_name": f"Caller {n}", "question": "Q", "phone": None,
            "email": None, "department": "Billing", "preferred_channel": "phone", "tried": "",
            "created_at": "2026-11-23T09:00:00Z", "due_at": f"2026-11-{10 + n % 20:02d}T21:59:59Z",
            "operator": "Aino", "workstation": "desk-1"}
    return {**base, **extra}


@FAST
@given(name=VALUE, question=VALUE, phone=VALUE, email=VALUE, department=VALUE, tried=VALUE)
def test_anything_stored_reads_back_the_same(db, name, question, phone, email, department,
                                             tried):
    row = values(full_name=name, question=question, phone=phone, email=email,
                 department=department, tried=tried)
    callback_id = store.create(db, row, None, row["created_at"])
    got = store.get(db, callback_id)
    for key in ("full_name", "question", "phone", "email", "department", "tried"):
        assert got[key] == row[key]
    assert callback_id in store.listing_ids(db, search=name[:50]) or not name.strip()


@FAST
@given(data=st.dictionaries(st.sampled_from(["full_name", "question", "phone", "email",
                                             "department", "tried"]), VALUE))
def test_a_draft_reads_back_the_same(db, data):
    drafts.save(db, "callback", 7, data, "2026-11-23T09:00:00Z")
    assert drafts.load(db, "callback") == (7, data)
    drafts.clear(db, "callback")
    assert drafts.load(db, "callback") is None


def test_open_callbacks_by_due_date_answered_last(db):
    ids = [store.create(db, values(n), None, "2026-11-23T09:00:00Z") for n in (5, 1, 9, 3)]
    store.mark_answered(db, ids[1], "2026-11-23T10:00:00Z", "Aino", "phone")
    open_ids = store.listing_ids(db)
    assert open_ids == [ids[3], ids[0], ids[2]]
    assert store.listing_ids(db, open_only=False) == [*open_ids, ids[1]]
    assert [r["id"] for r in store.rows_by_ids(db, open_ids)] == open_ids
    assert [r["id"] for r in store.listing(db)] == open_ids


def test_search_takes_wildcards_literally(db):
    plain = store.create(db, values(1, question="refund of 100 euros"), None, "x")
    percent = store.create(db, values(2, question="a 100% refund"), None, "x")
    under = store.create(db, values(3, full_name="snake_case"), None, "x")
    assert store.listing_ids(db, search="100%") == [percent]
    assert store.listing_ids(db, search="100") == [plain, percent]
    assert store.listing_ids(db, search="e_c") == [under]
    assert store.listing_ids(db, search="'; drop table callbacks; --") == []


def test_listing_uses_the_due_date_index(db):
    plan = " ".join(str(r) for r in db.execute(
        "explain query plan select c.id from callbacks c where c.answered_at is null "
        "order by c.due_at, c.id").fetchall())
    assert "USING" in plan and "INDEX" in plan and "TEMP B-TREE FOR ORDER BY" not in plan


def test_delay_notice_keeps_old_date_and_move_requeues(db):
    callback_id = store.create(db, values(1), "billing@example.org", "2026-11-23T09:00:00Z")
    store.add_notice(db, callback_id, "2026-11-24T09:00:00Z", "phone", "2026-12-04T21:59:59Z",
                     "", "Aino")
    store.move(db, callback_id, "Technical", "2026-11-24T09:05:00Z", "Aino", "t@example.org")
    got = store.get(db, callback_id)
    assert got["due_at"] == "2026-12-04T21:59:59Z" and got["department"] == "Technical"
    assert got["notices"][0]["old_due_at"] == "2026-11-11T21:59:59Z"
    forwards = db.execute("select to_addr, status from callback_forwards order by id").fetchall()
    assert forwards == [("billing@example.org", "queued"), ("t@example.org", "queued")]
