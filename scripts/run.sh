#!/usr/bin/env bash
# Starts the API (with the embedded MariaDB unless DB_URL is set) and the SPA dev server; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
API_PORT=${API_PORT:-8080}
SPA_PORT=${SPA_PORT:-5173}
mkdir -p .data
started=$(date +%s%N)

java -Dquarkus.profile=${QUARKUS_PROFILE:-local} -Dquarkus.http.port="$API_PORT" \
  -jar backend/target/quarkus-app/quarkus-run.jar > .data/api.log 2>&1 &
api=$!
(cd frontend && API_PORT=$API_PORT exec node node_modules/vite/bin/vite.js --port "$SPA_PORT" --strictPort \
  > ../.data/spa.log 2>&1) &
spa=$!
trap 'kill $api $spa 2>/dev/null; wait 2>/dev/null; echo stopped' INT TERM EXIT

echo "Starting the API (log: .data/api.log) and the SPA (log: .data/spa.log)..."
for _ in $(seq 1 180); do
  if curl -fs "http://localhost:$API_PORT/q/health/ready" > /dev/null 2>&1; then break; fi
  if ! kill -0 $api 2>/dev/null; then echo "The API stopped; see .data/api.log:"; tail -30 .data/api.log; exit 1; fi
  sleep 1
done
curl -fs "http://localhost:$API_PORT/q/health/ready" > /dev/null || { echo "API not ready after 180 s"; tail -30 .data/api.log; exit 1; }
for _ in $(seq 1 60); do curl -fs "http://localhost:$SPA_PORT/" > /dev/null 2>&1 && break; sleep 1; done
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))

cat <<TXT

  Physician licensing exam registration platform is up (started in ${elapsed} ms)

  SPA          http://localhost:$SPA_PORT/
  Swagger UI   http://localhost:$API_PORT/q/swagger-ui
  OpenAPI      http://localhost:$API_PORT/q/openapi
  Health       http://localhost:$API_PORT/q/health

  Demo accounts: national administrator admin / Admin12345; Hunan operators hunan_point / Point12345,
                 hunan_site / Site12345, hunan_area / Area12345;
                 finance (national) finance / Finance12345; candidate demo / Demo12345
  Sandbox gateway pay-by-number page: http://localhost:$API_PORT/sandbox/pay-by-number
  Data are kept in .data/ (delete it to start afresh). Press Ctrl-C to stop.

TXT
wait $api
