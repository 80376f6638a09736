#!/usr/bin/env bash
# Does the cost grow linearly? Scans DIR, then a tree holding four copies of it, and prints the time ratio
# (target: under 4.5x). The copies are made in a temporary folder and removed afterwards.
#
#   bench/linearity.sh DIR
set -euo pipefail
if [[ $# -ne 1 ]]; then echo "usage: bench/linearity.sh DIR" >&2; exit 2; fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rs="$here/.out/readyscan/readyscan"
[[ -x "$rs" ]] || { echo "run bench/run.sh first: it publishes $rs" >&2; exit 2; }
dir="$(cd "$1" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/tree"
for i in 1 2 3 4; do cp -r "$dir" "$work/tree/copy$i"; done

median() {
  hyperfine --style none --warmup 1 --runs 5 --ignore-failure --export-json "$work/h.json" "$1" >/dev/null 2>&1
  python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/h.json"
}
one=$(median "'$rs' scan '$dir' --format json='$work/1.json' --quiet --fail-on never")
four=$(median "'$rs' scan '$work/tree' --format json='$work/4.json' --quiet --fail-on never")
python3 -c "print('one copy %ss, four copies %ss: %.2fx (target: under 4.5x)' % ('$one', '$four', $four / $one))"
