"""``desk report --format pdf``: a real process draws the weekly report; its text
(``pdftotext``) holds the figures ``desk report --format json`` gives for the same period,
in English and in Hindi; ``--mail-to`` delivers it to a real SMTP receiver on loopback;
bad input is one line and exit 2."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.review import weekly_log

ROOT = Path(__file__).resolve().parents[2]
PERIOD = ["--since", "2026-11-16", "--until", "2026-11-22"]
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (Debian package poppler-utils) missing")


@pytest.fixture
def weekly_db(db, db_path):
    weekly_log.fill(db)
    return db_path


def desk(tmp_path, *args, config: Path | None = None) -> subprocess.CompletedProcess:
    """``python -m desk ARGS`` in UTC (the log's days are UTC days) with its own home."""
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TZ": "UTC", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DESK_LANG", None)
    extra = ["--config", str(config)] if config else []
    return subprocess.run([sys.executable, "-m", "desk", "report", *args, *extra], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True)
    return " ".join(done.stdout.split())


def minutes(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def pct(share) -> str:
    return f"{share * 100:.1f} %"


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "hi"])
def test_the_pdf_holds_the_figures_of_the_json_report(tmp_path, weekly_db, lang):
    shown = desk(tmp_path, "--db", str(weekly_db), "--format", "json", *PERIOD,
                 "--compare", "previous")
    assert shown.returncode == 0, shown.stderr
    values = json.loads(shown.stdout)
    out = tmp_path / f"week-{lang}.pdf"
    made = desk(tmp_path, "--db", str(weekly_db), "--format", "pdf", "--out", str(out),
                *PERIOD, "--lang", lang)
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""
    assert out.read_bytes().startswith(b"%PDF")
    assert oct(out.stat().st_mode & 0o777) == "0o600"  # it names callers' topics
    text = pdf_text(out)
    cot, rep = values["callbacks_on_time"], values["repeat_contacts"]
    compared = values["comparison"]["figures"]
    assert values["calls"] == 7 and cot["callbacks"] == 5  # the fixture's week
    for figure in (pct(values["within_target_share"]), pct(values["within_max_share"]),
                   pct(values["answered_by_ring_share"]), pct(cot["on_time_share"]),
                   pct(cot["late_told_share"]), pct(rep["repeat_contact_share"]),
                   pct(compared["within_target_share"]["previous"]),
                   f"+{compared['within_target_share']['change'] * 100:.1f}",
                   f"{cot['median_days_to_answer']:.1f}", f"{cot['p90_days_to_answer']:.1f}",
                   minutes(values["median_duration_s"]), minutes(values["p90_duration_s"]),
                   *[cause for cause, _n in values["root_causes"]["top"]]):
        assert figure in text, (figure, text)
    assert f"{values['ring_times_known']} " in text
    if lang == "en":
        assert "of 7 calls" in text and "of 4 calls with ring times" in text
        assert "webhook delivered" in text and "email failed" in text
        assert "17 Nov 09:05" in text  # the alarm, local time (UTC here)
    else:
        assert "सारांश" in text and "बदलाव" in text  # Devanagari comes out as text
        assert "Weekly report" not in text


@needs_poppler
def test_one_to_three_a4_pages_with_fonts_embedded(tmp_path, weekly_db):
    out = tmp_path / "week.pdf"
    assert desk(tmp_path, "--db", str(weekly_db), "--format", "pdf", "--out", str(out),
                *PERIOD, "--lang", "hi").returncode == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines()
                     if line.startswith("Pages:")))
    assert 1 <= pages <= 3
    assert "(A4)" in info
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert any("NotoSansDevanagari" in row for row in rows)
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # the "emb" column


def test_mail_to_delivers_the_pdf_to_a_real_smtp_receiver(tmp_path, weekly_db):
    from tests.alerts.receivers import SmtpReceiver

    receiver = SmtpReceiver()
    try:
        config = tmp_path / "branch.toml"
        config.write_text(f'[smtp]\nhost = "127.0.0.1"\nport = {receiver.port}\n'
                          f'from = "desk@branch.example"\n', encoding="utf-8")
        out = tmp_path / "week.pdf"
        done = desk(tmp_path, "--db", str(weekly_db), "--format", "pdf", "--out", str(out),
                    *PERIOD, "--mail-to", "supervisor@example.org", config=config)
        assert done.returncode == 0, done.stderr
        (message,) = receiver.wait_for(1)
    finally:
        receiver.stop()
    assert message["To"] == "supervisor@example.org"
    assert message["From"] == "desk@branch.example"
    (attachment,) = [part for part in message.walk()
                     if part.get_content_type() == "application/pdf"]
    assert attachment.get_filename() == "week.pdf"
    assert attachment.get_payload(decode=True) == out.read_bytes()


def test_mail_that_cannot_be_sent_is_one_line_and_exit_1(tmp_path, weekly_db):
    from tests.alerts.receivers import free_port

    config = tmp_path / "branch.toml"
    config.write_text(f'[smtp]\nhost = "127.0.0.1"\nport = {free_port()}\n', encoding="utf-8")
    out = tmp_path / "week.pdf"
    done = desk(tmp_path, "--db", str(weekly_db), "--format", "pdf", "--out", str(out),
                *PERIOD, "--mail-to", "supervisor@example.org", config=config)
    assert done.returncode == 1
    assert out.exists()  # the report is written; only the mail failed
    assert done.stderr.count("\n") == 1 and "not sent" in done.stderr


@pytest.mark.parametrize("args, says", [
    (["--since", "2026-13-45"], "is not a date"),
    (["--out", "{tmp}/no/such/folder/week.pdf"], "no such folder"),
    (["--by-branch"], "--by-branch needs the central database"),
    (["--branch", "Espoo"], "--branch needs the central database"),
    (["--branch", "Espoo", "--by-branch"], "exclude each other"),
    (["--mail-to", "not an address"], "is not an e-mail address"),
    (["--out", ""], "needs --out FILE"),
    (["--mail-to", "a@example.org"], "needs a mail server"),
], ids=["bad-date", "unwritable-out", "by-branch-on-sqlite", "branch-on-sqlite",
        "branch-and-by-branch", "bad-address", "no-out", "mail-without-smtp"])
def test_bad_input_is_one_line_and_exit_2(tmp_path, weekly_db, desk_cli, args, says):
    out = tmp_path / "week.pdf"
    given = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "--out" not in given:
        given += ["--out", str(out)]
    config = tmp_path / "branch.toml"  # no [smtp] host
    config.write_text('[branch]\nname = "Espoo"\n', encoding="utf-8")
    status, stdout, stderr = desk_cli("report", "--db", str(weekly_db), "--format", "pdf",
                                      "--config", str(config), *given)
    assert status == 2
    assert says in stderr and stderr.count("\n") == 1, stderr
    assert not out.exists()


def test_an_existing_symlink_at_out_is_refused(tmp_path, weekly_db, desk_cli):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    link = tmp_path / "week.pdf"
    link.symlink_to(victim)
    status, _out, stderr = desk_cli("report", "--db", str(weekly_db), "--format", "pdf",
                                    "--out", str(link), *PERIOD)
    assert status == 2 and "symbolic link" in stderr
    assert victim.read_text(encoding="utf-8") == "keep me" and link.is_symlink()


def test_the_file_is_replaced_whole(tmp_path):
    from desk.report.atomic_file import write_atomic

    target = tmp_path / "week.pdf"
    target.write_bytes(b"old")
    write_atomic(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["week.pdf"]  # no temp file left


def test_json_compare_needs_a_period(tmp_path, weekly_db, desk_cli):
    status, _out, stderr = desk_cli("report", "--db", str(weekly_db), "--format", "json",
                                    "--compare", "previous")
    assert status == 2 and "--compare previous needs --since" in stderr
