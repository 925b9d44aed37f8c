#!/usr/bin/env bash
# Runs whosaid on the seed articles and scores the tables against the hand-made answer key.
#
#   scripts/eval.sh [--gate] [SHARED_DIR]
#
# SHARED_DIR defaults to ../shared beside the repository. With --gate, exits non-zero when a
# figure falls below the quality bar the issues set (F1, speaker and date accuracy, article
# metadata, cluster pairs).
set -euo pipefail
cd "$(dirname "$0")/.."

gate=0
if [ "${1:-}" = "--gate" ]; then gate=1; shift; fi
shared=${1:-../shared}
seeds=$shared/seeds
gold=$shared/seeds-gold
if [ ! -d "$seeds" ] || [ ! -f "$shared/eval/score.py" ]; then
    echo "eval: $shared/seeds or $shared/eval/score.py not found" >&2
    exit 2
fi

cargo build --release --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
target/release/whosaid run "$seeds" --out "$out" --quiet

python3 "$shared/eval/score.py" "$gold" "$out/claims.csv" "$out/articles.csv" | tee "$out/score.txt"

if [ "$gate" = 1 ]; then
    python3 "$shared/eval/score.py" "$gold" "$out/claims.csv" "$out/articles.csv" --json \
        > "$out/score.json"
    python3 - "$out/score.json" "$shared/eval" "$out/entities.csv" "$gold/claims.tsv" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
# The bar set by the issues; raise it as the stages improve, never lower it.
bars = {"f1": 0.85, "speaker_acc_strict": 0.90, "date_acc": 0.90}
fails = [f"{k} = {s.get(k, 0)} < {v}" for k, v in bars.items() if s.get(k, 0) < v]
for field, got in s.get("articles", {}).items():
    ok, total = map(int, got.split("/"))
    if field in ("title", "source", "published") and ok < total:
        fails.append(f"articles {field} = {got}")
clusters = s.get("clusters", {})
same = clusters.get("same", "0/0")
ok, total = map(int, same.split("/"))
if ok < total:
    fails.append(f"cluster 'same' pairs = {same}")
if clusters.get("cross_speaker_merges", 0) > 0:
    fails.append(f"cross-speaker merges = {clusters['cross_speaker_merges']}")
# Issue 5: entities.csv names every speaker of the answer key in its article, and the two
# transliterations of one minister get one gazetteer id.
sys.path.insert(0, sys.argv[2])
from score import name_key, read_csv, read_tsv, doc_key
named = {}
ids = {}
for e in read_csv(sys.argv[3]):
    doc = doc_key(e["article_id"])
    named.setdefault(doc, set()).update((name_key(e["name"]), name_key(e["surface"])))
    ids.setdefault(e["surface"], set()).add(e["entity_id"])
for g in read_tsv(sys.argv[4]):
    if name_key(g["speaker"]) not in named.get(doc_key(g["doc"]), set()):
        fails.append(f"entities.csv does not name speaker {g['speaker']!r} of {g['doc']}")
lavrov = ids.get("Sergey Lavrov", set()) | ids.get("Sergei Lavrov", set())
if len(lavrov) != 1 or "" in lavrov:
    fails.append(f"Sergey/Sergei Lavrov get entity ids {sorted(lavrov)}, not one")
if fails:
    print("eval gate FAILED:\n  " + "\n  ".join(fails))
    sys.exit(1)
print("eval gate passed")
PY
fi
