"""The command line as a script or a supervisor uses it: output, exit status, clear errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from desk import __version__
from desk.cli import main


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys):
    status, out, _ = run(capsys, "--version")
    assert status == 0 and __version__ in out


def test_demo_data_is_reproducible(capsys, tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert run(capsys, "demo-data", "--calls", "300", "--seed", "7", "--db", str(a))[0] == 0
    assert run(capsys, "--db", str(b), "demo-data", "--calls", "300", "--seed", "7")[0] == 0
    query = "select started_at, duration_s, topic, caller_number, operator from calls order by id"
    rows_a = sqlite3.connect(a).execute(query).fetchall()
    rows_b = sqlite3.connect(b).execute(query).fetchall()
    assert rows_a == rows_b and len(rows_a) == 300
    durations = sorted(r[1] for r in rows_a)
    assert durations[len(durations) // 2] < 600  # most calls within the target
    assert durations[-1] > 900  # and a tail past the maximum
    assert len({r[2] for r in rows_a}) >= 8 and len({r[4] for r in rows_a}) >= 3


def test_demo_data_uses_desk_db_environment(capsys, tmp_path, monkeypatch):
    path = tmp_path / "env.db"
    monkeypatch.setenv("DESK_DB", str(path))
    status, out, _ = run(capsys, "demo-data", "--calls", "5")
    assert status == 0 and str(path) in out


@pytest.mark.parametrize("argv", [
    ["demo-data", "--calls", "0"],
    ["demo-data", "--calls", "many"],
    ["demo-data"],
    ["no-such-command"],
    ["--no-such-option"],
])
def test_bad_usage_exits_2(capsys, tmp_path, argv):
    status, _, err = run(capsys, *argv, "--db", str(tmp_path / "x.db")) if argv[0] != \
        "--no-such-option" else run(capsys, *argv)
    assert status == 2
    assert err.strip() and "Traceback" not in err


def test_corrupt_database_is_one_line_and_exit_2(capsys, tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"garbage" * 300)
    status, _, err = run(capsys, "demo-data", "--calls", "5", "--db", str(path))
    assert status == 2
    assert err.count("\n") == 1 and "damaged" in err
    assert path.read_bytes() == b"garbage" * 300


def test_config_init_and_check(capsys, tmp_path):
    path = tmp_path / "branch.toml"
    assert run(capsys, "config", "init", str(path))[0] == 0
    status, out, _ = run(capsys, "config", "check", str(path))
    assert str(path.resolve()) in out
    assert status == 1 and "alarms go nowhere" in out  # the template configures no channel
    status, _, err = run(capsys, "config", "init", str(path))
    assert status == 2 and "already exists" in err


def test_config_check_says_an_unknown_key_in_the_branchs_language(capsys, tmp_path):
    path = tmp_path / "branch.toml"
    path.write_text('[branch]\nname = "Oulu"\nlanguage = "fi"\nnmae = "x"\n[halytys]\n',
                    encoding="utf-8")
    status, out, _ = run(capsys, "config", "check", str(path))
    assert status == 1
    assert "branch.toml, rivi 4: tuntematon avain 'branch.nmae' ohitettiin" in out
    assert "rivi 5: tuntematon osio tai avain 'halytys' ohitettiin" in out
    assert "unknown" not in out


def test_config_check_reports_file_line_and_key(capsys, tmp_path):
    path = tmp_path / "branch.toml"
    path.write_text('[norms]\ncallback_days = "three"\n', encoding="utf-8")
    status, _, err = run(capsys, "config", "check", str(path))
    assert status == 2
    assert f"{path}, line 2, key 'norms.callback_days'" in err


def test_config_check_passes_on_a_complete_config(capsys, tmp_path):
    path = tmp_path / "branch.toml"
    path.write_text('[[security.channels]]\ntype = "desktop"\n', encoding="utf-8")
    status, out, _ = run(capsys, "--config", str(path), "config", "check")
    assert status == 0 and "1 alarm channel" in out


def test_self_test_as_a_real_process(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
           "XDG_RUNTIME_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "desk", "--self-test",
                           "--db", str(tmp_path / "st.db")], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok   console" in done.stdout and "self-test passed" in done.stdout
    assert "ok   languages: fi, tl, hi, eo interface; Noto Sans Devanagari" in done.stdout


def test_self_test_names_what_failed(capsys, tmp_path):
    path = tmp_path / "branch.toml"
    path.write_text("[branch\n", encoding="utf-8")
    status, out, _ = run(capsys, "--self-test", "--config", str(path))
    assert status == 1
    assert "FAIL config" in out and "self-test failed: config" in out


def test_one_set_of_options_and_an_unknown_language_is_refused_everywhere(capsys, tmp_path):
    """--lang is checked by the console and by every subcommand, before anything opens."""
    from desk.app import main as console

    db = tmp_path / "desk.db"
    assert main(["--lang", "xx", "callbacks", "--db", str(db)]) == 2
    assert "unknown language 'xx'; available: en, fi, tl, hi, eo" in capsys.readouterr().err
    assert main(["callbacks", "--lang", "sv", "--db", str(db)]) == 2
    assert "available: en, fi, tl, hi, eo" in capsys.readouterr().err
    assert console(["--lang=xx", "--db", str(db)]) == 2
    assert "available: en, fi, tl, hi, eo" in capsys.readouterr().err
    assert console(["--db"]) == 2
    assert "--db needs a value" in capsys.readouterr().err
    assert not db.exists()  # nothing was opened or created


def test_the_console_and_subcommands_list_the_same_shared_options(capsys):
    from desk.options import OPTIONS

    assert main(["callbacks", "--help"]) == 0
    help_text = capsys.readouterr().out
    for option in OPTIONS:
        assert option.name in help_text


# -- issue 17: an unusable --db is one line and a failure, never "passed" or "unexpected" ----

@pytest.fixture
def read_only_dir(tmp_path):
    """A folder nobody can create files in: immutable for root (who ignores mode bits,
    where chattr works), mode 0555 for anyone else."""
    import os
    import shutil

    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(
                ["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("running as root without chattr +i here: no read-only folder")
    else:
        folder.chmod(0o555)
    probe = folder / "probe"
    try:
        probe.touch()
    except OSError:
        pass
    else:
        probe.unlink()
        pytest.skip("this file system lets us write into the read-only folder")
    yield folder
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], check=False)
    folder.chmod(0o755)


@pytest.mark.parametrize("argv", [["incoming", "+358401234567", "--no-start"],
                                  ["demo-data", "--calls", "3"], ["callbacks"]])
def test_a_read_only_folder_for_db_is_one_clear_line_and_exit_2(capsys, read_only_dir, argv):
    db = read_only_dir / "desk.db"
    status, _out, err = run(capsys, *argv, "--db", str(db))
    assert status == 2, err
    assert err.count("\n") == 1 and "unexpected" not in err and str(db) in err


def test_self_test_fails_on_an_unusable_db_naming_the_file(tmp_path, read_only_dir):
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
           "XDG_RUNTIME_DIR": str(tmp_path)}
    junk = tmp_path / "junk.db"
    junk.write_text("not a database\n", encoding="utf-8")
    for db in (read_only_dir / "desk.db", tmp_path / "a-file" / "desk.db", junk):
        if db.parent.name == "a-file":
            db.parent.write_text("in the way\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "desk", "--self-test", "--db", str(db)],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode in (1, 2), done.stdout
        failed = [line for line in done.stdout.splitlines() if line.startswith("FAIL")]
        assert len(failed) == 1 and failed[0].startswith(f"FAIL database: {db}"), done.stdout
        assert "self-test passed" not in done.stdout
