#!/usr/bin/env bash
# Regenerates the expected outputs of the differential test corpus with CPython 3.11, and
# those of test/programs/specialize/ with CPython 3.12: they print dis(f, adaptive=True),
# whose specialized instruction names and quickening are 3.12's (gilvm mirrors its specializer).
#
#   scripts/gen-expected.sh                 every test/programs/**/*.py
#   scripts/gen-expected.sh PATH...         only these .py files and/or folders
#
# For each program it runs `python3 <name>.py` with the program's folder as cwd (so that
# tracebacks say `File "<name>.py"`) and writes next to it:
#   <name>.out     stdout, byte for byte
#   <name>.status  the exit status (one line), only when it is not 0
#   <name>.err     the last non-empty line of stderr, only when the exit status is not 0
#                  (an empty file when stderr was empty, e.g. after sys.exit(3))
# Stale .status/.err files of programs that now exit with 0 are removed.
#
# Each program is run a second time with a different PYTHONHASHSEED; if stdout or the
# status differs the program is not deterministic and the script fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROGRAMS="$ROOT/test/programs"
PY="${PYTHON:-python3}"
PY312="${PYTHON312:-$HOME/.pyenv/versions/3.12.1/bin/python3}"
TIMEOUT="${GEN_TIMEOUT:-30}"

check_version() {
  local py="$1" want="$2" var="$3" version
  version="$("$py" --version 2>&1 || true)"
  if [[ ! "$version" =~ ^Python\ ${want//./\\.}\.[0-9]+$ ]]; then
    echo "gen-expected: need CPython $want.x as '$py', found: '$version'" >&2
    echo "gen-expected: set $var=/path/to/python$want (e.g. from 'pyenv versions')" >&2
    exit 2
  fi
}
check_version "$PY" 3.11 PYTHON
version="$("$PY" --version 2>&1)"

# Collect the programs.
files=()
if [[ $# -eq 0 ]]; then
  set -- "$PROGRAMS"
fi
for arg in "$@"; do
  if [[ -d "$arg" ]]; then
    while IFS= read -r f; do files+=("$f"); done < <(find "$arg" -name '*.py' -type f | LC_ALL=C sort)
  elif [[ -f "$arg" && "$arg" == *.py ]]; then
    files+=("$arg")
  else
    echo "gen-expected: not a .py file or folder: $arg" >&2
    exit 2
  fi
done
if [[ ${#files[@]} -eq 0 ]]; then
  echo "gen-expected: no programs found" >&2
  exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Runs one program; stdout -> $3, stderr -> $4, echoes the exit status.
run_one() {
  local dir="$1" name="$2" out="$3" err="$4" seed="$5" py="$6" status=0
  (
    cd "$dir"
    env PYTHONHASHSEED="$seed" PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
      timeout "$TIMEOUT" "$py" "$name" >"$out" 2>"$err" </dev/null
  ) || status=$?
  echo "$status"
}

echo "gen-expected: $version, ${#files[@]} programs"
failures=0
nonzero=0
for f in "${files[@]}"; do
  dir="$(cd "$(dirname "$f")" && pwd)"
  name="$(basename "$f")"
  base="$dir/${name%.py}"
  rel="${base#"$ROOT"/}.py"

  py="$PY"
  if [[ "$rel" == test/programs/specialize/* ]]; then
    check_version "$PY312" 3.12 PYTHON312
    py="$PY312"
  fi
  status="$(run_one "$dir" "$name" "$tmp/out1" "$tmp/err1" 1 "$py")"
  status2="$(run_one "$dir" "$name" "$tmp/out2" "$tmp/err2" 4242 "$py")"
  if [[ "$status" == 124 ]]; then
    echo "TIMEOUT  $rel (over ${TIMEOUT}s)" >&2
    failures=$((failures + 1))
    continue
  fi
  if [[ "$status" != "$status2" ]] || ! cmp -s "$tmp/out1" "$tmp/out2"; then
    echo "NONDETERMINISTIC  $rel (status $status vs $status2)" >&2
    diff "$tmp/out1" "$tmp/out2" | head -5 >&2 || true
    failures=$((failures + 1))
    continue
  fi

  cp "$tmp/out1" "$base.out"
  if [[ "$status" == 0 ]]; then
    rm -f "$base.status" "$base.err"
    if [[ -s "$tmp/err1" ]]; then
      echo "note     $rel exits 0 but wrote to stderr (not compared)"
    fi
  else
    nonzero=$((nonzero + 1))
    echo "$status" >"$base.status"
    # Last non-empty line of stderr (empty file if there is none).
    last="$(grep -v '^[[:space:]]*$' "$tmp/err1" | tail -n 1 || true)"
    if [[ -n "$last" ]]; then
      printf '%s\n' "$last" >"$base.err"
    else
      : >"$base.err"
    fi
    echo "status $status  $rel: ${last:-<no stderr>}"
  fi
done

echo "gen-expected: wrote ${#files[@]} .out files ($nonzero with a nonzero status), $failures failures"
if [[ $failures -ne 0 ]]; then
  exit 1
fi
