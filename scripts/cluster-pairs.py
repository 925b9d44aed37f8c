#!/usr/bin/env python3
"""The cluster pairs behind a score: for one set, each gold "same"/"paraphrase" pair that
the run did not put in one cluster (both claims' article, speaker, speaker id, date, kind
and text, or NOT FOUND when attribution missed the claim), and each pair the run merged
that the key does not hold. Pairs are counted as score.py counts them.

usage: scripts/cluster-pairs.py GOLD_DIR OUT_DIR [--summary] [--shared DIR]

--summary prints one line: pairs found per strength, merged pairs not in the key, and
cross-speaker merges. DIR is where eval/score.py lives (default ../shared).
"""
import os
import sys, importlib.util, csv
from collections import defaultdict
shared = sys.argv[sys.argv.index("--shared") + 1] if "--shared" in sys.argv else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
spec = importlib.util.spec_from_file_location("score", os.path.join(shared, "eval", "score.py"))
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)

gold_dir, out = sys.argv[1], sys.argv[2]
summary = "--summary" in sys.argv
pred = S.read_csv(f"{out}/claims.csv")
gclus = S.read_tsv(f"{gold_dir}/clusters.tsv")
gold = S.read_tsv(f"{gold_dir}/claims.tsv")
gdocs = {g["doc"] for g in gold}
by_doc_p = defaultdict(list)
for j, p in enumerate(pred):
    d = S.doc_key(p["article_id"])
    by_doc_p[d].append(j)
pw = [S.words(p["text"]) for p in pred]

def best(doc, text):
    w = S.words(text)
    sc = [(S.dice(w, pw[j]), j) for j in by_doc_p.get(doc, [])]
    sc = [x for x in sc if x[0] >= 0.5]
    return max(sc)[1] if sc else None

groups = defaultdict(list)
for c in gclus:
    groups[(c["cluster"], c["strength"])].append((c, best(c["doc"], c["text"])))
keypairs = set()
missed = defaultdict(list)
counts = {"same": [0, 0], "paraphrase": [0, 0]}
for (name, st), mem in groups.items():
    for a in range(len(mem)):
        for b in range(a + 1, len(mem)):
            (ca, ja), (cb, jb) = mem[a], mem[b]
            counts[st][1] += 1
            if ja is not None and jb is not None:
                keypairs.add(frozenset((ja, jb)))
            if ja is not None and jb is not None and pred[ja]["cluster_id"] == pred[jb]["cluster_id"] != "":
                counts[st][0] += 1
                continue
            missed[st].append((name, ca, ja, cb, jb))

def show(j, c=None):
    if j is None:
        return f"   [NOT FOUND] gold {c['doc']} {c['speaker']}: {c['text'][:150]}"
    p = pred[j]
    return f"   {p['article_id'][:28]:28} {p['speaker'][:22]:22} key={p['speaker_id'][:20]:20} {p['stated_on']:10} {p['kind'][:4]} | {p['text'][:160]}"

clus = defaultdict(list)
for j, p in enumerate(pred):
    if p["cluster_id"] and S.doc_key(p["article_id"]) in gdocs:
        clus[p["cluster_id"]].append(j)
extra = []
for cid, js in clus.items():
    for a in range(len(js)):
        for b in range(a + 1, len(js)):
            if frozenset((js[a], js[b])) not in keypairs:
                extra.append((js[a], js[b]))
# cross-speaker merges per score.py
setname = gold_dir.rstrip("/").split("/")[-2]
if summary:
    xs = S.score(gold_dir, f"{out}/claims.csv")["clusters"]["cross_speaker_merges"]
    print(f"{setname:10} same {counts['same'][0]}/{counts['same'][1]} para {counts['paraphrase'][0]}/{counts['paraphrase'][1]} extra {len(extra)} xspk {xs}")
    sys.exit()
for st in ("same", "paraphrase"):
    print(f"== {setname} {st}: {counts[st][0]}/{counts[st][1]} found; missed:")
    for name, ca, ja, cb, jb in missed[st]:
        print(f" - {name}")
        print(show(ja, ca)); print(show(jb, cb))
print(f"== {setname} merged pairs not in key: {len(extra)}")
for ja, jb in extra:
    print(" -"); print(show(ja)); print(show(jb))
