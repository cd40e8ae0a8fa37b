#!/usr/bin/env bash
# Build the PyInstaller bundle (dist/desk/), check its size against the budget, and start it
# as branch IT and a softphone will (packaging/test_bundle.py: --version, --self-test, a
# branch.toml beside the program, one console per call log, desk incoming, a crash, a sealed
# LAN alarm between two of its programs, psycopg's compiled backend, the lazy modules).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q --disable-pip-version-check ".[bundle]"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level ERROR \
  --distpath dist --workpath build/pyinstaller packaging/desk.spec
echo "built dist/desk in $(( $(date +%s) - start )) s"
"$PY" packaging/bundle_size.py dist/desk
export QT_QPA_PLATFORM=offscreen
"$PY" packaging/test_bundle.py dist/desk
echo "bundle checks passed"
