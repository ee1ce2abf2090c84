#!/usr/bin/env bash
# Score a checkout's importer on held-out sets, as score.py scores the real pages.
# usage: bench/heldout/judge.sh TREE SET...   (SET: a folder with html/ and text/, e.g. bench/heldout/sets/fresh35)
# One line per set and format: valid, then title / date / author / with / without. V=1 adds score.py's MISS lines.
# TREE's src/ is imported (PYTHONPATH), so a branch's worktree is judged without installing it.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
score="$here/../shared/realpages/score.py"
tree=$(cd "$1" && pwd); shift
exe=$(mktemp); trap 'rm -f "$exe"' EXIT
printf '#!/usr/bin/env bash\nPYTHONPATH=%s/src exec python -m briefkit "$@"\n' "$tree" > "$exe"; chmod +x "$exe"
for set in "$@"; do
  for f in html text; do
    d=$(cd "$set" && pwd)/$f
    [ -f "$d/expected.json" ] || continue
    out=$(SCORE_GOAL="title=0,date=0,author=0,with=0,without=0,valid=0" python "$score" "$here" "$exe" --pages "$d" ${V:+-v} 2>&1 || true)
    [ -n "${V:-}" ] && echo "$out" | grep -E "^(MISS|CRASH|CHECK)" | sed "s#^#$(basename "$set") $f #" || true
    line=$(echo "$out" | awk '/^(title|date|author|with|without) /{printf "%s ", $3}')
    valid=$(echo "$out" | grep -o "valid briefings[^:]*: [0-9/]*" | grep -o "[0-9]*/[0-9]*" || true)
    echo "$(basename "$set") $f valid $valid  $line"
  done
done
