#!/usr/bin/env bash
# Entry of the pre-commit hooks (.pre-commit-hooks.yaml, language: script).
# pre-commit runs it from the hook repository's clone in its cache; the first
# run builds rocks there (npm ci + bundle), later runs reuse the build.
# Needs Node 20 or newer on PATH. Arguments go to rocks check unchanged.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$here/dist/rocks.cjs" ]; then
  echo "rocks: building the CLI in $here (first run only)" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2 && node scripts/bundle.mjs >&2) || { echo "rocks: could not build the CLI" >&2; exit 2; }
fi
exec node "$here/bin/rocks.js" check "$@"
