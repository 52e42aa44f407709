#!/usr/bin/env bash
# Installs what the test suite needs from Debian packages and does nothing when it is already there.
# - knot: the DnsVerifier tests start a real authoritative DNS server, /usr/sbin/knotd (override with KNOTD).
# - docker-compose: a test validates docker-compose.yml with `docker-compose config` (no Docker engine needed).
set -euo pipefail

KNOTD="${KNOTD:-/usr/sbin/knotd}"

missing=()
[ -x "$KNOTD" ] || missing+=(knot)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

echo "install-test-deps: installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

if [ ! -x "$KNOTD" ]; then
    echo "install-test-deps: knot installed but $KNOTD is still missing" >&2
    exit 1
fi
command -v docker-compose >/dev/null 2>&1 || { echo "install-test-deps: docker-compose still missing" >&2; exit 1; }
