#!/usr/bin/env bash
# Measures the figures of examples/benchmarks/README.md for two builds, in alternating runs
# (previous, new, previous, new ...), and prints one table per section: median (min-max) of each
# build and the new/previous ratio taken pair by pair, with the load average around the section.
#
#   examples/benchmarks/figures.sh [options] PREVIOUS_DIR NEW_DIR
#
# Each directory holds the two jars of one build, vetmobility-cli.jar and benchmarks.jar, as
#   ./mvnw -B -q -Pbench -pl examples/cli,examples/benchmarks -am package -DskipTests
# leaves them in examples/cli/target and examples/benchmarks/target.
#
# Options:
#   -s SECTIONS  comma-separated, any of cold,first,rows,jmh (default: all four)
#   -n PAIRS     pairs of runs in cold, first and rows (default 3); jmh runs -j pairs
#   -j PAIRS     pairs of JMH runs (default 1: a run takes about a minute and a half)
#   -r ROWS      rows of the two generated files of the rows section (default 1000000)
#   -f FILES     files of the rows section: generate,distinct (default both)
#   -w DIR       working folder for the generated files and outputs (default: a new temporary one,
#                removed at the end; the rows section needs about 4 GB there while it compares)
#   -h           this help
#
# Sections:
#   cold   `check -o jsonl` of a 1-row file and `--version`: wall and CPU seconds of the process.
#   first  FirstAssessment (in benchmarks.jar): the engine's cold start in a fresh JVM, first with a
#          declared distance, then with the places named only (the gazetteer is read). The new
#          build's FirstAssessment runs on both builds' class paths, so the steps are the same.
#   rows   `check -o jsonl --output-file /dev/null` with -Xmx256m on `generate --rows ROWS --seed 1`
#          and on the same with --distinct: wall, CPU and peak RSS. Before the timed runs each
#          file is checked once by each build into a file and the two reports are compared with
#          cmp: "identical" or the first difference. A run that fails (e.g. out of heap) is
#          counted and reported with its last message; the others go on.
#   jmh    AssessmentBenchmark and GrantBenchmark.grant with -prof gc: ns/op and B/op, and
#          Hibernate Validator / (assessment + grant) per run.
set -euo pipefail

sections="cold,first,rows,jmh"
pairs=3
jmh_pairs=1
rows=1000000
files="generate,distinct"
work=""
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }
while getopts "s:n:j:r:f:w:h" opt; do
  case "$opt" in
    s) sections="$OPTARG" ;;
    n) pairs="$OPTARG" ;;
    j) jmh_pairs="$OPTARG" ;;
    r) rows="$OPTARG" ;;
    f) files="$OPTARG" ;;
    w) work="$OPTARG" ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -ne 2 ]; then
  usage >&2
  exit 2
fi
prev=$(cd "$1" && pwd)
new=$(cd "$2" && pwd)
for d in "$prev" "$new"; do
  for j in vetmobility-cli.jar benchmarks.jar; do
    [ -f "$d/$j" ] || { echo "figures.sh: $d/$j missing" >&2; exit 2; }
  done
done
[ -x /usr/bin/time ] || { echo "figures.sh: needs /usr/bin/time (GNU time)" >&2; exit 2; }
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
else
  mkdir -p "$work"
fi
want() { case ",$sections," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*average: //'; }

# stats FILE COLUMN: "median (min-max)" of a column of numbers.
stats() {
  awk -v c="$2" '{print $c}' "$1" | sort -g | awk '
    function f(x) { return (x >= 100) ? sprintf("%.0f", x) : sprintf("%.3g", x) }
    { v[NR] = $1 }
    END {
      if (NR == 0) { print "-"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%s (%s-%s)", f(m), f(v[1]), f(v[NR])
    }'
}
# ratio PREV_FILE NEW_FILE COLUMN: new/previous pair by pair, "median (min-max)".
ratio() {
  if [ ! -s "$1" ] || [ ! -s "$2" ] || [ "$(wc -l < "$1")" != "$(wc -l < "$2")" ]; then
    echo "-"
    return
  fi
  paste "$1" "$2" | awk -v c="$3" -v n="$(awk '{print NF; exit}' "$1")" \
    '{ if ($c > 0) print $(n + c) / $c }' > "$work/ratio"
  stats "$work/ratio" 1
}
row() { printf '| %-44s | %-22s | %-22s | %-20s |\n' "$@"; }
header() {
  echo
  echo "## $1 ($pairs pairs unless said; load average before: $(load))"
  echo
  row "measure" "previous" "new" "new/previous"
  row "---" "---" "---" "---"
}
# timed OUTFILE CMD...: appends "wall cpu peak_MiB" of one run to OUTFILE; a failed run is
# appended to OUTFILE.failed with its last message instead.
timed() {
  local out="$1"
  shift
  if /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr"; then
    awk '{printf "%s %.2f %.1f\n", $1, $2 + $3, $4 / 1024}' "$work/time" >> "$out"
  else
    echo "exit $(awk '/exited with/ {print $NF}' "$work/time"): $(grep -v '^Command' "$work/stderr" \
      | tail -1)" >> "$out.failed"
  fi
}
# failures FILE...: "" or ", N failed: last message" of runs recorded by timed.
failures() {
  local f
  for f in "$@"; do
    if [ -s "$f.failed" ]; then
      printf '; %s: %s run(s) failed, e.g. %s' "${f##*.}" "$(wc -l < "$f.failed")" \
        "$(tail -1 "$f.failed")"
    fi
  done
}

if want cold; then
  java -jar "$new/vetmobility-cli.jar" generate --rows 1 --seed 1 --output-file "$work/one.csv"
  rm -f "$work"/cold.* "$work"/version.*
  for ((i = 0; i < pairs; i++)); do
    for b in prev new; do
      jar=$([ $b = prev ] && echo "$prev" || echo "$new")/vetmobility-cli.jar
      timed "$work/cold.$b" java -jar "$jar" check -o jsonl --exit-zero --no-progress "$work/one.csv"
      timed "$work/version.$b" java -jar "$jar" --version
    done
  done
  header "Cold start: a 1-row check and --version"
  row "check 1 row, wall s" "$(stats "$work/cold.prev" 1)" "$(stats "$work/cold.new" 1)" \
    "$(ratio "$work/cold.prev" "$work/cold.new" 1)"
  row "check 1 row, CPU s" "$(stats "$work/cold.prev" 2)" "$(stats "$work/cold.new" 2)" \
    "$(ratio "$work/cold.prev" "$work/cold.new" 2)"
  row "--version, wall s" "$(stats "$work/version.prev" 1)" "$(stats "$work/version.new" 1)" \
    "$(ratio "$work/version.prev" "$work/version.new" 1)"
  row "--version, CPU s" "$(stats "$work/version.prev" 2)" "$(stats "$work/version.new" 2)" \
    "$(ratio "$work/version.prev" "$work/version.new" 2)"
fi

if want first; then
  # The new build's FirstAssessment, first on the class path, over either build's engine.
  rm -rf "$work/fa" "$work"/first.*
  mkdir -p "$work/fa"
  (cd "$work/fa" && unzip -q -o "$new/benchmarks.jar" 'io/github/vetmobility/benchmarks/FirstAssessment*')
  for ((i = 0; i < pairs; i++)); do
    for b in prev new; do
      dir=$([ $b = prev ] && echo "$prev" || echo "$new")
      for mode in declared named; do
        java -cp "$work/fa:$dir/benchmarks.jar" io.github.vetmobility.benchmarks.FirstAssessment \
          "$mode" | awk '{ out = ""; for (i = 1; i <= NF; i++) if ($i ~ /^[a-z]+=[0-9.]+$/) {
            split($i, kv, "="); out = out kv[2] " " } if (out != "") print out }' \
          >> "$work/first.$b.$mode"
      done
    done
  done
  header "First assessment in a fresh JVM (FirstAssessment), ms"
  for mode in declared named; do
    n=1
    for step in "rule books" "first assessment in all" "with its grant"; do
      row "$mode distance: $step" "$(stats "$work/first.prev.$mode" $n)" \
        "$(stats "$work/first.new.$mode" $n)" \
        "$(ratio "$work/first.prev.$mode" "$work/first.new.$mode" $n)"
      n=$((n + 1))
    done
  done
fi

if want rows; then
  fs=()
  case ",$files," in *",generate,"*) fs+=(m) ;; esac
  case ",$files," in *",distinct,"*) fs+=(d) ;; esac
  for f in "${fs[@]}"; do
    java -jar "$new/vetmobility-cli.jar" generate --rows "$rows" --seed 1 \
      $([ $f = d ] && echo --distinct) --output-file "$work/$f.csv"
  done
  same=()
  for f in "${fs[@]}"; do
    ok=1
    for b in prev new; do
      jar=$([ $b = prev ] && echo "$prev" || echo "$new")/vetmobility-cli.jar
      java -Xmx256m -jar "$jar" check -o jsonl --exit-zero --no-progress \
        --output-file "$work/$f.$b.jsonl" "$work/$f.csv" > /dev/null 2> "$work/stderr" || {
        ok=0
        same+=("$f: $b failed, not compared: $(tail -1 "$work/stderr")")
      }
    done
    if [ $ok = 0 ]; then
      :
    elif cmp "$work/$f.prev.jsonl" "$work/$f.new.jsonl" > "$work/cmp" 2>&1; then
      same+=("$f: identical ($(wc -c < "$work/$f.new.jsonl") bytes)")
    else
      same+=("$f: DIFFERENT: $(head -1 "$work/cmp")")
    fi
    rm -f "$work/$f.prev.jsonl" "$work/$f.new.jsonl"
  done
  rm -f "$work"/rows.*
  for ((i = 0; i < pairs; i++)); do
    for f in "${fs[@]}"; do
      for b in prev new; do
        jar=$([ $b = prev ] && echo "$prev" || echo "$new")/vetmobility-cli.jar
        timed "$work/rows.$f.$b" java -Xmx256m -jar "$jar" check -o jsonl --exit-zero \
          --no-progress --output-file /dev/null "$work/$f.csv"
      done
    done
  done
  header "check -o jsonl of $rows rows, -Xmx256m"
  for f in "${fs[@]}"; do
    name=$([ $f = m ] && echo "generate" || echo "--distinct")
    touch "$work/rows.$f.prev" "$work/rows.$f.new"
    row "$name: wall s" "$(stats "$work/rows.$f.prev" 1)" "$(stats "$work/rows.$f.new" 1)" \
      "$(ratio "$work/rows.$f.prev" "$work/rows.$f.new" 1)"
    row "$name: CPU s" "$(stats "$work/rows.$f.prev" 2)" "$(stats "$work/rows.$f.new" 2)" \
      "$(ratio "$work/rows.$f.prev" "$work/rows.$f.new" 2)"
    row "$name: peak RSS MiB" "$(stats "$work/rows.$f.prev" 3)" "$(stats "$work/rows.$f.new" 3)" \
      "$(ratio "$work/rows.$f.prev" "$work/rows.$f.new" 3)"
    fail=$(failures "$work/rows.$f.prev" "$work/rows.$f.new")
    [ -z "$fail" ] || echo "$name${fail}"
  done
  echo
  echo "Reports compared with cmp: ${same[*]}"
  for f in "${fs[@]}"; do rm -f "$work/$f.csv"; done
fi

if want jmh; then
  rm -f "$work"/jmh.*
  for ((i = 0; i < jmh_pairs; i++)); do
    for b in prev new; do
      dir=$([ $b = prev ] && echo "$prev" || echo "$new")
      java -jar "$dir/benchmarks.jar" "AssessmentBenchmark|GrantBenchmark.grant$" \
        -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc -rf csv -rff "$work/jmh.csv" > "$work/jmh.log" 2>&1
      # One line per run: assess ns, assess B, grant ns, grant B, HV ns, HV / (assess + grant).
      awk -F, '
        { gsub(/"/, "") }
        $1 ~ /assessEligibleMobility$/ { a = $5 }
        $1 ~ /assessEligibleMobility:.*gc.alloc.rate.norm$/ { ab = $5 }
        $1 ~ /GrantBenchmark.grant$/ { g = $5 }
        $1 ~ /GrantBenchmark.grant:.*gc.alloc.rate.norm$/ { gb = $5 }
        $1 ~ /hibernateValidatorSameShape$/ { h = $5 }
        END { printf "%.1f %.1f %.1f %.1f %.1f %.2f\n", a, ab, g, gb, h, h / (a + g) }
      ' "$work/jmh.csv" >> "$work/jmh.$b"
    done
  done
  saved=$pairs
  pairs=$jmh_pairs
  header "JMH (-f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc)"
  pairs=$saved
  n=1
  for m in "assessEligibleMobility ns/op" "assessEligibleMobility B/op" "GrantBenchmark.grant ns/op" \
    "GrantBenchmark.grant B/op" "Hibernate Validator ns/op" "HV / (assessment + grant)"; do
    row "$m" "$(stats "$work/jmh.prev" $n)" "$(stats "$work/jmh.new" $n)" \
      "$(ratio "$work/jmh.prev" "$work/jmh.new" $n)"
    n=$((n + 1))
  done
fi
echo
echo "Load average after: $(load)"
