#!/usr/bin/env bash
# Refresh the Qt translations after UI strings changed:
#   1. pyside6-lupdate collects every tr() string into resources/i18n/desk_<lang>.ts
#   2. scripts/translate_ts.py fills them from resources/i18n/translations/<lang>.json and
#      lists what is still untranslated (--todo writes translations/<lang>.todo.json to fill in)
#   3. scripts/build_qm.py compiles desk_<lang>.qm, which the console loads
# Add the new translations to translations/<lang>.json and run this again.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
# The console (desk/ui), the words for codes (desk/core/vocab.py) and the command line's
# own sentences (desk/commands, looked up in translations/<lang>.json by desk.commands.words).
files=$( (find desk/ui desk/commands -name '*.py'; echo desk/core/vocab.py; echo desk/config/checker.py) | sort)
for lang in fi tl hi eo; do
  "$bin/pyside6-lupdate" -silent -no-obsolete -target-language "$lang" $files -ts "resources/i18n/desk_$lang.ts"
done
status=0
"$bin/python" scripts/translate_ts.py "$@" || status=$?
"$bin/python" scripts/build_qm.py
exit $status
