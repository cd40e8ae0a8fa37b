"""Print the unpacked size of the bundle and fail (exit 1) over budget or with content missing.

    python packaging/bundle_size.py [dist/desk] [--budget-mb 150]

CI runs it after every build (``packaging/build.sh``). The size is the sum of the files'
own sizes (what an installer unpacks), in MB of 1,000,000 bytes, so that it never reads
smaller than ``du``. The biggest parts are listed, so whoever pushes the bundle over the
budget sees what did it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

BUDGET_MB = 150
MB = 1_000_000
# What must be inside for a branch with no Python and no internet: etiquette content in
# every language, the interface translations, and the icon set and fonts folders.
REQUIRED = {
    "etiquette content": "desk/resources/content/en.toml",
    "interface translations": "desk/resources/i18n/desk_fi.qm",
    "icons": "desk/resources/icons",
    "fonts": "desk/resources/fonts",
}


def internal_root(bundle: Path) -> Path:
    """PyInstaller 6 puts everything but the programs in ``_internal``."""
    return bundle / "_internal" if (bundle / "_internal").is_dir() else bundle


def sizes(bundle: Path) -> tuple[int, Counter]:
    total, parts = 0, Counter()
    root = internal_root(bundle)
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            relative = path.relative_to(root) if path.is_relative_to(root) else \
                path.relative_to(bundle)
            key = "/".join(relative.parts[:3] if relative.parts[0] == "PySide6"
                           else relative.parts[:1])
            parts[key] += size
    return total, parts


def missing_content(bundle: Path) -> list[str]:
    root = internal_root(bundle)
    return [what for what, where in REQUIRED.items() if not (root / where).exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default="dist/desk", type=Path)
    parser.add_argument("--budget-mb", type=float, default=BUDGET_MB)
    args = parser.parse_args(argv)
    if not (args.bundle / "_internal").is_dir() and not any(args.bundle.glob("desk*")):
        print(f"bundle_size: {args.bundle} is not a built bundle", file=sys.stderr)
        return 2
    total, parts = sizes(args.bundle)
    print(f"bundle {args.bundle}: {total / MB:.1f} MB unpacked "
          f"(budget {args.budget_mb:.0f} MB, {total / MB / args.budget_mb:.0%} of it)")
    for name, size in parts.most_common(10):
        print(f"  {size / MB:6.1f} MB  {name}")
    problems = [f"missing from the bundle: {what}" for what in missing_content(args.bundle)]
    if total > args.budget_mb * MB:
        problems.append(f"over budget by {(total - args.budget_mb * MB) / MB:.1f} MB")
    for problem in problems:
        print(f"bundle_size: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
