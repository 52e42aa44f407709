#!/usr/bin/env bash
# Projection rebuild benchmark, one command: builds the reactor's classes, starts an engine on PostgreSQL
# (127.0.0.1:5432, trust auth, a throwaway database) with the embedded Mongo-protocol server, writes a realistic
# store of events, rebuilds every projection in several shapes and appends the figures to bench/RESULTS.md.
# Options as Java system properties, e.g.: bench/replay-benchmark.sh -Dtenants=500 -Dshapes=2000x1,2000x2 -Dbaseline=false
# "bench/replay-benchmark.sh inserts" measures the Mongo-protocol server's own insert rate instead (no engine).
set -euo pipefail
cd "$(dirname "$0")/.."
main=eu.dezky.platform.bench.ReplayBenchmark
if [[ "${1:-}" == "inserts" ]]; then
    main=eu.dezky.platform.bench.StoreInsertBenchmark
    shift
fi
mvn -B -ntp -q -pl platform-api -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CLASSPATH="platform-api/target/test-classes:platform-api/target/classes:$(cat platform-api/target/bench.classpath)"
exec java -Xmx1g -cp "$CLASSPATH" "$@" \
    -Dlogging.level.root=WARN -Dlogging.level.eu.dezky.platform.replay=INFO \
    "$main"
