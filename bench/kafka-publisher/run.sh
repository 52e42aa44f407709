#!/usr/bin/env bash
# Benchmark of the Kafka lifecycle publisher: notifications per second into a local (in-JVM, real KRaft) broker.
# Needs what the tests need: PostgreSQL on 127.0.0.1:5432 with trust auth. Usage: bench/kafka-publisher/run.sh [events] [batch size]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -pl platform-api -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
MODULE="$PWD/platform-api"
CLASSPATH="$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/bench.classpath")"
cd "$MODULE" # the engine looks for ../shared/specs above its working directory, as in the tests
exec java -Xmx2g -cp "$CLASSPATH" eu.dezky.platform.notifications.bench.PublisherBenchmark "$@"
