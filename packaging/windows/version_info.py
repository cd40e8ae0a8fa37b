"""Desk's version, from pyproject.toml, for the Windows build: one source, no default.

    python packaging/windows/version_info.py --print       the version (build.ps1 reads it)
    python packaging/windows/version_info.py OUT.txt       a PyInstaller version file

desk.spec writes the version file when it builds on Windows and gives it to both programs
(``version=``): Explorer's Details tab, the installer's check of the bundle (desk.iss) and
support tickets then show the version the release was built as. A pyproject.toml whose
version differs from ``desk.__version__`` (what ``desk --version`` says) stops the build.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class VersionError(ValueError):
    pass


def project_version(root: Path = ROOT) -> str:
    """``[project] version`` of pyproject.toml, checked against ``desk.__version__``."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    version = project.get("version")
    if not isinstance(version, str) or not re.match(r"\d+(\.\d+)*", version):
        raise VersionError(f"{root / 'pyproject.toml'}: no [project] version to build with")
    source = (root / "desk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', source, re.MULTILINE)
    if found is None or found.group(1) != version:
        said = found.group(1) if found else "nothing"
        raise VersionError(f"pyproject.toml says {version} but desk/__init__.py says {said}: "
                           f"make them the same before building")
    return version


def numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows keeps (0.2.0rc1 -> 0, 2, 0, 0); the text keeps the rest."""
    parts = [int(p) for p in re.match(r"\d+(?:\.\d+)*", version).group(0).split(".")][:4]
    return tuple(parts + [0] * (4 - len(parts)))  # type: ignore[return-value]


def version_file_text(version: str) -> str:
    """A version resource in PyInstaller's text form (what ``pyi-grab_version`` prints)."""
    four = numbers(version)
    strings = {
        "CompanyName": "Desk",
        "FileDescription": "Desk front-desk console",
        "FileVersion": version,
        "InternalName": "desk",
        "LegalCopyright": "The Desk authors (MIT licence)",
        "OriginalFilename": "desk.exe",
        "ProductName": "Desk",
        "ProductVersion": version,
    }
    structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated from pyproject.toml by packaging/windows/version_info.py; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={four},
    prodvers={four},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write(out: Path, root: Path = ROOT) -> str:
    version = project_version(root)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(version_file_text(version), encoding="utf-8")
    return version


def main(argv: list[str]) -> int:
    try:
        if argv == ["--print"]:
            print(project_version())
        elif len(argv) == 1:
            print(f"version resource {write(Path(argv[0]))} -> {argv[0]}")
        else:
            print("usage: version_info.py --print | OUT.txt", file=sys.stderr)
            return 2
    except VersionError as exc:
        print(f"version_info.py: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
