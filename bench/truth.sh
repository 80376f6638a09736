#!/usr/bin/env bash
# Truth on real repositories: how often ReadyScan's checklist verdicts agree with hand labels on the dev corpus
# (twelve public repositories with their own readiness checklists, in ../shared/devcorpus next to this checkout).
#
#   bench/truth.sh [--items] [NAME-FILTER]
#
# --items lists every labelled line judged wrong or left without a verdict, with the label's evidence and the
# scan's reason. The corpus is a measurement, not a test: CI does not run it. Where ../shared/devcorpus is
# absent (a clone without the shared folder) this says so and exits 0.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
corpus="$(dirname "$repo")/shared/devcorpus"
if [[ ! -x "$corpus/run.sh" ]]; then
  echo "skipped: no dev corpus at $corpus (it lives in the shared folder beside the checkout, not in the repository)" >&2
  exit 0
fi

cd "$repo"
exec "$corpus/run.sh" "$@"
