#!/usr/bin/env bash
# Every benchmark, one command: bench/run.sh [onboarding|replay|kafka|lists|startup|all] [-Dname=value …]
# Default: all of them, one after the other; each appends its figures, with date, commit and load average, to its
# RESULTS.md. Needs what the tests need: PostgreSQL on 127.0.0.1:5432 with trust auth.
# "onboarding" builds the engine's jar and runs it in a process of its own (sandbox simulators, no added latency);
# options: -Dsequential=100 -Dwarmup=20 -Dmembers=500 -Dconcurrency=32 -DstalwartLimit=1000 -DauthentikLimit=1000
# -DocisLimit=1000 -Dimport=0 (rows of one members:import after the bulk run) -DbulkTimeout=900
# -DengineOpts="-Xmx256m" (the engine's JVM flags; none by default, as the README's java -jar).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
[[ $# -gt 0 ]] && shift

onboarding() {
    # -am, and the jar removed first: a jar packaged earlier (or by -pl alone) may hold the other modules as they were
    # installed in ~/.m2, not as they are in this checkout, and repackaging skips a jar it thinks up to date.
    rm -f platform-api/target/dezky-engine.jar
    mvn -B -ntp -q -pl platform-api -am package dependency:build-classpath -DskipTests -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/bench.classpath
    CLASSPATH="platform-api/target/test-classes:platform-api/target/classes:$(cat platform-api/target/bench.classpath)"
    java -Xmx256m -cp "$CLASSPATH" "$@" eu.dezky.platform.bench.OnboardingBenchmark
}

startup() {
    # where a cold start's time goes: Spring's own step timings, the engine on embedded defaults, the image's flags
    mvn -B -ntp -q -pl platform-api -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/bench.classpath
    CLASSPATH="platform-api/target/test-classes:platform-api/target/classes:$(cat platform-api/target/bench.classpath)"
    MALLOC_ARENA_MAX=2 java -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -cp "$CLASSPATH" "$@" \
        eu.dezky.platform.bench.StartupProfile
}

case "$what" in
    onboarding) onboarding "$@" ;;
    replay) bench/replay-benchmark.sh "$@" ;;
    kafka) bench/kafka-publisher/run.sh "$@" ;;
    lists) bash bench/lists/run.sh ;;
    startup) startup "$@" ;;
    all)
        onboarding "$@"
        bench/replay-benchmark.sh
        bench/kafka-publisher/run.sh
        bash bench/lists/run.sh
        startup
        ;;
    *) echo "usage: bench/run.sh [onboarding|replay|kafka|lists|startup|all] [-Dname=value …]" >&2; exit 2 ;;
esac
