#!/usr/bin/env bash
# Rebuilds the page from the pinned lockfile and fails if the result differs
# from the assets committed in internal/web/dist (the build is deterministic).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --ignore-scripts >/dev/null
node --test test/
node build.mjs
if ! git diff --quiet --exit-code -- ../internal/web/dist || [ -n "$(git ls-files --others --exclude-standard -- ../internal/web/dist)" ]; then
  echo "web/check-build.sh: internal/web/dist differs from a fresh build of web/; run 'cd web && npm ci && node build.mjs' and commit:" >&2
  git status --short -- ../internal/web/dist >&2
  exit 1
fi
echo "web/check-build.sh: committed assets match a fresh build"
