# Shared by the bench scripts (sourced, not run): build dist/ when missing, a millisecond clock and a median.

ensure_dist() {
  if [[ ! -f dist/mailbench.jar ]]; then
    echo "building dist/ ..." >&2
    mvn -B -q -pl plugin-api,host -am package -DskipTests >&2
  fi
}

now_ms() { date +%s%3N; }

# The median of the numbers on standard input, one per line (the lower middle one for an even count).
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
