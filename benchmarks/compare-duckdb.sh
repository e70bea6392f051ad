#!/usr/bin/env bash
# Compares `cchc indicators --by agency --year 2024` with DuckDB's computation of the same
# per-agency numerators and denominators (benchmarks/duckdb/agency-indicators.mjs, DuckDB through
# its npm package @duckdb/node-api: the DuckDB CLI is not packaged by Debian, PyPI is not reachable
# here) on the 1M-row sample export. The counts must be equal before anything is timed. Then both
# run alternately RUNS times as whole processes under /usr/bin/time, each with all cores; prints
# each run, the medians (wall, user+sys CPU, max RSS) and the ratio cchc / DuckDB.
#
# usage: benchmarks/compare-duckdb.sh [RUNS] [FILE]
#   RUNS  runs of each (default 5)
#   FILE  the export (default examples/data/generated/dossiers-2024.csv, generated if absent)
# env:  CCHC_JAR (default examples/target/cchc.jar),
#       JAVA_OPTS (default: -Xmx256m and the settings of the launcher examples/cchc:
#       -XX:TieredStopAtLevel=1 -XX:+UseSerialGC),
#       CCHC_ARGS (extra arguments of cchc indicators, e.g. --no-duplicate-check),
#       BASELINE_JAR (another cchc.jar, e.g. built from main: timed in the same runs, its counts
#       checked too, and the ratio cchc / baseline printed), BASELINE_JAVA_OPTS (its JVM options,
#       default JAVA_OPTS)
# Build first: ./mvnw -B -q -pl examples -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
FILE=${2:-examples/data/generated/dossiers-2024.csv}
JAR=${CCHC_JAR:-examples/target/cchc.jar}
read -r -a JOPTS <<< "${JAVA_OPTS:--Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
read -r -a BOPTS <<< "${BASELINE_JAVA_OPTS:-${JOPTS[*]}}"
read -r -a EXTRA <<< "${CCHC_ARGS:-}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

[ -f "$JAR" ] || { echo "no $JAR: build it first" >&2; exit 2; }
if [ ! -f "$FILE" ]; then
  echo "generating the 1M-row sample export: $FILE" >&2
  java -jar "$JAR" sample-data --out "$FILE" > /dev/null
fi
if [ ! -d benchmarks/duckdb/node_modules/@duckdb/node-api ]; then
  (cd benchmarks/duckdb && npm install --no-audit --no-fund --silent)
fi

cchc() { java "${JOPTS[@]}" -jar "$JAR" indicators --dossiers "$FILE" --by agency --year 2024 "${EXTRA[@]}"; }
duck() { node benchmarks/duckdb/agency-indicators.mjs "$FILE" 2024; }
base() { java "${BOPTS[@]}" -jar "$BASELINE_JAR" indicators --dossiers "$FILE" --by agency --year 2024 "${EXTRA[@]}"; }
TOOLS="cchc duck"
if [ -n "${BASELINE_JAR:-}" ]; then
  TOOLS="cchc duck base"
  base 2> /dev/null | tail -n +2 | sed 's/,[^,]*$//' | sort > "$TMP/base.txt"
fi

# 1. the same results: group,indicator,numerator,denominator of every agency
cchc 2> "$TMP/cchc.err" | tail -n +2 | sed 's/,[^,]*$//' | sort > "$TMP/cchc.txt"
duck | sort > "$TMP/duck.txt"
if ! diff "$TMP/cchc.txt" "$TMP/duck.txt" > "$TMP/diff.txt"; then
  echo "counts differ (< cchc, > duckdb):" >&2
  head -20 "$TMP/diff.txt" >&2
  exit 1
fi
if [ -n "${BASELINE_JAR:-}" ] && ! diff -q "$TMP/cchc.txt" "$TMP/base.txt" > /dev/null; then
  echo "counts of $BASELINE_JAR differ" >&2
  exit 1
fi
echo "counts equal: $(wc -l < "$TMP/cchc.txt") of $(wc -l < "$TMP/cchc.txt") (group, indicator, numerator, denominator)"
grep -m1 "^read [0-9]" "$TMP/cchc.err" || true

# 2. timings, alternating so that both see the same load
echo "cchc: java ${JOPTS[*]}; baseline: java ${BOPTS[*]}"
echo "run tool wall_s cpu_s rss_mb"
for i in $(seq 1 "$RUNS"); do
  for tool in $TOOLS; do
    /usr/bin/time -f "%e %U %S %M" -o "$TMP/t" bash -c "$(declare -f cchc duck base); $(declare -p JOPTS BOPTS EXTRA JAR FILE); BASELINE_JAR='${BASELINE_JAR:-}'; $tool" > /dev/null 2>&1
    read -r wall user sys rss < <(tail -n 1 "$TMP/t")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    echo "$i $tool $wall $cpu $((rss / 1024))" | tee -a "$TMP/runs"
  done
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
for col in 3 4 5; do
  for tool in $TOOLS; do
    eval "m_${tool}_$col=$(awk -v t=$tool -v c=$col '$2 == t { print $c }' "$TMP/runs" | median)"
  done
done
echo "median   cchc: ${m_cchc_3} s wall, ${m_cchc_4} s CPU, ${m_cchc_5} MB"
echo "median duckdb: ${m_duck_3} s wall, ${m_duck_4} s CPU, ${m_duck_5} MB"
if [ -n "${BASELINE_JAR:-}" ]; then
  echo "median   base: ${m_base_3} s wall, ${m_base_4} s CPU, ${m_base_5} MB"
  awk -v a="$m_cchc_3" -v b="$m_base_3" -v c="$m_cchc_4" -v d="$m_base_4" \
    'BEGIN { printf "cchc / baseline: %.2fx wall, %.2fx CPU\n", a / b, c / d }'
fi
awk -v a="$m_cchc_3" -v b="$m_duck_3" -v c="$m_cchc_4" -v d="$m_duck_4" \
  'BEGIN { printf "cchc / duckdb: %.2fx wall, %.2fx CPU (goal: at most 0.80x wall)\n", a / b, c / d }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
