"""What the installers promise branch IT, checked in the files that cannot be run here."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_bundle_size():
    spec = importlib.util.spec_from_file_location("bundle_size",
                                                  ROOT / "packaging" / "bundle_size.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_bundle(tmp_path, size: int, content: bool = True) -> Path:
    bundle = tmp_path / "desk"
    internal = bundle / "_internal"
    (internal / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (bundle / "desk").write_bytes(b"x" * 1000)
    (internal / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").write_bytes(b"\0" * size)
    if content:
        for folder in ("content", "i18n", "icons", "fonts"):
            (internal / "desk" / "resources" / folder).mkdir(parents=True)
        (internal / "desk" / "resources" / "content" / "en.toml").write_text("x")
        (internal / "desk" / "resources" / "i18n" / "desk_fi.qm").write_text("x")
    return bundle


def test_bundle_size_passes_under_budget_and_names_the_biggest_part(tmp_path, capsys):
    size = load_bundle_size()
    assert size.main([str(fake_bundle(tmp_path, 2_000_000)), "--budget-mb", "3"]) == 0
    out = capsys.readouterr().out
    assert "2.0 MB unpacked (budget 3 MB" in out and "PySide6/Qt/lib" in out


def test_bundle_size_fails_over_budget_or_without_content(tmp_path, capsys):
    size = load_bundle_size()
    assert size.main([str(fake_bundle(tmp_path / "a", 4_000_000)), "--budget-mb", "3"]) == 1
    assert "over budget by 1.0 MB" in capsys.readouterr().err
    assert size.main([str(fake_bundle(tmp_path / "b", 10, content=False))]) == 1
    assert "missing from the bundle: etiquette content" in capsys.readouterr().err


def test_the_linux_entry_handles_tel_links_and_passes_the_link_on():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "desk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert "x-scheme-handler/tel" in section["MimeType"].split(";")
    assert section["Exec"].endswith(" %u") and section["Icon"] == "desk"
    assert (ROOT / "resources" / "icons" / "desk.svg").is_file()


def test_the_windows_installer_keeps_its_promises():
    iss = (ROOT / "packaging" / "windows" / "desk.iss").read_text(encoding="utf-8")
    for promise in ("PrivilegesRequired=admin",  # per machine
                    'DestDir: "{commonappdata}\\desk"; DestName: "branch.toml"',  # site config
                    "URLAssociations", '"tel"',  # tel: registration
                    "/VERYSILENT", "{param:CONFIG|}",  # silent install with a config
                    "config check", "SuppressibleMsgBox",  # the check is shown
                    "uninsneveruninstall"):  # uninstall keeps the config
        assert promise in iss, promise
    assert "runhidden" not in iss  # the old hidden config check is gone


# -- The Windows build: version, signing, languages (Inno Setup cannot run here) ------------

WINDOWS = ROOT / "packaging" / "windows"


def project_version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"]


def load_version_info():
    spec = importlib.util.spec_from_file_location("version_info", WINDOWS / "version_info.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_version_resource(path: Path) -> dict:
    """The version file as PyInstaller reads it (an expression of its classes), each class
    call recorded as {"class": name, "args": [...], **keywords}."""
    def recorder(name):
        return lambda *args, **kwargs: {"class": name, "args": list(args), **kwargs}

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
             "StringStruct", "VarFileInfo", "VarStruct")
    return eval(path.read_text(encoding="utf-8"),  # noqa: S307 - our own generated file
                {"__builtins__": {}}, {name: recorder(name) for name in names})


def test_the_windows_programs_carry_pyprojects_version(tmp_path):
    version = project_version()
    info = load_version_info()
    assert info.main([str(tmp_path / "version.txt")]) == 0
    resource = read_version_resource(tmp_path / "version.txt")
    numbers = tuple(int(n) for n in version.split(".")) + (0,) * (4 - version.count(".") - 1)
    assert resource["ffi"]["filevers"] == resource["ffi"]["prodvers"] == numbers
    table = resource["kids"][0]["args"][0][0]
    strings = {s["args"][0]: s["args"][1] for s in table["args"][1]}
    assert strings["ProductVersion"] == strings["FileVersion"] == version
    assert strings["ProductName"] == "Desk"
    # desk.spec hands the file to both programs when it builds on Windows.
    spec = (ROOT / "packaging" / "desk.spec").read_text(encoding="utf-8")
    assert "version_info.write(version_file)" in spec
    assert spec.count("version=version_file") == 2 and "version=None" not in spec


def test_a_version_pyproject_and_desk_disagree_on_stops_the_build(tmp_path, capsys):
    info = load_version_info()
    (tmp_path / "desk").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "desk"\nversion = "0.3.0rc1"\n')
    (tmp_path / "desk" / "__init__.py").write_text('__version__ = "0.3.0rc1"\n')
    assert info.write(tmp_path / "v.txt", root=tmp_path) == "0.3.0rc1"
    assert read_version_resource(tmp_path / "v.txt")["ffi"]["filevers"] == (0, 3, 0, 0)
    (tmp_path / "desk" / "__init__.py").write_text('__version__ = "0.2.0"\n')
    with pytest.raises(info.VersionError, match="pyproject.toml says 0.3.0rc1 but desk/"):
        info.project_version(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "desk"\ndynamic = ["version"]\n')
    with pytest.raises(info.VersionError, match="no \\[project\\] version"):
        info.project_version(tmp_path)
    assert info.main(["--print"]) == 0  # what build.ps1 reads
    assert capsys.readouterr().out.strip() == project_version()


class Preprocessed:
    """desk.iss after Inno Setup's preprocessor, for the directives desk.iss uses (#ifdef,
    #ifndef, #if A != B, #else, #endif, #define, #error, #pragma warning, {#Name}); an
    unknown directive fails the test, so it grows with the script."""

    def __init__(self, defines: dict[str, str], bundle_version: str):
        text = (WINDOWS / "desk.iss").read_text(encoding="utf-8-sig")
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.lines: list[str] = []
        names = dict(defines)
        active = [True]
        for line in text.splitlines():
            stripped = line.strip()
            if not stripped.startswith("#"):
                if all(active):
                    self.lines.append(re.sub(r"\{#(\w+)\}", lambda m: names[m.group(1)], line))
                continue
            word, _, rest = stripped[1:].partition(" ")
            rest = rest.strip()
            if word in ("ifdef", "ifndef"):
                active.append((rest in names) == (word == "ifdef"))
            elif word == "if":
                left, right = (names[side.strip()] for side in rest.split("!="))
                active.append(left != right)
            elif word == "else":
                active[-1] = not active[-1]
            elif word == "endif":
                active.pop()
            elif not all(active):
                continue
            elif word == "define":
                name, _, value = rest.partition(" ")
                names[name] = (bundle_version if value.startswith("GetStringFileInfo(")
                               else value.strip('"'))
            elif word == "error":  # the compiler stops at the first one
                self.errors.append(rest)
                break
            elif word == "pragma" and rest.startswith("warning "):
                self.warnings.append(rest[len("warning "):].strip('"'))
            else:
                raise AssertionError(f"desk.iss: directive the test does not know: {line}")
        assert self.errors or active == [True], "unbalanced #if/#endif in desk.iss"

    def section(self, name: str) -> list[str]:
        lines, inside = [], False
        for line in self.lines:
            if line.startswith("["):
                inside = line.strip() == f"[{name}]"
            elif inside and line.strip() and not line.startswith(";"):
                lines.append(line)
        return lines

    def setting(self, key: str) -> str | None:
        values = [line.split("=", 1)[1] for line in self.section("Setup")
                  if line.split("=", 1)[0] == key]
        return values[-1] if values else None


def test_the_installer_takes_its_version_from_the_build_never_a_default():
    version = project_version()
    built = Preprocessed({"AppVersion": version}, bundle_version=version)
    assert not built.errors
    assert built.setting("AppVersion") == version
    assert built.setting("OutputBaseFilename") == f"desk-setup-{version}"
    missing = Preprocessed({}, bundle_version=version)
    assert any("AppVersion is not set" in e and "build.ps1" in e for e in missing.errors)
    stale = Preprocessed({"AppVersion": version}, bundle_version="0.0.1")
    assert any("stale bundle" in e for e in stale.errors)
    # build.ps1 passes pyproject's version (through version_info.py), not one of its own.
    script = (WINDOWS / "build.ps1").read_text(encoding="utf-8")
    assert "version_info.py --print" in script and '"/DAppVersion=$version"' in script
    assert not re.search(r"\d+\.\d+\.\d+", script)


def test_the_build_signs_when_given_a_command_and_says_loudly_when_not():
    version = project_version()
    signed = Preprocessed({"AppVersion": version, "Sign": ""}, bundle_version=version)
    assert signed.setting("SignTool") == "desksign"
    assert signed.setting("SignedUninstaller") == "yes"
    programs = [line for line in signed.section("Files")
                if re.match(r'Source: "[^"*]*\\desk(-cli)?\.exe";', line)]
    assert len(programs) == 2 and all(line.endswith(" sign") for line in programs)
    assert not signed.warnings
    unsigned = Preprocessed({"AppVersion": version}, bundle_version=version)
    assert unsigned.setting("SignTool") is None
    assert not any(line.endswith(" sign") for line in unsigned.section("Files"))
    assert any("UNSIGNED" in w for w in unsigned.warnings)
    script = (WINDOWS / "build.ps1").read_text(encoding="utf-8")
    assert "$env:DESK_SIGN_CMD" in script and '"/Sdesksign=$($env:DESK_SIGN_CMD)"' in script
    assert "UNSIGNED INSTALLER" in script and "Get-AuthenticodeSignature" in script
    assert "DESK_REQUIRE_SIGNED" in script


# Desk's languages and the translation Inno Setup 6 ships for each (None: it has none).
INNO_TRANSLATIONS = {"en": "compiler:Default.isl", "fi": "compiler:Languages\\Finnish.isl",
                     "tl": None, "hi": None, "eo": None}
INNO_BUILTIN_MESSAGES = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}


def test_the_installer_speaks_each_desk_language_inno_setup_has():
    version = project_version()
    built = Preprocessed({"AppVersion": version}, bundle_version=version)
    declared = {}
    for line in built.section("Languages"):
        fields = dict(re.findall(r'(\w+): "([^"]*)"', line))
        declared[fields["Name"]] = fields["MessagesFile"]
    wanted = {path for path in INNO_TRANSLATIONS.values() if path}
    assert set(declared.values()) == wanted
    # Every message the installer and its Start-menu entry use exists in every language.
    script = "\n".join(built.lines)
    used = set(re.findall(r"\{cm:(\w+)", script)) | set(
        re.findall(r"CustomMessage\('(\w+)'\)", script))
    defined = {tuple(line.split("=", 1)[0].split(".", 1)) for line in
               built.section("CustomMessages")}
    for name in used - INNO_BUILTIN_MESSAGES:
        for language in declared:
            assert (language, name) in defined, f"{language}.{name} missing"
    assert all("{cm:DeskComment}" in line for line in built.section("Icons"))
    # Finnish text survives: Inno Setup reads a script as UTF-8 only with the byte order mark.
    assert (WINDOWS / "desk.iss").read_bytes().startswith(b"\xef\xbb\xbf")


# -- The Linux package, built from a stand-in bundle (the real one: packaging/test_deb.py) ----

needs_dpkg_deb = pytest.mark.skipif(shutil.which("dpkg-deb") is None,
                                    reason="dpkg-deb is not here (not a Debian-like system)")


def stand_in_bundle(tmp_path: Path, says: str) -> Path:
    """A folder shaped like dist/desk whose program answers --version and config init."""
    bundle = tmp_path / "desk"
    (bundle / "_internal" / "desk" / "resources" / "icons").mkdir(parents=True)
    (bundle / "_internal" / "desk" / "resources" / "icons" / "desk.svg").write_text("<svg/>")
    program = bundle / "desk"
    program.write_text(f"""#!/bin/sh
case "$1" in
  --version) printf 'desk {says}\\nQt 6\\nPython 3.11\\n' ;;
  config) printf '# template\\n[branch]\\nname = "Branch"\\n# key = "c2VjcmV0LWtleQ=="\\n' > "$3" ;;
esac
""")
    program.chmod(0o700)  # as a build under umask 077 leaves it
    (bundle / "desk-cli").symlink_to("desk")
    return bundle


def build_deb(bundle: Path, out: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(ROOT / "packaging" / "linux" / "build-deb.sh"),
                           str(bundle)], env={**os.environ, "OUT": str(out), **env},
                          capture_output=True, text=True, timeout=120)


@needs_dpkg_deb
def test_the_deb_puts_each_part_where_branch_it_looks(tmp_path):
    version = project_version()
    built = build_deb(stand_in_bundle(tmp_path, version), tmp_path / "out")
    assert built.returncode == 0, built.stderr
    debs = list((tmp_path / "out").glob("*.deb"))
    assert [d.name for d in debs] == [f"desk_{version}_{debs[0].name.split('_')[2]}"]
    deb = str(debs[0])
    listing = {line.split()[5]: line.split() for line in subprocess.run(
        ["dpkg-deb", "-c", deb], capture_output=True, text=True, check=True).stdout.splitlines()}
    assert {fields[1] for fields in listing.values()} == {"root/root"}
    assert listing["./opt/desk/desk"][0] == "-rwxr-xr-x"  # every account may run it
    assert listing["./usr/bin/desk"][-1] == "/opt/desk/desk"
    assert listing["./usr/bin/desk-cli"][-1] == "/opt/desk/desk-cli"
    assert listing["./etc/xdg/desk/branch.toml"][0] == "-rw-r-----"
    assert "./usr/share/applications/desk.desktop" in listing
    assert "./usr/share/icons/hicolor/scalable/apps/desk.svg" in listing
    info = subprocess.run(["dpkg-deb", "-I", deb, "conffiles", "control"], capture_output=True,
                          text=True, check=True).stdout
    assert info.startswith("/etc/xdg/desk/branch.toml\n") and f"Version: {version}\n" in info
    # The shipped config: the template without the key config init made up for this build.
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-x", deb, str(unpacked)], check=True)
    config = (unpacked / "etc" / "xdg" / "desk" / "branch.toml").read_text()
    assert 'name = "Branch"' in config and "c2VjcmV0LWtleQ" not in config
    assert "desk-cli lan keygen" in config and "adduser" in config
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "-e", deb, str(control)], check=True)
    for script in ("postinst", "prerm", "postrm"):
        assert os.access(control / script, os.X_OK)
        assert subprocess.run(["sh", "-n", str(control / script)]).returncode == 0


@needs_dpkg_deb
def test_a_stale_bundle_is_refused_unless_a_version_is_given(tmp_path):
    bundle = stand_in_bundle(tmp_path, "0.0.1")
    refused = build_deb(bundle, tmp_path / "out")
    assert refused.returncode == 2
    assert refused.stderr.strip() == (f"build-deb.sh: the bundle says 'desk 0.0.1', "
                                      f"pyproject.toml says {project_version()}: rebuild it "
                                      f"(packaging/build.sh)")
    assert not (tmp_path / "out").exists()
    older = build_deb(bundle, tmp_path / "out", VERSION="0.0.9")
    assert older.returncode == 0, older.stderr
    assert [p.name.split("_")[1] for p in (tmp_path / "out").glob("*.deb")] == ["0.0.9"]
    assert build_deb(bundle, tmp_path / "out", VERSION="v1").returncode == 2
