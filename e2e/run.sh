#!/usr/bin/env bash
# Builds sitrep, starts `sitrep demo` on a free loopback port with a
# throwaway database, runs the headless-Chromium test against it and stops
# the server. Needs Debian's chromium (apt-get install chromium) or
# CHROMIUM=/path/to/chrome, node and npm (for playwright-core).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
tmp="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "e2e/run.sh: no Chromium at $chromium (apt-get install chromium, or set CHROMIUM)" >&2
  exit 1
fi

(cd "$root" && go build -o "$tmp/sitrep" ./cmd/sitrep)
(cd "$here" && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --ignore-scripts >/dev/null; })

port="${PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
url="http://127.0.0.1:$port/"
"$tmp/sitrep" demo --addr "127.0.0.1:$port" --db "$tmp/demo.duckdb" >"$tmp/server.log" 2>&1 &
pid=$!

# The demo ingests the seed and the UCDP sample before it serves.
if ! node -e "
  const until = Date.now() + 180000;
  (async () => {
    for (;;) {
      try { const r = await fetch('${url}api/conflicts'); if (r.ok) process.exit(0); } catch {}
      if (Date.now() > until) process.exit(1);
      await new Promise((ok) => setTimeout(ok, 500));
    }
  })();"; then
  echo "e2e/run.sh: sitrep demo did not answer on $url within 180 s; its log:" >&2
  cat "$tmp/server.log" >&2
  exit 1
fi

status=0
(cd "$here" && SITREP_URL="$url" CHROMIUM="$chromium" node --test --test-concurrency=1 demo.test.mjs) || status=$?
if [ "$status" -ne 0 ]; then
  echo "e2e/run.sh: server log:" >&2
  tail -n 50 "$tmp/server.log" >&2
fi
exit "$status"
