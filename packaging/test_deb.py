"""Install, upgrade, remove and purge the Debian package of the built bundle, for real.

    python packaging/test_deb.py [dist/desk]        (as root, on a Debian-like system)

CI runs it after ``packaging/build.sh``. It builds ``desk_<version>_<arch>.deb`` of the bundle
with ``packaging/linux/build-deb.sh`` and a second one of the same bundle numbered 0.0.9,
installs the old one with ``dpkg -i``, puts a branch's config (a changed value) and a call
log in place, upgrades, starts ``desk`` from the PATH, checks owners and modes and who can
read the config (two throwaway accounts, one in group ``desk``), removes the package (config
and log stay) and purges it (the config goes, the log stays with a message). Each step
prints ``ok``/``FAIL``; the first failure ends the run (the steps build on each other) with
exit status 1. Whatever happens, the machine is left as found: the package purged, its
folders, the test accounts and, when this run created it, the group ``desk`` deleted.

Not root, or no dpkg: it says why and exits 0, or 1 when ``DESK_REQUIRE_DEB=1`` (CI).
"""

from __future__ import annotations

import grp
import hashlib
import os
import pwd
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_DEB = ROOT / "packaging" / "linux" / "build-deb.sh"
OLD_VERSION = "0.0.9"
CONFIG = Path("/etc/xdg/desk/branch.toml")
SHARED = Path("/var/lib/desk")
LOG = SHARED / "desk.db"
PROGRAM = Path("/opt/desk")
# What the package puts on the machine; none of it may be there before the test.
FOOTPRINT = (PROGRAM, CONFIG.parent, SHARED, Path("/usr/bin/desk"), Path("/usr/bin/desk-cli"),
             Path("/usr/share/applications/desk.desktop"),
             Path("/usr/share/icons/hicolor/scalable/apps/desk.svg"))
BRANCH = "Espoo test branch"
CALLS = 12
HARMLESS = ("This plugin does not support propagateSizeHints",
            "This plugin does not support raise", "This plugin does not support activateWindow")


class Failed(AssertionError):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise Failed(message)


def project_version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"]


def run(argv: list[str], env: dict | None = None, timeout: float = 600,
        user: str | None = None) -> subprocess.CompletedProcess:
    if user is not None:  # the same command as another account, with its own home
        argv = ["runuser", "-u", user, "--", "env", *[f"{k}={v}" for k, v in env.items()],
                *argv]
        env = None
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def dpkg(*args: str) -> subprocess.CompletedProcess:
    """``dpkg`` as an admin types it (no --force); waits while another dpkg/apt holds the
    lock (this machine is shared), fails on anything else."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    deadline = time.monotonic() + 300
    while True:
        done = run(["dpkg", *args], env=env)
        if done.returncode == 0 or "lock" not in done.stderr or time.monotonic() > deadline:
            return done
        time.sleep(2)


def dpkg_ok(*args: str) -> subprocess.CompletedProcess:
    done = dpkg(*args)
    check(done.returncode == 0,
          f"dpkg {' '.join(args)} exited {done.returncode}: {done.stderr.strip()[-600:]}")
    return done


def package_status() -> str:
    done = run(["dpkg-query", "-W", "-f=${Status} ${Version}", "desk"])
    return done.stdout.strip() if done.returncode == 0 else "not known"


def owner_mode(path: Path) -> str:
    st = path.lstat()
    return (f"{pwd.getpwuid(st.st_uid).pw_name}:{grp.getgrgid(st.st_gid).gr_name} "
            f"{stat.S_IMODE(st.st_mode):04o}")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def calls_in(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM calls").fetchone()[0]


def unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.strip() and not any(h in line for h in HARMLESS)]


class Run:
    """One run's state: the two packages, the accounts made, what to undo."""

    def __init__(self, bundle: Path, tmp: Path):
        self.bundle, self.tmp = bundle, tmp
        self.version = project_version()
        self.group_existed = _group_exists("desk")
        self.accounts: list[str] = []
        self.new_deb = self.old_deb = Path()
        self.config_digest = ""

    def env(self, home: Path) -> dict:
        """A user's environment: their own home, the system's config dirs (/etc/xdg)."""
        home.mkdir(parents=True, exist_ok=True)
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
               "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
               "XDG_RUNTIME_DIR": str(home / "run"), "LANG": "C.UTF-8"}
        (home / "run").mkdir(mode=0o700, exist_ok=True)
        return env

    def account(self, name: str, in_group: bool) -> tuple[str, dict]:
        check(run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                   *(["--groups", "desk"] if in_group else []), name]).returncode == 0,
              f"could not create the test account {name}")
        self.accounts.append(name)
        home = self.tmp / name
        env = self.env(home)
        info = pwd.getpwnam(name)
        for path in (home, *home.iterdir()):
            os.chown(path, info.pw_uid, info.pw_gid)
        return name, env

    def clean_up(self) -> list[str]:
        """Leave the machine as it was; say what could not be undone."""
        left = []
        if package_status() != "not known":
            done = dpkg("--purge", "desk")
            if done.returncode != 0:
                left.append(f"dpkg --purge desk: {done.stderr.strip()[-300:]}")
        for path in FOOTPRINT:  # none was there before the run
            if path.is_symlink() or path.is_file():
                path.unlink()
            elif path.is_dir():
                shutil.rmtree(path)
        for name in self.accounts:
            if run(["userdel", name]).returncode != 0:
                left.append(f"account {name}")
        if (not self.group_existed and _group_exists("desk")
                and run(["groupdel", "desk"]).returncode != 0):
            left.append("group desk")
        left += [str(path) for path in FOOTPRINT if path.exists() or path.is_symlink()]
        return left


def _group_exists(name: str) -> bool:
    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


# -- the steps, in order ------------------------------------------------------------------

def step_build_both(r: Run) -> str:
    out = r.tmp / "debs"
    new = run(["bash", str(BUILD_DEB), str(r.bundle)], env=dict(os.environ, OUT=str(out)),
              timeout=1200)
    check(new.returncode == 0, f"build-deb.sh failed: {new.stderr.strip()}")
    # The older one only needs to install: gzip is quicker than xz on a busy CI machine.
    old = run(["bash", str(BUILD_DEB), str(r.bundle)], timeout=1200,
              env=dict(os.environ, OUT=str(out), VERSION=OLD_VERSION, DEB_COMPRESSION="gzip"))
    check(old.returncode == 0, f"build-deb.sh VERSION={OLD_VERSION} failed: {old.stderr}")
    arch = run(["dpkg", "--print-architecture"]).stdout.strip()
    r.new_deb = out / f"desk_{r.version}_{arch}.deb"
    r.old_deb = out / f"desk_{OLD_VERSION}_{arch}.deb"
    check(r.new_deb.is_file() and r.old_deb.is_file(),
          f"expected {r.new_deb.name} and {r.old_deb.name} in {out}: {os.listdir(out)}")
    field = run(["dpkg-deb", "-f", str(r.new_deb), "Version"]).stdout.strip()
    check(field == r.version, f"{r.new_deb.name} says Version: {field}")
    conffiles = run(["dpkg-deb", "-I", str(r.new_deb), "conffiles"]).stdout.split()
    check(conffiles == [str(CONFIG)], f"conffiles: {conffiles}")
    listing = run(["dpkg-deb", "-c", str(r.new_deb)]).stdout.splitlines()
    owners = {line.split()[1] for line in listing}
    check(owners == {"root/root"}, f"owners in the package: {owners}")
    config_line = next(line for line in listing if line.endswith("./etc/xdg/desk/branch.toml"))
    check(config_line.startswith("-rw-r----- "), f"the packaged config: {config_line}")
    return (f"{r.new_deb.name} ({r.new_deb.stat().st_size / 2**20:.0f} MB) and "
            f"{r.old_deb.name}; all files root/root, the config 0640 and a conffile")


def step_install_old(r: Run) -> str:
    dpkg_ok("--install", str(r.old_deb))
    status = package_status()
    check(status == f"install ok installed {OLD_VERSION}", f"after dpkg -i: {status}")
    check(_group_exists("desk"), "postinst did not create the group desk")
    check(owner_mode(CONFIG) == "root:desk 0640", f"{CONFIG} is {owner_mode(CONFIG)}")
    check(owner_mode(SHARED) == "root:desk 2770", f"{SHARED} is {owner_mode(SHARED)}")
    check(os.path.realpath("/usr/bin/desk") == str(PROGRAM / "desk"),
          f"/usr/bin/desk -> {os.path.realpath('/usr/bin/desk')}")
    # The maintainer script again, as dpkg-reconfigure or an interrupted run would: no change.
    again = run(["/var/lib/dpkg/info/desk.postinst", "configure", OLD_VERSION])
    check(again.returncode == 0, f"postinst configure a second time: {again.stderr}")
    check(owner_mode(CONFIG) == "root:desk 0640" and owner_mode(SHARED) == "root:desk 2770",
          "postinst run twice changed owners or modes")
    return f"{status}; {CONFIG} root:desk 0640, {SHARED} root:desk 2770; postinst re-run: same"


def step_branch_data_in_place(r: Run) -> str:
    text = CONFIG.read_text(encoding="utf-8")
    changed, count = re.subn(r'(?m)^name = "Branch"$', f'name = "{BRANCH}"', text)
    check(count == 1, "the packaged config has no [branch] name line to change")
    with CONFIG.open("r+", encoding="utf-8") as handle:  # same file: owner and mode stay
        handle.write(changed)
        handle.truncate()
    r.config_digest = digest(CONFIG)
    filled = run(["/usr/bin/desk-cli", "demo-data", "--db", str(LOG), "--calls", str(CALLS)],
                 env=r.env(r.tmp / "root"))
    check(filled.returncode == 0, f"desk-cli demo-data: {filled.stderr.strip()}")
    check(calls_in(LOG) == CALLS, f"{LOG} holds {calls_in(LOG)} calls")
    return f"{CONFIG} names '{BRANCH}'; {LOG} holds {CALLS} calls (written by desk-cli)"


def step_upgrade(r: Run) -> str:
    dpkg_ok("--install", str(r.new_deb))
    status = package_status()
    check(status == f"install ok installed {r.version}", f"after the upgrade: {status}")
    check(digest(CONFIG) == r.config_digest, f"the upgrade changed {CONFIG}")
    leftovers = sorted(p.name for p in CONFIG.parent.iterdir() if p != CONFIG)
    check(not leftovers, f"beside the config after the upgrade: {leftovers}")
    check(owner_mode(CONFIG) == "root:desk 0640", f"{CONFIG} is {owner_mode(CONFIG)}")
    check(owner_mode(SHARED) == "root:desk 2770", f"{SHARED} is {owner_mode(SHARED)}")
    check(calls_in(LOG) == CALLS, f"{LOG} holds {calls_in(LOG)} calls after the upgrade")
    return f"{OLD_VERSION} -> {r.version}: the changed config and the {CALLS} calls kept"


def step_desk_from_the_path(r: Run) -> str:
    env = r.env(r.tmp / "root")
    check(shutil.which("desk", path=env["PATH"]) == "/usr/bin/desk", "desk is not on the PATH")
    version = run(["desk", "--version"], env=env, timeout=120)
    check(version.returncode == 0 and version.stdout.startswith(f"desk {r.version}\n"),
          f"desk --version: {version.returncode} {version.stdout!r} {version.stderr!r}")
    selftest = run(["desk", "--self-test"], env=env, timeout=180)
    check(selftest.returncode == 0 and not unexpected(selftest.stderr),
          f"desk --self-test exited {selftest.returncode}: {selftest.stdout} {selftest.stderr}")
    checked = run(["desk-cli", "config", "check"], env=env, timeout=120)
    check(f"read {CONFIG} (machine-wide config dir)" in checked.stdout
          and f"branch '{BRANCH}'" in checked.stdout,
          f"desk-cli config check: {checked.stdout} {checked.stderr}")
    return f"{version.stdout.splitlines()[0]}; --self-test passed; reads {CONFIG}"


def step_who_reads_the_config(r: Run) -> str:
    tag = os.getpid()
    member, member_env = r.account(f"desk-in-{tag}", in_group=True)
    other, other_env = r.account(f"desk-out-{tag}", in_group=False)
    ok = run(["desk-cli", "config", "check"], env=member_env, user=member, timeout=120)
    check(ok.returncode in (0, 1) and f"branch '{BRANCH}'" in ok.stdout,
          f"a member of group desk: {ok.returncode} {ok.stdout} {ok.stderr}")
    refused = run(["desk-cli", "config", "check"], env=other_env, user=other, timeout=120)
    lines = refused.stderr.strip().splitlines()
    check(refused.returncode == 2 and len(lines) == 1 and str(CONFIG) in lines[0]
          and ("may not read" in lines[0] or "cannot read" in lines[0]),
          f"an account outside group desk: {refused.returncode} {refused.stderr!r}")
    return f"a member of desk reads it; another account gets: {lines[0]}"


def step_remove(r: Run) -> str:
    dpkg_ok("--remove", "desk")
    status = package_status()
    check(status.startswith("deinstall ok config-files"), f"after dpkg -r: {status}")
    check(not PROGRAM.exists() and not os.path.lexists("/usr/bin/desk"),
          "dpkg -r left the program")
    check(CONFIG.is_file() and digest(CONFIG) == r.config_digest, "dpkg -r touched the config")
    check(owner_mode(CONFIG) == "root:desk 0640", f"{CONFIG} is {owner_mode(CONFIG)}")
    check(calls_in(LOG) == CALLS, f"{LOG} holds {calls_in(LOG)} calls after dpkg -r")
    return f"{status}; program gone, config and log kept"


def step_purge(r: Run) -> str:
    done = dpkg_ok("--purge", "desk")
    status = package_status()
    check(status == "not known" or status.startswith("unknown ok not-installed"),
          f"after dpkg -P: {status}")
    check(not CONFIG.parent.exists(), f"dpkg -P left {CONFIG.parent}")
    check(calls_in(LOG) == CALLS, f"dpkg -P touched {LOG}")
    said = [line for line in (done.stdout + done.stderr).splitlines() if str(SHARED) in line]
    check(said, f"dpkg -P said nothing about the kept {SHARED}: {done.stdout} {done.stderr}")
    return f"config gone; {LOG} kept; '{said[0].strip()}'"


STEPS = (step_build_both, step_install_old, step_branch_data_in_place, step_upgrade,
         step_desk_from_the_path, step_who_reads_the_config, step_remove, step_purge)


def why_not() -> str | None:
    if not shutil.which("dpkg") or not shutil.which("dpkg-deb"):
        return "no dpkg/dpkg-deb here (not a Debian-like system)"
    if os.geteuid() != 0:
        return "not root (it installs the package with dpkg)"
    return None


def main(argv: list[str]) -> int:
    reason = why_not()
    if reason:
        required = os.environ.get("DESK_REQUIRE_DEB") == "1"
        print(f"{'FAIL' if required else 'skip'} test_deb: {reason}")
        return 1 if required else 0
    bundle = Path(argv[0] if argv else ROOT / "dist" / "desk").resolve()
    found = [str(p) for p in FOOTPRINT if p.exists() or p.is_symlink()]
    if package_status() != "not known" or found:
        print(f"FAIL test_deb: refusing to run: the package desk ({package_status()}) or its "
              f"files are already here {found}; this test installs and purges it for real")
        return 1
    failed = False
    with tempfile.TemporaryDirectory(prefix="desk-deb-test.") as tmp:
        os.chmod(tmp, 0o755)  # the test accounts reach their homes inside
        r = Run(bundle, Path(tmp))
        try:
            for step in STEPS:
                started = time.monotonic()
                try:
                    detail = step(r)
                except Failed as exc:
                    print(f"FAIL {step.__name__}: {exc}", flush=True)
                    failed = True
                    break
                print(f"ok   {step.__name__} ({time.monotonic() - started:.0f} s): {detail}",
                      flush=True)
        finally:
            left = r.clean_up()
    if left:
        print(f"FAIL clean-up: left on the machine: {left}")
    else:
        print("ok   clean-up: the machine is as it was")
    return 1 if failed or left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
