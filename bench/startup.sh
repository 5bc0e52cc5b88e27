#!/usr/bin/env bash
# Start-up time of MailBench (process start -> first painted main window with the sample project shown) against a
# bare FlatLaf "hello" JFrame, both under the same X display in the same run. Prints the ratio LAST.
#
#   bench/startup.sh            # 5 runs each (RUNS=n to change), DISPLAY or a private Xvfb
#   PLAIN=1 bench/startup.sh    # both as plain "java -jar"/"java -cp" without the launcher's options or AppCDS
#
# By default MailBench starts as the consultant starts it: the shipped launcher dist/mailbench with the sample
# project, so with the launcher's JVM options and its AppCDS archive (recorded by the warm-up run, as the first run
# after an install records it). The bare window gets the same JVM options and an AppCDS archive of its own,
# recorded the same way. Both programs print "STARTUP_PAINTED <ms since JVM start>" after their first paint and
# exit. MailBench's plugins start after that paint; the trace line "plugins started" says when they were ready.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${RUNS:-5}"
DIST="$ROOT/dist"
PROJECT="$ROOT/samples/sample-shoji.mailbench.json"
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

MB_PROPS=(-Dmailbench.config.dir="$WORK/config" -Dmailbench.startupProbe=true)
if [ "${PLAIN:-0}" = "1" ]; then
    run_mailbench() { java "${JAVA_OPTS[@]}" "${MB_PROPS[@]}" "$@" -jar "$DIST/mailbench.jar" "$PROJECT"; }
    run_bare() { java "${JAVA_OPTS[@]}" -cp "$WORK/bare.jar:$DIST/lib/*" BareFlatLafHello; }
    MODE="plain java, no AppCDS"
else
    # The launcher's own options (dist/mailbench): the same for the bare window.
    LAUNCHER_OPTS=(-XX:+UseSerialGC -Xms48m -Xmn32m -Xlog:cds=off -Xlog:cds+dynamic=off
        -XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=100000 -XX:Tier4CompileThreshold=100000
        -XX:Tier4BackEdgeThreshold=400000 -XX:CompileCommand=quiet
        -XX:CompileCommand=CompileThresholdScaling,com.sun.crypto.provider.*::*,0.01)
    case $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || true) in
        *"[always]"*|*"[madvise]"*) LAUNCHER_OPTS+=(-XX:+UseTransparentHugePages) ;;
    esac
    # A fresh archive for this build, recorded by the warm-up run below as a first run after installing records it.
    rm -f "$DIST"/mailbench-*-main.jsa
    run_mailbench() { MAILBENCH_JAVA_OPTS="${JAVA_OPTS[*]} ${MB_PROPS[*]} $*" "$DIST/mailbench" "$PROJECT"; }
    java "${LAUNCHER_OPTS[@]}" "${JAVA_OPTS[@]}" -XX:ArchiveClassesAtExit="$WORK/bare.jsa" \
        -cp "$WORK/bare.jar:$DIST/lib/*" BareFlatLafHello >/dev/null 2>&1 || true
    run_bare() { java "${LAUNCHER_OPTS[@]}" "${JAVA_OPTS[@]}" -XX:SharedArchiveFile="$WORK/bare.jsa" \
        -cp "$WORK/bare.jar:$DIST/lib/*" BareFlatLafHello; }
    MODE="shipped launcher with its AppCDS archive; bare window with the same JVM options and its own archive"
fi

mb=()
bare=()
launch=()
plugins=()
# One warm-up each (file-system cache; the launcher's archive), then interleaved runs so both see the same load.
measure mailbench run_mailbench >/dev/null
measure bare run_bare >/dev/null
if [ "${PLAIN:-0}" != "1" ] && ! ls "$DIST"/mailbench-*-main.jsa >/dev/null 2>&1; then
    echo "the launcher recorded no AppCDS archive in $DIST" >&2
    exit 1
fi
for i in $(seq 1 "$RUNS"); do
    # -Dmailbench.trace also prints the launcher's steps: when the window was entered, when the plugins were ready.
    m=$(measure mailbench run_mailbench -Dmailbench.trace=true)
    launch+=("$(awk '$1 == "launch" {print $2; exit}' "$WORK/mailbench.out")")
    plugins+=("$(awk '$1 == "plugins" && $2 == "started" {print $3; exit}' "$WORK/mailbench.out")")
    b=$(measure bare run_bare)
    echo "run $i: mailbench ${m} ms, bare-flatlaf ${b} ms"
    mb+=("$m")
    bare+=("$b")
done

median() { printf '%s\n' "$@" | awk 'NF' | sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
M=$(median "${mb[@]}")
B=$(median "${bare[@]}")
PLUGINS=$( (ls "$DIST/plugins"/*.jar 2>/dev/null || true) | wc -l)
L=$(median "${launch[@]}")
P=$(median "${plugins[@]}")
echo "mode: $MODE; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median mailbench (${PLUGINS} plugin jars): ${M} ms (window launcher entered at ${L} ms; plugins started at ${P} ms, after the paint)"
echo "median bare-flatlaf: ${B} ms"
awk -v m="$M" -v b="$B" 'BEGIN { printf "ratio mailbench/bare-flatlaf: %.2f\n", m / b }'
