#!/usr/bin/env bash
# Regenerates the expected `gilvm dis` listings of test/cli/fixtures/dis/*.py with
# CPython 3.12's `python -m dis` (gilvm's code generator emits CPython 3.12 bytecode).
#
#   scripts/gen-dis-fixtures.sh
#
# For each <name>.py it runs `python -m dis <name>.py` with the fixture folder as cwd (so
# that listings say `file "<name>.py"`) and writes <name>.dis next to it, with every code
# object's address (`at 0x7f...`) replaced by `at 0xADDR`; test/cli/cli.test.ts compares
# gilvm's listing of each function with it, addresses normalised the same way.
#
# CPython 3.12 is found through pyenv (PYENV_VERSION=3.12.1 python) unless PYTHON names
# an interpreter. The fixture programs must not print anything: `gilvm dis` runs the
# script before disassembling it, and `python -m dis` does not.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/test/cli/fixtures/dis"

if [[ -n "${PYTHON:-}" ]]; then
  py=("$PYTHON")
else
  py=(env "PYENV_VERSION=${PYENV_VERSION:-3.12.1}" python)
fi

version="$("${py[@]}" --version 2>&1 || true)"
if [[ ! "$version" =~ ^Python\ 3\.12\.[0-9]+$ ]]; then
  echo "gen-dis-fixtures: need CPython 3.12.x, found: '$version'" >&2
  echo "gen-dis-fixtures: set PYTHON=/path/to/python3.12 or PYENV_VERSION" >&2
  exit 2
fi

shopt -s nullglob
files=("$DIR"/*.py)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "gen-dis-fixtures: no programs in $DIR" >&2
  exit 2
fi

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT

for f in "${files[@]}"; do
  name="$(basename "$f")"
  (cd "$DIR" && PYTHONDONTWRITEBYTECODE=1 "${py[@]}" -m dis "$name") >"$tmp"
  sed -E 's/ at 0x[0-9a-fA-F]+/ at 0xADDR/g' "$tmp" >"${f%.py}.dis"
  echo "gen-dis-fixtures: $version -> ${f#"$ROOT"/}"
done
