#!/usr/bin/env bash
# Builds MailBench when the sources changed since the last build, then starts the workbench on the given
# project file, or on the bundled sample project when none is given.
set -euo pipefail
cd "$(dirname "$0")"

needs_build() {
  [ ! -f dist/mailbench.jar ] && return 0
  [ ! -x dist/mailbench ] && return 0
  [ -n "$(find pom.xml plugin-api plugin-kit host plugins templates -newer dist/mailbench.jar -type f \
        -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}

if needs_build; then
  echo "MailBench をビルドしています… / Building MailBench…"
  mvn -B -q -DskipTests package
fi

if [ $# -eq 0 ]; then
  set -- samples/sample-shoji.mailbench.json
fi
exec dist/mailbench "$@"
