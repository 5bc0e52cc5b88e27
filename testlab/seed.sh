#!/usr/bin/env bash
# Deterministic mailbox seeder: testlab/seed.sh [--user ADDRESS] [--messages N] [--seed S] [--attachment-every N]
# Resets the user's Maildir (default bench@sample-shoji.test, 200 messages) and prints the expected
# counts per folder. Builds the testlab module (reactor compile, never install) if needed. Run as root.
set -euo pipefail
LAB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$LAB_DIR")"
CLASSES="$LAB_DIR/target/classes"
if [ ! -f "$CLASSES/dev/mailbench/testlab/seed/SeederCli.class" ] \
   || [ -n "$(find "$LAB_DIR/src/main" -newer "$CLASSES/dev/mailbench/testlab/seed/SeederCli.class" -name '*.java' 2>/dev/null | head -n1)" ]; then
  (cd "$ROOT" && mvn -B -q -pl testlab -am compile) >&2
fi
[ -f "$LAB_DIR/run/lab.properties" ] || { echo "[testlab] run testlab/start.sh first" >&2; exit 1; }
exec java -Dfile.encoding=UTF-8 -Dmailbench.testlab.dir="$LAB_DIR" -cp "$CLASSES" dev.mailbench.testlab.seed.SeederCli "$@"
