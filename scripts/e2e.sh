#!/usr/bin/env bash
# Browser tests: a fresh API on its own embedded database, the built SPA on vite preview, Playwright in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
API_PORT=${E2E_API_PORT:-18080}
SPA_PORT=${E2E_SPA_PORT:-14173}
work=$(mktemp -d /tmp/examreg-e2e-XXXX)

DATA_DIR="$work" java -Dquarkus.profile=local -Dquarkus.http.port="$API_PORT" \
  -jar backend/target/quarkus-app/quarkus-run.jar > "$work/api.log" 2>&1 &
api=$!
cleanup() { kill $api ${spa:-} 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

(cd frontend && npm run gen:api >/dev/null && npx vite build --logLevel warn)
(cd frontend && API_PORT=$API_PORT exec node node_modules/vite/bin/vite.js preview --port "$SPA_PORT" --strictPort \
  > "$work/spa.log" 2>&1) &
spa=$!

for _ in $(seq 1 180); do
  curl -fs "http://localhost:$API_PORT/q/health/ready" > /dev/null 2>&1 && break
  kill -0 $api 2>/dev/null || { echo "API failed to start:"; tail -40 "$work/api.log"; exit 1; }
  sleep 1
done
for _ in $(seq 1 30); do curl -fs "http://localhost:$SPA_PORT/" > /dev/null 2>&1 && break; sleep 1; done
# the preview must be ours: with --strictPort it exits when another server holds the port
kill -0 $spa 2>/dev/null || { echo "The SPA preview did not start:"; cat "$work/spa.log"; exit 1; }

cd frontend && API_PORT=$API_PORT SPA_URL="http://localhost:$SPA_PORT" node e2e/run.mjs
