"""The alarm journal: owner-only, never through a symlink, a torn line costs only itself."""

from __future__ import annotations

import os
import stat

import pytest

from desk.store.journal import Journal, JournalError, journal_path


def test_created_owner_only_next_to_the_log(tmp_path):
    journal = Journal(journal_path(tmp_path / "desk.db"))
    journal.append([{"type": "incident", "uid": "u1", "context": {"notes": "ääkköset"}}])
    assert journal.path == tmp_path / "desk.alarm-journal.jsonl"
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600
    assert journal.read() == [{"type": "incident", "uid": "u1",
                               "context": {"notes": "ääkköset"}}]


def test_a_torn_last_line_is_skipped_and_the_rest_kept(tmp_path):
    journal = Journal(tmp_path / "j.jsonl")
    journal.append([{"uid": "u1"}, {"uid": "u2"}])
    with open(journal.path, "ab") as handle:
        handle.write(b'{"uid": "u3", "kin')  # power cut mid-write
    assert [r["uid"] for r in journal.read()] == ["u1", "u2"]


def test_a_symlink_in_its_place_is_refused(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("not yours", encoding="utf-8")
    path = tmp_path / "desk.alarm-journal.jsonl"
    os.symlink(target, path)
    with pytest.raises(JournalError):
        Journal(path).append([{"uid": "u1"}])
    assert target.read_text(encoding="utf-8") == "not yours"


def test_a_widened_journal_is_made_owner_only_again(tmp_path):
    journal = Journal(tmp_path / "j.jsonl")
    journal.append([{"uid": "u1"}])
    journal.path.chmod(0o644)
    journal.append([{"uid": "u2"}])
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600


def test_cleared_only_when_nothing_was_added_meanwhile(tmp_path):
    journal = Journal(tmp_path / "j.jsonl")
    journal.append([{"uid": "u1"}])
    size = journal.size()
    journal.append([{"uid": "u2"}])  # another process appended after the merge read it
    assert not journal.clear(expected_size=size) and journal.path.exists()
    assert journal.clear(expected_size=journal.size()) and not journal.path.exists()


@pytest.mark.logs_errors  # a refused file is logged as an error on purpose
def test_a_journal_others_may_write_is_neither_read_nor_appended_to(tmp_path):
    journal = Journal(tmp_path / "j.jsonl")
    journal.append([{"uid": "u1"}])
    journal.path.chmod(0o666)  # anyone could have added a line
    assert journal.read() == [] and journal.size() == 0
    assert "other accounts may write to it (mode 0666)" in str(journal.refused)
    with pytest.raises(JournalError, match="refused"):
        journal.append([{"uid": "u2"}])
    assert journal.path.read_bytes().count(b"\n") == 1


@pytest.mark.logs_errors  # a refused file is logged as an error on purpose
def test_a_link_or_a_fifo_in_its_place_is_refused_when_read(tmp_path):
    real = Journal(tmp_path / "real.jsonl")
    real.append([{"type": "incident", "uid": "u1"}])
    linked = Journal(tmp_path / "desk.alarm-journal.jsonl")
    os.symlink(real.path, linked.path)
    assert linked.read() == [] and "symbolic link" in str(linked.refused)
    fifo = Journal(tmp_path / "fifo.alarm-journal.jsonl")
    os.mkfifo(fifo.path)
    assert fifo.read() == [] and "not a regular file" in str(fifo.refused)  # and no hang
