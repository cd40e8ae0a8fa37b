#!/usr/bin/env bash
# One entry point for a fresh Debian-like machine with Python 3.11+:
#   ./run.sh console   install what is missing, open the console on a demo database
#   ./run.sh tests     install what is missing, check the import layers, run the tests
#   ./run.sh bench     run the benchmarks (prints figures)
set -euo pipefail
cd "$(dirname "$0")"

QT_DEBS="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfontconfig1 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
libxcb-render-util0 libxcb-image0 fonts-noto-core"

install_debs() {
  local missing=()
  for pkg in $QT_DEBS; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing Debian packages Qt needs: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_python() {
  local extra="$1"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check ".${extra}"
}

case "${1:-}" in
  console)
    install_debs
    install_python ""
    [ -f demo.db ] || .venv/bin/desk demo-data --calls 400 --db demo.db
    exec .venv/bin/desk --db demo.db "${@:2}"
    ;;
  tests)
    QT_DEBS="$QT_DEBS postgresql"  # the sync tests start a throwaway PostgreSQL
    install_debs
    install_python "[test]"
    # The layers first (pyproject.toml [tool.importlinter]): an upward import fails here.
    PYTHONPATH="$PWD" .venv/bin/lint-imports --no-cache
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest -q "${@:2}"
    ;;
  bench)
    QT_DEBS="$QT_DEBS postgresql"  # the sync benchmarks start a throwaway PostgreSQL
    install_debs
    install_python "[test]"
    export QT_QPA_PLATFORM=offscreen
    for script in benchmarks/*.py; do
      echo "== $script"
      .venv/bin/python "$script"
    done
    ;;
  *)
    echo "usage: ./run.sh console|tests|bench" >&2
    exit 2
    ;;
esac
