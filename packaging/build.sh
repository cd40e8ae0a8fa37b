#!/usr/bin/env bash
# Build the PyInstaller bundle (dist/desk/) and smoke-test it: --version and --self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q --disable-pip-version-check ".[bundle]"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/desk.spec
echo "built dist/desk in $(( $(date +%s) - start )) s, $(du -sh dist/desk | cut -f1)"
export QT_QPA_PLATFORM=offscreen
smoke_home=$(mktemp -d)
dist/desk/desk-cli --version
HOME="$smoke_home" dist/desk/desk-cli --self-test --db "$smoke_home/self-test.db"
echo "bundle smoke test passed"
