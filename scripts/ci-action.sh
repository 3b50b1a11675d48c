#!/usr/bin/env bash
# The shell step of action.yml. Inputs arrive as environment variables (never
# interpolated into this script), so nothing in them can run as a command.
#   ROCKS_PATHS         org files or folders, separated by spaces or newlines
#   ROCKS_FAIL_ON       error | warning | info
#   ROCKS_MAX_WARNINGS  a whole number, or empty for no limit
#   ROCKS_BASE          a git revision to compare with, or empty
#   ROCKS_SARIF         a file to also write SARIF to, or empty
# Writes GitHub annotations to the log, the Markdown report to the job
# summary, and exits like rocks check: 0 pass, 1 findings, 2 unusable input.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$here/dist/rocks.cjs" ]; then
  echo "rocks: building the CLI from $here" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2 && node scripts/bundle.mjs >&2) || { echo "::error title=rocks::could not build rocks"; exit 2; }
fi
rocks() { node "$here/bin/rocks.js" "$@"; }

set -f # split the paths on white space, but never expand * in them
# shellcheck disable=SC2206
paths=(${ROCKS_PATHS:-team.yaml})
set +f

args=(check --fail-on "${ROCKS_FAIL_ON:-error}")
if [ -n "${ROCKS_MAX_WARNINGS:-}" ]; then args+=(--max-warnings "$ROCKS_MAX_WARNINGS"); fi
if [ -n "${ROCKS_BASE:-}" ]; then
  case "$ROCKS_BASE" in -*) echo "::error title=rocks::the base input is not a git revision"; exit 2 ;; esac
  # A pull request's checkout is shallow: fetch the base commit when it is missing.
  if ! git rev-parse --verify --quiet "${ROCKS_BASE}^{commit}" >/dev/null; then
    git fetch --no-tags --depth=1 origin "$ROCKS_BASE" >&2 || true
    if ! git rev-parse --verify --quiet "${ROCKS_BASE}^{commit}" >/dev/null && git rev-parse --verify --quiet FETCH_HEAD >/dev/null; then
      ROCKS_BASE="$(git rev-parse FETCH_HEAD)"
    fi
  fi
  args+=(--base "$ROCKS_BASE")
fi

summary="$(mktemp "${RUNNER_TEMP:-/tmp}/rocks-summary.XXXXXX")"
rocks "${args[@]}" --format markdown --output "$summary" -- "${paths[@]}"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  if [ -s "$summary" ]; then cat "$summary" >>"$GITHUB_STEP_SUMMARY"
  else echo "## rocks check could not read the org file; the step log lists the problems" >>"$GITHUB_STEP_SUMMARY"; fi
fi
rm -f "$summary"

if [ -n "${ROCKS_SARIF:-}" ]; then rocks "${args[@]}" --format sarif --output "$ROCKS_SARIF" -- "${paths[@]}"; fi

rocks "${args[@]}" --format github -- "${paths[@]}"
code=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "exit-code=$code" >>"$GITHUB_OUTPUT"; fi
exit "$code"
