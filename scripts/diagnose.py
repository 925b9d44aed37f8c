#!/usr/bin/env python3
"""Lists what the scorer counts against a run, one line per error, to find the rule behind it.

    scripts/diagnose.py GOLD_DIR OUT_DIR [--what dates|speakers|missed|false|all]

GOLD_DIR holds claims.tsv in the scorer's format (see ../shared/seeds-gold/README.md); OUT_DIR is
a `whosaid run --out` directory. Claims are paired exactly as ../shared/eval/score.py pairs
them (its functions are imported), so the errors listed are the ones the score counts.
"""
import argparse
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "..", "shared", "eval", "score.py")


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    if spec is None or spec.loader is None:
        sys.exit(f"diagnose: cannot load {SCORE}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("out")
    ap.add_argument("--what", default="all", choices=["dates", "speakers", "missed", "false", "all"])
    args = ap.parse_args()
    s = load_scorer()
    gold = s.read_tsv(os.path.join(args.gold, "claims.tsv"))
    pred = s.read_csv(os.path.join(args.out, "claims.csv"))
    gdocs = {g["doc"] for g in gold}
    gw = [s.words(g["text"]) for g in gold]
    pw = [s.words(p["text"]) for p in pred]
    match = {}
    for d in sorted(gdocs):
        gi = [i for i, g in enumerate(gold) if g["doc"] == d]
        pj = [j for j, p in enumerate(pred) if s.doc_key(p["article_id"]) == d]
        cands = sorted(((s.dice(gw[i], pw[j]), i, j) for i in gi for j in pj), reverse=True)
        used_g, used_p = set(), set()
        for sc, i, j in cands:
            if sc < 0.5 or i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            match[j] = i
    want = args.what
    for j, i in sorted(match.items(), key=lambda x: x[1]):
        g, p = gold[i], pred[j]
        if g["optional"] == "1":
            continue
        head = " ".join(g["text"].split()[:10])
        if want in ("dates", "all") and p["stated_on"].strip() not in g["date"].split("|"):
            print(f"DATE  {g['doc'][:28]:28} gold={g['date']:24} got={p['stated_on'] or '-':11} "
                  f"basis={p['date_basis']:12} cue={p['cue']!r} | {head}")
        if want in ("speakers", "all") and not s.speaker_ok(p["speaker"], g["speaker"]):
            print(f"SPKR  {g['doc'][:28]:28} gold={g['speaker']!r} got={p['speaker']!r} "
                  f"role={p['speaker_role']!r} cue={p['cue']!r} | {head}")
    matched = set(match.values())
    if want in ("missed", "all"):
        for i, g in enumerate(gold):
            if g["optional"] != "1" and i not in matched:
                print(f"MISS  {g['doc'][:28]:28} {g['speaker']!r} cue={g['cue']!r} | {g['text'][:90]}")
    if want in ("false", "all"):
        for j, p in enumerate(pred):
            if s.doc_key(p["article_id"]) in gdocs and j not in match:
                print(f"FALSE {s.doc_key(p['article_id'])[:28]:28} {p['speaker']!r} cue={p['cue']!r} | {p['text'][:90]}")


if __name__ == "__main__":
    main()
