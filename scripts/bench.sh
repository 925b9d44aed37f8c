#!/usr/bin/env bash
# End-to-end throughput of whosaid, one machine-readable line per figure: `name value unit`.
#
#   scripts/bench.sh [INPUT]            end-to-end MB/s, articles/s, peak RSS, speedup (also on
#                                       one pinned core, when taskset is there), and MB/s of
#                                       each stage alone on INPUT (stage_alone_*)
#   scripts/bench.sh --stages [INPUT]   ... plus the per-stage criterion benches (median thrpt)
#   scripts/bench.sh --sizes 10,100     MB/s on generated corpora of those sizes (linear scaling?)
#   scripts/bench.sh --pathological     MB/s on text of nothing but quote marks and on one single
#                                       line without breaks, at 2 and 20 MB (linear on bad input?)
#
# INPUT is anything `whosaid run` takes (file or directory); by default a 200 MB corpus made by
# scripts/gen-corpus, generated once into target/bench-corpus/. MB means 10^6 bytes of input
# as read (uncompressed size for .gz); peak RSS is in MiB. Progress and errors go to stderr,
# figures to stdout. WHOSAID_BIN=path benches another build (and skips `cargo build`).
# Needs only bash, coreutils and python3 (GNU time may be absent: peak RSS comes from
# getrusage(RUSAGE_CHILDREN) in a tiny python wrapper).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE="$ROOT/target/bench-corpus"
BIN="${WHOSAID_BIN:-$ROOT/target/release/whosaid}"  # override to bench another build
STAGE_CRATES=(whosaid-article whosaid-tokenize whosaid-gazetteer whosaid-attribution whosaid-cluster)

stages=0
sizes=""
pathological=0
input=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --stages) stages=1 ;;
        --pathological) pathological=1 ;;
        --sizes) sizes="${2:?--sizes needs a list such as 10,100,1000}"; shift ;;
        --sizes=*) sizes="${1#--sizes=}" ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
        *) input="$1" ;;
    esac
    shift
done

log() { echo "bench.sh: $*" >&2; }

# Prints the path of a cached generated corpus of $1 MB (made on first use).
# The generator's hash is in the name so an edited generator never benches a stale corpus.
corpus() {
    local mb=$1 version file
    version=$(sha1sum "$ROOT/scripts/gen-corpus" | cut -c1-8)
    file="$CACHE/gen-${mb}mb-seed1-$version.jsonl"
    if [[ ! -s "$file" ]]; then
        mkdir -p "$CACHE"
        rm -f "$CACHE/gen-${mb}mb-seed1"*.jsonl
        log "generating $mb MB corpus into $file"
        "$ROOT/scripts/gen-corpus" --mb "$mb" --seed 1 --out "$file.tmp"
        mv "$file.tmp" "$file"
    fi
    echo "$file"
}

# Bytes of input as whosaid reads it: files under a directory, gzip members uncompressed.
input_bytes() {
    python3 - "$1" <<'EOF'
import gzip, os, sys
def size(path):
    if path.endswith(".gz"):
        n = 0
        with gzip.open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                n += len(chunk)
        return n
    return os.path.getsize(path)
root = sys.argv[1]
if os.path.isdir(root):
    print(sum(size(os.path.join(d, f)) for d, _, fs in os.walk(root) for f in fs))
else:
    print(size(root))
EOF
}

# Runs whosaid once; prints "wall_seconds peak_rss_kib articles cpu_seconds" or fails.
# A third argument `pinned` runs it on one core (taskset), helper threads included.
run_once() {
    local in=$1 threads=$2 pin=() out
    if [[ "${3:-}" == pinned ]]; then pin=(taskset -c 0); fi
    out=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-bench.XXXXXX")
    # shellcheck disable=SC2064
    trap "rm -rf '$out'" RETURN
    python3 - "$out" "${pin[@]}" "$BIN" run "$in" --out "$out" --quiet --threads "$threads" <<'EOF'
import csv, os, resource, subprocess, sys, time
out, cmd = sys.argv[1], sys.argv[2:]
start = time.monotonic()
rc = subprocess.call(cmd, stdout=subprocess.DEVNULL)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
rss_kib = usage.ru_maxrss  # KiB on Linux
cpu = usage.ru_utime + usage.ru_stime
if rc != 0:
    sys.exit(f"bench.sh: {' '.join(cmd)} exited with {rc}")
path = os.path.join(out, "articles.csv")
if not os.path.exists(path):
    sys.exit(f"bench.sh: {cmd[0]} wrote no articles.csv (is the run command wired yet?)")
csv.field_size_limit(1 << 30)
with open(path, newline="", encoding="utf-8", errors="replace") as f:
    articles = max(0, sum(1 for _ in csv.reader(f)) - 1)
print(f"{wall:.6f} {rss_kib} {articles} {cpu:.6f}")
EOF
}

# Prints `name value unit` for value = a / b with 2 decimals (0 when b is 0).
ratio() {
    python3 -c 'import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f"{sys.argv[3]} {a / b if b else 0:.2f} {sys.argv[4]}")' "$@"
}

if [[ -z "${WHOSAID_BIN:-}" ]]; then
    log "cargo build --release"
    (cd "$ROOT" && cargo build --release --quiet && cargo build --release --quiet --example stage_throughput) >&2
fi
[[ -x "$BIN" ]] || { log "no $BIN after the build"; exit 1; }

cores=$(nproc 2>/dev/null || echo 1)
echo "cores $cores cores"
# Wall-time figures are only comparable between runs made under a similar load.
echo "load_average_1m $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0) load"

if [[ "$pathological" = 1 ]]; then
    dir="$ROOT/target/bench-corpus"
    mkdir -p "$dir"
    for mb in 2 20; do
        for shape in quotes oneline; do
            file="$dir/pathological-$shape-${mb}mb.txt"
            [[ -f "$file" ]] || python3 - "$file" "$mb" "$shape" <<'EOF'
import sys
path, mb, shape = sys.argv[1], int(sys.argv[2]), sys.argv[3]
unit = '"“”‘’«» ' if shape == "quotes" else 'the mayor said "the plan was sound" and '
with open(path, "w", encoding="utf-8") as f:
    f.write(unit * (mb * 10**6 // len(unit.encode())))
EOF
            bytes=$(input_bytes "$file")
            read -r wall rss articles cpu <<<"$(run_once "$file" 1)"
            ratio "$bytes" "$(python3 -c "print($cpu * 1e6)")" "pathological_${shape}_${mb}mb_mb_per_cpu_s" MB/s
            ratio "$rss" 1024 "pathological_${shape}_${mb}mb_peak_rss" MB
        done
    done
elif [[ -n "$sizes" ]]; then
    IFS=, read -ra size_list <<<"$sizes"
    for mb in "${size_list[@]}"; do
        file=$(corpus "$mb")
        bytes=$(input_bytes "$file")
        result=$(run_once "$file" "$cores")
        read -r wall rss articles cpu <<<"$result"
        ratio "$bytes" "$(python3 -c "print($wall * 1e6)")" "scaling_${mb}mb_threads${cores}_mb_per_s" MB/s
        ratio "$articles" "$wall" "scaling_${mb}mb_threads${cores}_articles_per_s" articles/s
        ratio "$bytes" "$(python3 -c "print($cpu * 1e6)")" "scaling_${mb}mb_threads${cores}_mb_per_cpu_s" MB/s
        ratio "$rss" 1024 "scaling_${mb}mb_threads${cores}_peak_rss" MB
    done
else
    [[ -n "$input" ]] || input=$(corpus 200)
    [[ -e "$input" ]] || { log "no such input: $input"; exit 2; }
    bytes=$(input_bytes "$input")
    echo "input_size $(python3 -c "print(f'{$bytes / 1e6:.2f}')") MB"
    wall1=""
    for threads in 1 "$cores"; do
        if [[ "$threads" == 1 && -n "$wall1" ]]; then continue; fi
        log "whosaid run --threads $threads on $input"
        result=$(run_once "$input" "$threads")
        read -r wall rss articles cpu <<<"$result"
        [[ "$threads" == 1 ]] && { wall1=$wall; echo "input_articles $articles articles"; }
        ratio "$bytes" "$(python3 -c "print($wall * 1e6)")" "e2e_threads${threads}_mb_per_s" MB/s
        ratio "$articles" "$wall" "e2e_threads${threads}_articles_per_s" articles/s
        ratio "$wall" 1 "e2e_threads${threads}_wall" s
        # CPU time (user + sys) does not grow when other jobs share the cores, unlike wall time.
        ratio "$cpu" 1 "e2e_threads${threads}_cpu" s
        ratio "$bytes" "$(python3 -c "print($cpu * 1e6)")" "e2e_threads${threads}_mb_per_cpu_s" MB/s
        ratio "$rss" 1024 "e2e_threads${threads}_peak_rss" MB
        [[ "$threads" != 1 ]] && ratio "$wall1" "$wall" "speedup_threads${threads}_vs_threads1" x
    done
    # `--threads 1` still reads and writes on threads of their own, which run on a spare core
    # when there is one; the honest one-core figure pins the whole process to one core.
    if command -v taskset >/dev/null 2>&1 && [[ "$cores" -gt 1 ]]; then
        log "whosaid run --threads 1 pinned to one core (taskset -c 0)"
        read -r wall_one rss articles cpu <<<"$(run_once "$input" 1 pinned)"
        ratio "$bytes" "$(python3 -c "print($wall_one * 1e6)")" "e2e_one_core_mb_per_s" MB/s
        ratio "$articles" "$wall_one" "e2e_one_core_articles_per_s" articles/s
        ratio "$wall_one" "$wall" "speedup_threads${cores}_vs_one_core" x
    fi
    # Each stage alone on this input, one thread: which stage bounds the end-to-end figure.
    STAGES_BIN="$(dirname "$BIN")/examples/stage_throughput"
    if [[ -x "$STAGES_BIN" ]]; then
        log "each stage alone on $input (examples/stage_throughput.rs)"
        "$STAGES_BIN" "$input"
    else
        log "no $STAGES_BIN: per-stage figures on this input skipped"
    fi
fi

# Reads criterion's report on stdin; prints `stage_<crate>_<bench> <median> MB/s` per bench.
read -r -d '' CRITERION_PARSER <<'EOF' || true
import re, sys
# criterion: "group/name  time: [a b c]" then "thrpt: [a b c]"; a long name sits on its own line.
scale = {"B/s": 1e-6, "KiB/s": 1024 / 1e6, "MiB/s": 1048576 / 1e6, "GiB/s": 1073741824 / 1e6,
         "elem/s": 1, "Kelem/s": 1e3, "Melem/s": 1e6, "Gelem/s": 1e9}
name = None
for line in sys.stdin:
    head = line.split("time:")[0].split("thrpt:")[0].strip()
    if head and not head.startswith(("Benchmarking", "Found", "change:", "Performance", "No change",
                                     "Change within", "Gnuplot", "Warning", "thrpt:", "time:")) \
            and not re.match(r"^\d+ \(", head) and ("time:" in line or line[:1] not in " \t"):
        name = head
    m = re.search(r"thrpt:\s*\[\s*\S+ \S+\s+(\S+) (\S+)\s+\S+ \S+\s*\]", line)
    if m and name and m.group(2) in scale:
        value = float(m.group(1)) * scale[m.group(2)]
        unit = "MB/s" if m.group(2).endswith("B/s") else "elem/s"
        label = name if name.split("/")[0] == sys.argv[1] else sys.argv[1] + "/" + name
        print(f"stage_{re.sub(r'[^A-Za-z0-9_.-]+', '_', label)} {value:.2f} {unit}")
EOF

if [[ "$stages" == 1 ]]; then
    # Only real bench targets are run (a crate's lib also has a libtest bench harness, which
    # rejects criterion's flags), one crate at a time so a crate without benches, or one that
    # does not build right now, does not stop the others.
    mkdir -p "$CACHE"
    for crate in "${STAGE_CRATES[@]}"; do
        benches=$(cd "$ROOT" && cargo metadata --no-deps --format-version 1 2>/dev/null | python3 -c '
import json, sys
for p in json.load(sys.stdin)["packages"]:
    if p["name"] == sys.argv[1]:
        for t in p["targets"]:
            if "bench" in t["kind"]:
                print(t["name"])' "$crate") || benches=""
        if [[ -z "$benches" ]]; then log "$crate has no bench target yet"; continue; fi
        for bench in $benches; do
            log "cargo bench -p $crate --bench $bench"
            if ! (cd "$ROOT" && cargo bench --quiet -p "$crate" --bench "$bench" -- \
                    --warm-up-time 1 --measurement-time 3 2>>"$CACHE/stage-benches.log" |
                    tee -a "$CACHE/stage-benches.log") | python3 -c "$CRITERION_PARSER" "${crate#whosaid-}"; then
                log "cargo bench -p $crate --bench $bench failed; skipped (see $CACHE/stage-benches.log)"
            fi
        done
    done
fi
