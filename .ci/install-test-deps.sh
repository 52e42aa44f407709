#!/usr/bin/env bash
# Installs what the test suite needs from Debian packages and does nothing when it is already there.
# knot: the DnsVerifier tests start a real authoritative DNS server, /usr/sbin/knotd (override with KNOTD).
set -euo pipefail

KNOTD="${KNOTD:-/usr/sbin/knotd}"

if [ -x "$KNOTD" ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

echo "install-test-deps: $KNOTD missing, installing Debian package knot" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends knot >/dev/null

if [ ! -x "$KNOTD" ]; then
    echo "install-test-deps: knot installed but $KNOTD is still missing" >&2
    exit 1
fi
