#!/usr/bin/env bash
# Start-up time of MailBench (process start -> first painted main window, all plugins loaded) against a
# bare FlatLaf "hello" JFrame, both under the same X display in the same run. Prints the ratio LAST.
#
#   bench/startup.sh            # 5 runs each (RUNS=n to change), DISPLAY or a private Xvfb
#   CDS=1 bench/startup.sh      # both programs with their own AppCDS archive (made by a first run)
#
# Both programs print "STARTUP_PAINTED <ms since JVM start>" after their first paint and exit.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${RUNS:-5}"
DIST="$ROOT/dist"
WORK="$(mktemp -d)"
XVFB_PID=""
cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ ! -f "$DIST/mailbench.jar" ]; then
    echo "building dist/ ..." >&2
    (cd "$ROOT" && mvn -B -q package -DskipTests) >&2
fi

if [ -z "${DISPLAY:-}" ]; then
    # A private display; 99 + PID keeps parallel runs apart.
    NUM=$(( 200 + $$ % 500 ))
    Xvfb ":$NUM" -screen 0 1600x1000x24 >/dev/null 2>&1 &
    XVFB_PID=$!
    export DISPLAY=":$NUM"
    sleep 1
fi

javac -proc:none -d "$WORK/bare" -cp "$DIST/lib/*" "$ROOT/bench/BareFlatLafHello.java"
# A jar, like mailbench (class data sharing refuses directories on the class path).
jar cf "$WORK/bare.jar" -C "$WORK/bare" .

# Same JVM settings for both; a fresh config dir so no recent files or recovery prompts interfere.
JAVA_OPTS=(-Dfile.encoding=UTF-8 -Dawt.useSystemAAFontSettings=on -Dswing.aatext=true)

measure() { # $1 = label, rest = command; prints the milliseconds
    local out
    "${@:2}" >"$WORK/$1.out" 2>"$WORK/$1.err" || true
    out="$(grep -m1 '^STARTUP_PAINTED' "$WORK/$1.out" || true)"
    if [ -z "$out" ]; then
        echo "no STARTUP_PAINTED from $1:" >&2
        cat "$WORK/$1.err" >&2
        exit 1
    fi
    echo "${out#STARTUP_PAINTED }"
}

MB_OPTS=()
BARE_OPTS=()
if [ "${CDS:-0}" = "1" ]; then
    # Class data sharing: a first run of each program records the classes it loads, later runs map them.
    java "${JAVA_OPTS[@]}" -XX:ArchiveClassesAtExit="$WORK/mailbench.jsa" -Dmailbench.config.dir="$WORK/config" \
        -Dmailbench.startupProbe=true -jar "$DIST/mailbench.jar" >/dev/null 2>&1 || true
    java "${JAVA_OPTS[@]}" -XX:ArchiveClassesAtExit="$WORK/bare.jsa" -cp "$WORK/bare.jar:$DIST/lib/*" BareFlatLafHello \
        >/dev/null 2>&1 || true
    MB_OPTS=(-XX:SharedArchiveFile="$WORK/mailbench.jsa")
    BARE_OPTS=(-XX:SharedArchiveFile="$WORK/bare.jsa")
fi

mb=()
bare=()
launch=()
# One warm-up each (file-system cache), then interleaved runs so both see the same machine load.
measure mailbench java "${JAVA_OPTS[@]}" "${MB_OPTS[@]}" -Dmailbench.config.dir="$WORK/config" -Dmailbench.startupProbe=true \
    -jar "$DIST/mailbench.jar" >/dev/null
measure bare java "${JAVA_OPTS[@]}" "${BARE_OPTS[@]}" -cp "$WORK/bare.jar:$DIST/lib/*" BareFlatLafHello >/dev/null
for i in $(seq 1 "$RUNS"); do
    # -Dmailbench.trace also prints when the UI launcher was entered: the share of the command line,
    # settings and plugins before any window work.
    m=$(measure mailbench java "${JAVA_OPTS[@]}" "${MB_OPTS[@]}" -Dmailbench.config.dir="$WORK/config" -Dmailbench.trace=true \
        -Dmailbench.startupProbe=true -jar "$DIST/mailbench.jar")
    launch+=("$(awk '$1 == "launch" {print $2; exit}' "$WORK/mailbench.out")")
    b=$(measure bare java "${JAVA_OPTS[@]}" "${BARE_OPTS[@]}" -cp "$WORK/bare.jar:$DIST/lib/*" BareFlatLafHello)
    echo "run $i: mailbench ${m} ms, bare-flatlaf ${b} ms"
    mb+=("$m")
    bare+=("$b")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
M=$(median "${mb[@]}")
B=$(median "${bare[@]}")
PLUGINS=$( (ls "$DIST/plugins"/*.jar 2>/dev/null || true) | wc -l)
L=$(median "${launch[@]}")
echo "median mailbench (${PLUGINS} plugin jars): ${M} ms (UI launcher entered at ${L} ms: command line, settings, plugins)"
echo "median bare-flatlaf: ${B} ms"
awk -v m="$M" -v b="$B" 'BEGIN { printf "ratio mailbench/bare-flatlaf: %.2f\n", m / b }'
