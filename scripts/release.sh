#!/bin/sh
# Release build: what a consultant installs, without Maven and (for the app image) without a JDK.
#
#   scripts/release.sh [--skip-build]
#
# makes, under target/release/:
#   mailbench-<version>.zip        dist/ (jar, lib, plugins) with both launchers: runs on any OS with Java 17
#   mailbench-<version>-linux-x64/ a self-contained application image (jpackage) with a jlinked runtime holding
#                                  only the modules MailBench needs; bin/mailbench starts it on a machine with no JDK
#   mailbench-<version>-linux-x64.tar.gz  the same image, packed
#
# The image's runtime carries a class-data archive of the JDK's classes (jlink --generate-cds-archive), so the
# first start is as quick as later ones. Windows and macOS images are built on those systems (README.md,
# "Release build"); they are not built or tested here.
set -eu
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"

if [ "${1:-}" != "--skip-build" ]; then
  mvn -B -q package -DskipTests
fi
[ -f dist/mailbench.jar ] || { echo "dist/mailbench.jar is missing: build first (mvn -B package -DskipTests)" >&2; exit 2; }

VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
OUT=target/release
rm -rf "$OUT"
mkdir -p "$OUT"

# --- portable archive: dist/ without the class-data archives a run leaves behind ---
STAGE=$OUT/stage/mailbench-$VERSION
mkdir -p "$STAGE"
cp -R dist/mailbench.jar dist/lib dist/plugins dist/mailbench dist/mailbench.cmd "$STAGE/"
cp README.md "$STAGE/"
find "$STAGE" -name '*.jsa' -delete
chmod 755 "$STAGE/mailbench"
(cd "$OUT/stage" && rm -f "../mailbench-$VERSION.zip" && jar --create --no-manifest --file "../mailbench-$VERSION.zip" "mailbench-$VERSION")
# jar does not keep the executable bit; unzip users run "sh mailbench" or chmod it (README says so)

# --- the modules MailBench needs: what jdeps finds in the code, and what is only reached by name at run time ---
#   jdk.crypto.ec       TLS with ECDHE and EC certificates (every mail server today)
#   jdk.charsets        ISO-2022-JP and Shift_JIS mail and files
#   jdk.localedata      Japanese dates, numbers and names in the UI and documents
#   jdk.unsupported     libraries that use sun.misc.Unsafe when it is there
#   java.security.sasl  SASL logins of Angus Mail
#   jdk.naming.dns      dnsjava's fallback for the system's DNS servers
#   jdk.zipfs jdk.accessibility   zip file systems (POI); screen readers on Windows
DETECTED=$(
  for f in dist/mailbench.jar dist/lib/*.jar dist/plugins/*.jar; do
    jdeps --multi-release 17 --ignore-missing-deps --print-module-deps -q "$f" 2>/dev/null || true
  done | tr ',' '\n' | sed '/^$/d' | sort -u | tr '\n' ','
)
MODULES="${DETECTED}jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.unsupported,java.security.sasl,jdk.naming.dns,jdk.zipfs,jdk.accessibility"
echo "modules: $MODULES"

RUNTIME=$OUT/stage/runtime
jlink --add-modules "$MODULES" --output "$RUNTIME" --strip-debug --no-header-files --no-man-pages \
  --include-locales=ja,en --generate-cds-archive

INPUT=$OUT/stage/input
mkdir -p "$INPUT"
cp -R dist/mailbench.jar dist/lib dist/plugins "$INPUT/"
find "$INPUT" -name '*.jsa' -delete
# numeric version for jpackage (it refuses "-SNAPSHOT")
APP_VERSION=$(echo "$VERSION" | sed 's/[^0-9.].*//')
jpackage --type app-image --name mailbench --app-version "$APP_VERSION" --dest "$OUT/stage/image" \
  --input "$INPUT" --main-jar mailbench.jar --runtime-image "$RUNTIME" \
  --java-options '-XX:+UseSerialGC' --java-options '-Xms16m' \
  --description "MailBench: Xserver mail set-up workbench" --vendor "MailBench"
IMAGE=$OUT/mailbench-$VERSION-linux-x64
mv "$OUT/stage/image/mailbench" "$IMAGE"
tar -C "$OUT" -czf "$OUT/mailbench-$VERSION-linux-x64.tar.gz" "mailbench-$VERSION-linux-x64"
rm -rf "$OUT/stage"

echo "portable archive: $OUT/mailbench-$VERSION.zip ($(du -h "$OUT/mailbench-$VERSION.zip" | cut -f1))"
echo "linux image:      $IMAGE ($(du -sh "$IMAGE" | cut -f1); runtime $(du -sh "$IMAGE/lib/runtime" | cut -f1)), packed $(du -h "$OUT/mailbench-$VERSION-linux-x64.tar.gz" | cut -f1)"
