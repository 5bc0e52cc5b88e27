#!/usr/bin/env bash
# Byte-compares two handover exports (.docx or .xlsx) part by part: the same part names, and every part
# (XML and media) byte-identical, apart from the timestamps of docProps/core.xml (created/modified), which
# POI sets when the package is saved. The date the document prints as "issued" is today's: compare exports
# made on the same day (the version is fixed with --doc-version).
# Exit code 0 when identical, 1 when a part differs or is missing (the differing parts are listed).
#
# Usage: bench/export-compare.sh REFERENCE.docx NEW.docx [REFERENCE.xlsx NEW.xlsx ...]
set -euo pipefail
if (( $# < 2 || $# % 2 != 0 )); then
  echo "usage: $0 REFERENCE NEW [REFERENCE NEW ...]" >&2
  exit 2
fi
WORK="$(mktemp -d /tmp/mailbench-export-compare.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

# the timestamps POI writes into the core properties
strip_timestamps() {
  sed -E 's#(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(created|modified)>)#\1-\3#g' "$1" > "$1.tmp"
  mv "$1.tmp" "$1"
}

status=0
while (( $# > 0 )); do
  ref="$1" new="$2"
  shift 2
  rm -rf "$WORK/a" "$WORK/b"
  mkdir -p "$WORK/a" "$WORK/b"
  unzip -q "$ref" -d "$WORK/a"
  unzip -q "$new" -d "$WORK/b"
  for side in a b; do
    [[ -f "$WORK/$side/docProps/core.xml" ]] && strip_timestamps "$WORK/$side/docProps/core.xml"
  done
  (cd "$WORK/a" && find . -type f | sort) > "$WORK/parts-a"
  (cd "$WORK/b" && find . -type f | sort) > "$WORK/parts-b"
  if ! diff -q "$WORK/parts-a" "$WORK/parts-b" >/dev/null; then
    echo "DIFFERENT parts: $ref vs $new"
    diff "$WORK/parts-a" "$WORK/parts-b" | sed 's/^/  /'
    status=1
  fi
  parts=0
  differing=0
  while read -r part; do
    [[ -f "$WORK/b/$part" ]] || continue
    parts=$((parts + 1))
    if ! cmp -s "$WORK/a/$part" "$WORK/b/$part"; then
      echo "DIFFERENT ${part#./}: first at $(cmp "$WORK/a/$part" "$WORK/b/$part" 2>&1 | head -n 1 | sed 's/.* differ: //')"
      differing=$((differing + 1))
      status=1
    fi
  done < "$WORK/parts-a"
  if (( differing == 0 )); then
    echo "identical: $new ($parts parts, $(du -k "$WORK/b" | tail -n 1 | cut -f1) KB unzipped) = $ref"
  else
    echo "$differing of $parts parts differ: $new vs $ref"
  fi
done
exit $status
