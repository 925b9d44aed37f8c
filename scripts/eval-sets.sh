#!/usr/bin/env bash
# Scores whosaid on our own annotated sets (every set named in data/eval-floors.tsv: samples,
# devset … devset16) and, with --gate, fails when a figure falls below its floor there:
# a regression guard for rules tuned on the seeds. data/heldout6 … data/heldout10 are deliberately not here: they are scored by
# hand, once per session, so that nobody tunes on them.
#
#   scripts/eval-sets.sh [--gate] [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

gate=0
if [ "${1:-}" = "--gate" ]; then gate=1; shift; fi
shared=${1:-../shared}
if [ ! -f "$shared/eval/score.py" ]; then
    echo "eval-sets: $shared/eval/score.py not found" >&2
    exit 2
fi

cargo build --release --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
sets=$(awk -F'\t' 'NR > 1 && !seen[$1]++ { print $1 }' data/eval-floors.tsv)
for set in $sets; do
    target/release/whosaid run "data/$set" --out "$out/$set" --quiet
    python3 "$shared/eval/score.py" "data/$set/gold" "$out/$set/claims.csv" \
        "$out/$set/articles.csv" --json > "$out/$set.json"
done

python3 - "$out" "$gate" <<'PY'
import csv, json, sys
out, gate = sys.argv[1], sys.argv[2] == "1"
floors = list(csv.DictReader(open("data/eval-floors.tsv"), delimiter="\t"))
scores = {}
for s in dict.fromkeys(f["set"] for f in floors):
    scores[s] = json.load(open(f"{out}/{s}.json"))

def value(score, metric):
    if metric.startswith("articles."):
        ok, total = map(int, score.get("articles", {}).get(metric.split(".", 1)[1], "0/1").split("/"))
        return ok / total if total else 0.0
    if metric.startswith("clusters."):
        got = score.get("clusters", {}).get(metric.split(".", 1)[1], "0/1")
        if isinstance(got, int):
            return float(got)
        ok, total = map(int, got.split("/"))
        return ok / total if total else 1.0
    return float(score.get(metric, 0.0))

metrics = ["f1", "precision", "recall", "speaker_acc_strict", "date_acc",
           "articles.title", "articles.source", "articles.published", "clusters.same"]
print("set       " + " ".join(m.split(".")[-1][:9].rjust(9) for m in metrics))
for s, score in scores.items():
    print(s.ljust(9) + " " + " ".join(f"{value(score, m):9.3f}" for m in metrics))
fails = []
for f in floors:
    got = value(scores[f["set"]], f["metric"])
    if f["metric"] == "clusters.cross_speaker_merges":
        if got > float(f["floor"]):
            fails.append(f"{f['set']} {f['metric']} = {got} > {f['floor']}")
    elif got < float(f["floor"]):
        fails.append(f"{f['set']} {f['metric']} = {got:.3f} < {f['floor']}")
if gate:
    if fails:
        print("eval-sets gate FAILED:\n  " + "\n  ".join(fails))
        sys.exit(1)
    print("eval-sets gate passed")
PY
