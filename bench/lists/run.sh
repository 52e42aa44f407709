#!/usr/bin/env bash
# bench/lists: the first pages of a 10,000-member tenant's member list on the embedded Mongo-protocol server.
# One command from anywhere in the checkout: bash bench/lists/run.sh — prints the table and appends it, with the date
# and commit, to bench/lists/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
# One reactor run, so projections' classpath points at command-api's freshly compiled classes (never ~/.m2).
mvn -B -ntp -q -pl projections -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
table=$(java -cp "projections/target/test-classes:projections/target/classes:$(cat projections/target/bench-classpath.txt)" \
    eu.dezky.projections.member.MemberListBench 2>/dev/null | grep "^|")
echo "$table"
{
    echo
    echo "## $(date -u +%Y-%m-%dT%H:%MZ) — commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)') — $(nproc) cores"
    echo
    echo "$table"
} >> bench/lists/RESULTS.md
