"""`pip install .` installs what is listed in pyproject's `packages`: a new folder of code
left off that list works from the checkout and is missing from every installed Desk."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_of_desk_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for init in (ROOT / "desk").rglob("__init__.py")}
    assert found - listed == set()
