#!/usr/bin/env bash
# Peak memory and time of a scan with a very long checklist: generates one of LINES lines (default 1,000,000; a
# heading every 50 lines, ten kinds of item that match controls or not, each line's text its own, about 18 MB),
# scans the express sample app with it named by --checklist, and prints GNU time's maximum resident set size and
# the wall time. With --walked the checklist is instead the PRODUCTION_CHECKLIST.md of a copy of the sample app,
# found by the walker and read by the probes like any other file. The checklist (and the copy) are made in a
# temporary folder and removed afterwards; nothing is committed.
#
#   bench/big-checklist.sh [LINES] [--walked]
set -euo pipefail
lines="${1:-1000000}"
walked="${2:-}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish "$repo/src/Scanner.Cli" -c Release -o "$work/bin" -v q -nologo >&2
python3 - "$lines" "$work/BIG.md" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
items = ["- [x] HTTPS", "- [ ] CORS", "- [x] Rate limit", "- [ ] Logging", "- [x] Tests",
         "* [x] Backups", "- [ ] Alerts", "- [x] Healthcheck", "- [ ] CSP", "- [x] Docs"]
def b36(i):
    s = ""
    while True:
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[i % 36] + s
        i //= 36
        if i == 0:
            return s
with open(out, "w") as f:
    for i in range(n):
        f.write(f"## Area {i // 50}\n" if i % 50 == 0 else f"{items[i % 10]} {b36(i)}\n")
PY
echo "$lines lines, $(stat -c %s "$work/BIG.md") bytes" >&2
if [ "$walked" = "--walked" ]; then
  cp -r "$repo/fixtures/apps/express-api" "$work/app"
  mv "$work/BIG.md" "$work/app/PRODUCTION_CHECKLIST.md"
  target=("$work/app")
else
  target=("$repo/fixtures/apps/express-api" --checklist "$work/BIG.md")
fi
/usr/bin/time -f "peak %M KB, %e s wall, %U s user" "$work/bin/readyscan" scan "${target[@]}" \
  --max-file-size 100000000 --format json --output "$work/report.json" --fail-on never
