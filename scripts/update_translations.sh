#!/usr/bin/env bash
# Refresh the Qt translation sources from the UI code, then compile them:
#   resources/i18n/desk_<lang>.ts  (translators edit these, e.g. with pyside6-linguist)
#   resources/i18n/desk_<lang>.qm  (what the console loads)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
files=$(find desk/ui -name '*.py' | sort)
for lang in fi tl hi eo; do
  "$bin/pyside6-lupdate" -silent -no-obsolete -target-language "$lang" $files -ts "resources/i18n/desk_$lang.ts"
  "$bin/pyside6-lrelease" -silent "resources/i18n/desk_$lang.ts" -qm "resources/i18n/desk_$lang.qm"
done
echo "updated: $(ls resources/i18n/*.ts | tr '\n' ' ')"
