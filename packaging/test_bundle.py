"""Start the built bundle the way branch IT and a softphone will, and check what they see.

    python packaging/test_bundle.py [dist/desk]

CI runs it after ``packaging/build.sh`` (building takes about a minute, so these checks are
not in the pytest suite). Each check prints ``ok``/``FAIL``; the exit status is 1 if any
failed. Every program's stderr is read: a line that is not one of the offscreen platform's
harmless notices is a failure.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # desk.instance_link
from desk.instance_link import console_pid  # noqa: E402

HARMLESS = ("This plugin does not support propagateSizeHints",
            "This plugin does not support raise", "This plugin does not support activateWindow")
CONFIG = ('[branch]\nname = "Bundle Branch"\n[[departments]]\nname = "Billing"\n'
          '[[security.channels]]\ntype = "desktop"\n')


class Failed(AssertionError):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise Failed(message)


def unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.strip() and not any(h in line for h in HARMLESS)]


def wait_for(predicate, what: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise Failed(f"timed out waiting for {what}")


def row(db: Path, query: str):
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute(query).fetchone()
    except sqlite3.OperationalError:
        return None


class Bundle:
    def __init__(self, folder: Path, home: Path):
        self.folder, self.home = folder, home
        suffix = ".exe" if os.name == "nt" else ""
        self.cli, self.gui = folder / f"desk-cli{suffix}", folder / f"desk{suffix}"
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
                        XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                        XDG_STATE_HOME=str(home / "state"), XDG_CONFIG_DIRS=str(home / "etc"))
        for name in ("DESK_DB", "DESK_CONFIG"):
            self.env.pop(name, None)

    def run(self, *argv: str, program: Path | None = None, env: dict | None = None,
            stderr_checked: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run([str(program or self.cli), *argv], env={**self.env, **(env or {})},
                              capture_output=True, text=True, timeout=120)
        if stderr_checked:
            check(not unexpected(done.stderr), f"{argv}: unexpected stderr {done.stderr!r}")
        return done

    def console(self, db: Path, *options: str) -> subprocess.Popen:
        return subprocess.Popen([str(self.gui), "--db", str(db), *options], env=self.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def stop(proc: subprocess.Popen, sig=signal.SIGTERM) -> str:
    if proc.poll() is None:
        proc.send_signal(sig)
    proc.wait(timeout=20)
    err = proc.stderr.read()
    proc.stderr.close()
    return err


def test_version(bundle: Bundle) -> str:
    done = bundle.run("--version")
    check(done.returncode == 0, done.stderr)
    for word in ("desk ", "Qt 6", "Python 3"):
        check(word in done.stdout, f"--version lacks {word!r}: {done.stdout!r}")
    return done.stdout.replace("\n", "; ")


def test_self_test(bundle: Bundle) -> str:
    done = bundle.run("--self-test", "--db", str(bundle.home / "self-test.db"))
    check(done.returncode == 0 and "self-test passed" in done.stdout, done.stdout + done.stderr)
    return "self-test passed"


def test_branch_config_beside_the_program(bundle: Bundle) -> str:
    beside = bundle.folder / "branch.toml"
    check(not beside.exists(), f"{beside} exists already: not touching it")
    machine = bundle.home / "etc" / "desk" / "branch.toml"  # found only after the one beside
    machine.parent.mkdir(parents=True)
    machine.write_text('[branch]\nname = "Machine-wide"\n', encoding="utf-8")
    beside.write_text(CONFIG, encoding="utf-8")
    try:
        done = bundle.run("config", "check")
        check(done.returncode == 0, done.stdout + done.stderr)
        check(f"read {beside.resolve()} (next to the program)" in done.stdout, done.stdout)
        check("branch 'Bundle Branch'" in done.stdout, done.stdout)
    finally:
        beside.unlink()
    done = bundle.run("config", "check")
    check("(machine-wide config dir)" in done.stdout, done.stdout)
    machine.unlink()
    return "config check names branch.toml next to the program, then the machine-wide one"


def test_one_console_and_the_phone(bundle: Bundle) -> str:
    db = bundle.home / "phone.db"
    first = bundle.console(db)
    try:
        wait_for(lambda: row(db, "select 1 from _sqlite_migrations where name = "
                                 "'m009_ring_times'"), "the console's log")
        done = bundle.run("incoming", "+358401234567", "--name", "Test Caller", "--db", str(db))
        check(done.returncode == 0, done.stderr)
        wait_for(lambda: row(db, "select 1 from calls where caller_number = '+358401234567' "
                                 "and caller_name = 'Test Caller'"), "the call on the console")
        second = bundle.run("--db", str(db), program=bundle.gui)
        check(second.returncode == 0 and "already running" in second.stdout,
              f"second desk: {second.returncode} {second.stdout!r}")
        check(first.poll() is None, "the first console went away")
    finally:
        err = stop(first, signal.SIGKILL)
        check(not unexpected(err), f"console stderr: {err!r}")
    check(console_pid(db) is None, "a killed console still answers")
    third = bundle.console(db)
    try:
        wait_for(lambda: console_pid(db) == third.pid, "the console started after the crash")
        done = bundle.run("--db", str(db), program=bundle.gui)
        check(done.returncode == 0 and "already running" in done.stdout, done.stdout)
        check(third.poll() is None, "the console started after the crash went away")
    finally:
        err = stop(third)
        check(not unexpected(err), f"console stderr: {err!r}")
    return "incoming starts the call; a second desk exits 0; after SIGKILL the next start works"


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def lan_config(path: Path, workstation: str, key: str, port: int, peer: int) -> Path:
    """A LAN channel that stays on this machine: loopback only, unicast to one peer."""
    path.write_text(f'[workstation]\nname = "{workstation}"\n[[security.channels]]\n'
                    f'type = "lan"\nport = {port}\ninterface = "127.0.0.1"\nttl = 0\n'
                    f'peers = ["127.0.0.1:{peer}"]\nkey = "{key}"\n', encoding="utf-8")
    return path


def test_lan_alarm_sealed_and_opened(bundle: Bundle) -> str:
    """cryptography in the bundle: `alarm test` seals a packet, the console opens it and
    answers with a sealed receipt, which `alarm test` opens ("delivered" needs all three)."""
    keygen = bundle.run("lan", "keygen")
    key = keygen.stdout.strip()
    check(keygen.returncode == 0 and len(key) == 44, f"lan keygen: {keygen.stdout!r}")
    console_port, cli_port = udp_port(), udp_port()
    console_cfg = lan_config(bundle.home / "lan-console.toml", "desk-2", key, console_port,
                             cli_port)
    cli_cfg = lan_config(bundle.home / "lan-cli.toml", "desk-1", key, cli_port, console_port)
    db = bundle.home / "lan.db"
    # The logs exist already (on a fresh one the LAN link starts before the log is made and
    # keeps its replay marks in memory, saying so on stderr).
    for log in (db, bundle.home / "lan-cli.db"):
        made = bundle.run("incoming", "+358401234567", "--no-start", "--db", str(log))
        check(made.returncode == 0, made.stdout + made.stderr)
    console = bundle.console(db, "--config", str(console_cfg))
    try:
        wait_for(lambda: console_pid(db) == console.pid, "the console with a LAN channel")
        # Its listener may start a moment after the console answers locally: a few tries.
        deadline, done, tries = time.monotonic() + 30, None, 0
        while time.monotonic() < deadline:
            tries += 1
            done = bundle.run("alarm", "test", "--config", str(cli_cfg), "--db",
                              str(bundle.home / "lan-cli.db"))
            if done.returncode == 0:
                break
        check(done.returncode == 0 and "ok   lan" in done.stdout
              and "every channel delivered the test" in done.stdout,
              f"alarm test: {done.returncode} {done.stdout!r}")
    finally:
        err = stop(console)
        check(not unexpected(err), f"console stderr: {err!r}")
    return (f"lan keygen; alarm test sealed, the console opened and answered, receipt opened "
            f"(try {tries})")


def test_psycopg_in_the_bundle(bundle: Bundle) -> str:
    """psycopg's compiled backend loads (PSYCOPG_IMPL=binary: no fallback to a libpq the
    build machine happens to have), and a server that is not there is one line, exit 2."""
    db = bundle.home / "sync.db"
    queued = bundle.run("incoming", "+358401234567", "--no-start", "--db", str(db))
    check(queued.returncode == 0, queued.stdout + queued.stderr)
    status = bundle.run("sync", "status", "--db", str(db))
    check(status.returncode == 0 and "sync: not configured" in status.stdout,
          f"sync status: {status.returncode} {status.stdout!r}")
    done = bundle.run("--db", "postgresql://127.0.0.1:1/x", "report",
                      env={"PSYCOPG_IMPL": "binary"}, stderr_checked=False)
    lines = done.stderr.strip().splitlines()
    check(done.returncode == 2 and len(lines) == 1 and "127.0.0.1:1" in lines[0]
          and "Error" not in lines[0] and not done.stdout,
          f"report on a closed port: {done.returncode} {done.stdout!r} {done.stderr!r}")
    hello = tls_hello_through_libpq(bundle)
    return (f"sync status says not configured; report on a closed port: {lines[0]!r}; "
            f"libpq began TLS through the shared OpenSSL ({hello})")


def tls_hello_through_libpq(bundle: Bundle) -> str:
    """psycopg's libpq runs on the OpenSSL Python's ssl brought (desk.spec links them): a
    loopback "server" agrees to TLS, takes libpq's ClientHello and hangs up."""
    server = socket.create_server(("127.0.0.1", 0))
    port, first = server.getsockname()[1], []

    def agree_then_hang_up() -> None:
        server.settimeout(60)
        conn, _ = server.accept()
        with conn:
            conn.recv(8)  # PostgreSQL's SSLRequest
            conn.sendall(b"S")
            first.append(conn.recv(5))  # a TLS record header: 0x16 = handshake

    thread = threading.Thread(target=agree_then_hang_up, daemon=True)
    thread.start()
    try:
        done = bundle.run("--db", f"postgresql://127.0.0.1:{port}/x?sslmode=require", "report",
                          env={"PSYCOPG_IMPL": "binary"}, stderr_checked=False)
        thread.join(60)
    finally:
        server.close()
    lines = done.stderr.strip().splitlines()
    check(first and first[0][:1] == b"\x16", f"no TLS ClientHello from libpq: {first!r}")
    check(done.returncode == 2 and len(lines) == 1 and "SSL" in lines[0],
          f"report over TLS to a server that hangs up: {done.returncode} {done.stderr!r}")
    return "ClientHello sent, the hang-up is one line, exit 2"


# Loaded only when a user gets there (Tools > Review, a sync, the first LAN packet): nothing
# above starts them all, so their presence in the program's module archive is checked.
LAZY_MODULES = ("desk.ui.review.window", "desk.ui.review.app", "desk.report.export",
                "desk.ui.report_pdf.document", "desk.ui.review.pdf_export",
                "desk.sync.push", "desk.sync.server", "psycopg", "psycopg_binary",
                "cryptography.hazmat.primitives.ciphers.aead")


def test_lazy_modules_inside(bundle: Bundle) -> str:
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "PYZ.pyz"
        archive.write_bytes(CArchiveReader(str(bundle.gui)).extract("PYZ.pyz"))
        inside = set(ZlibArchiveReader(str(archive)).toc)
    missing = [name for name in LAZY_MODULES if name not in inside]
    check(not missing, f"not in the bundle's module archive: {missing}")
    return f"{len(LAZY_MODULES)} lazily imported modules inside ({len(inside)} modules)"


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "dist/desk").resolve()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Bundle(folder, Path(tmp))
        for test in (test_version, test_self_test, test_branch_config_beside_the_program,
                     test_one_console_and_the_phone, test_lan_alarm_sealed_and_opened,
                     test_psycopg_in_the_bundle, test_lazy_modules_inside):
            try:
                detail = test(bundle)
            except Failed as exc:
                failures += 1
                print(f"FAIL {test.__name__}: {exc}")
            else:
                print(f"ok   {test.__name__}: {detail}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
