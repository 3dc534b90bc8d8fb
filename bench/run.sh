#!/usr/bin/env bash
# Builds the same generated corpus with BriefingGen and with Hugo, alternating, several times each, and reports
# medians, peak memory and the ratio; then times one edit at the largest size in each tool's live server.
# Usage: bench/run.sh [runs] [sizes...]      e.g. bench/run.sh 3 1000 10000
# BENCH_NO_EDIT=1 skips the live-server edit; BENCH_NO_COLD=1 times only the edit.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; shift || true
sizes=("${@:-1000 10000}")
[ ${#sizes[@]} -eq 1 ] && read -r -a sizes <<< "${sizes[0]}"
work=${BENCH_WORK:-/tmp/briefinggen-bench}
mkdir -p "$work"

if ! command -v hugo >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq hugo
fi
command -v /usr/bin/time >/dev/null 2>&1 || apt-get install -y -qq time

# Published as users install it: Release, ReadyToRun (compiled ahead of time, so a build does not wait for the JIT),
# and the native binary (NativeAOT) when clang and lld are there to link it.
dotnet publish -c Release src/BriefingGen.Cli -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" -v q -nologo >/dev/null
tools=(bg)
if command -v clang >/dev/null 2>&1 && command -v ld.lld >/dev/null 2>&1; then
  dotnet publish -c Release src/BriefingGen.Cli -r linux-x64 -p:PublishAot=true -o "$work/native" -v q -nologo >/dev/null
  tools=(native bg)
fi
dotnet build -c Release bench/CorpusGen -o "$work/corpusgen" -v q -nologo >/dev/null

# Runs a command under /usr/bin/time; prints "seconds peak_mib".
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time.txt"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# On this machine's disk a file made soon after an 'rm -rf' of the last output is slow for every tool (the file
# system skips recently freed inodes), so no output is deleted right before a timed build: every build writes into a
# folder that never existed, and the old ones are deleted after the last run of a size, then synced and left to settle
# before anything else is timed.
settle() { rm -rf "$@"; sync; sleep "${BENCH_SETTLE:-20}"; }
command_of() { # $1 = tool, $2 = corpus, $3 = output folder
  case $1 in
    native) echo "$work/native/BriefingGen.Cli build --no-search --source $2/briefinggen --output $3" ;;
    bg) echo "$work/bin/BriefingGen.Cli build --no-search --source $2/briefinggen --output $3" ;;
    hugo) echo "hugo --quiet --source $2/hugo --destination $3" ;;
  esac
}
name_of() { case $1 in native) echo "BriefingGen native" ;; bg) echo "BriefingGen ReadyToRun" ;; hugo) echo "Hugo" ;; esac; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(hugo version | cut -d' ' -f1-2); $(dotnet --version)"
settle "$work"/out-* "$work"/corpus-*/hugo/resources
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  [ -d "$corpus" ] || { dotnet "$work/corpusgen/CorpusGen.dll" "$n" "$corpus" >/dev/null; sync; }
  [ -n "${BENCH_NO_COLD:-}" ] && continue
  for tool in "${tools[@]}" hugo; do : > "$work/$tool-$n.txt"; done
  for run in $(seq "$runs"); do
    rm -rf "$corpus/hugo/resources" # Hugo's processed images: none in this corpus, so nothing is freed here
    for tool in "${tools[@]}" hugo; do
      # shellcheck disable=SC2046 # the command is split into words on purpose
      measure $(command_of "$tool" "$corpus" "$work/out-$tool-$n-$run") >> "$work/$tool-$n.txt"
    done
  done
  hugo_time=$(cut -d' ' -f1 "$work/hugo-$n.txt" | median)
  for tool in "${tools[@]}" hugo; do
    time_=$(cut -d' ' -f1 "$work/$tool-$n.txt" | median); mem=$(cut -d' ' -f2 "$work/$tool-$n.txt" | median)
    pages=$(find "$work/out-$tool-$n-1" -name '*.html' | wc -l)
    echo "N=$n cold build: $(name_of "$tool") ${time_} s (${mem} MiB, $pages pages; runs: $(cut -d' ' -f1 "$work/$tool-$n.txt" | tr '\n' ' '))ratio to Hugo $(awk -v a="$time_" -v b="$hugo_time" 'BEGIN { printf "%.2f", a / b }')"
  done
  settle "$work"/out-*-"$n"-*
done

[ -n "${BENCH_NO_EDIT:-}" ] && exit 0

# Edit-to-rewrite at the largest size: save one case study, wait until its page is rewritten.
n=${sizes[-1]}; corpus="$work/corpus-$n"; page="content/case-studies/case-7.md"
edit_latency() { # $1 = site folder, $2 = output page file
  local before; before=$(stat -c %Y.%N "$2" 2>/dev/null || echo 0)
  local start; start=$(date +%s.%N)
  echo "Edited at $start." >> "$1/$page"
  for _ in $(seq 6000); do
    if grep -q "Edited at $start" "$2" 2>/dev/null; then break; fi
    sleep 0.005
  done
  awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.3f\n", e - s }'
}
rm -rf "$work/serve-bg"
serve_bin="$work/bin"; [ "${tools[0]}" = native ] && serve_bin="$work/native"
"$serve_bin/BriefingGen.Cli" serve --source "$corpus/briefinggen" --output "$work/serve-bg" --port 18777 > "$work/serve-bg.log" 2>&1 &
bg_pid=$!
until grep -q serving "$work/serve-bg.log"; do
  kill -0 $bg_pid 2>/dev/null || { cat "$work/serve-bg.log"; exit 1; }
  sleep 0.5
done
sleep 1
# Nine edits for BriefingGen (its times vary by 0.1 s from edit to edit, a large share of each); three for Hugo, whose
# edits take seconds and vary less.
bg_edit=$( (for _ in $(seq 9); do edit_latency "$corpus/briefinggen" "$work/serve-bg/case-studies/case-7/index.html"; sleep 1; done) | median)
kill $bg_pid; wait $bg_pid || true
rm -rf "$work/serve-hugo"
hugo server --source "$corpus/hugo" --renderToDisk --destination "$work/serve-hugo" --port 18778 --disableLiveReload > "$work/serve-hugo.log" 2>&1 &
hugo_pid=$!
until grep -q "Web Server is available" "$work/serve-hugo.log"; do
  kill -0 $hugo_pid 2>/dev/null || { cat "$work/serve-hugo.log"; exit 1; }
  sleep 0.5
done
sleep 1
hugo_edit=$( (for _ in 1 2 3; do edit_latency "$corpus/hugo" "$work/serve-hugo/case-studies/case-7/index.html"; sleep 2; done) | median)
kill $hugo_pid; wait $hugo_pid || true
echo "N=$n one edit rewritten: BriefingGen ${bg_edit} s  Hugo ${hugo_edit} s"
