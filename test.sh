#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the tests need, starts the test lab (real
# Dovecot, Postfix and DNS servers on loopback) and a virtual display, runs every module's tests, and
# stops the lab again.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-test-deps.sh
testlab/start.sh
trap 'testlab/stop.sh || true' EXIT

scripts/with-display.sh mvn -B verify "$@"
