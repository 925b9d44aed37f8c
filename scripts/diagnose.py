#!/usr/bin/env python3
"""Lists what the scorer counts against a run, one line per error, to find the rule behind it.

    scripts/diagnose.py GOLD_DIR OUT_DIR [--what dates|speakers|missed|false|all|shapes]

`--what shapes` prints counts only, never a name or a sentence: how many speaker errors have
each shape (our words a subset of the gold's, a superset, the same last word, an unresolved
description, another name), how many date errors each date basis made, and how many misses
and false claims each cue has. It is the one view a held-out set may be read through: it says
which kind of rule to work on without showing a sentence to tune on.

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
    ap.add_argument("--what", default="all", choices=["dates", "speakers", "missed", "false", "all", "shapes"])
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
    if want == "shapes":
        print_shapes(s, gold, pred, match, gdocs)
        return
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


# Head nouns that make a gold speaker a body rather than a person or a group.
BODY_HEADS = {
    "agency", "army", "association", "authority", "bank", "board", "college", "commission",
    "committee", "company", "congress", "corporation", "council", "court", "department",
    "embassy", "federation", "forces", "foundation", "government", "group", "institute",
    "league", "military", "ministry", "office", "organisation", "organization", "parliament",
    "party", "police", "service", "services", "union", "university",
}
DESCRIPTION_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "it"}


def speaker_shape(s, pred, gold):
    """One of a few coarse shapes of a wrong speaker, from its words alone."""
    pk, gk = s.name_key(pred).split(), s.name_key(gold).split()
    who = "body" if set(gk) & BODY_HEADS else "person/group"
    if not pk:
        shape = "empty"
    elif set(pk) < set(gk):
        shape = "ours a subset of the gold's words (lost words)"
    elif set(gk) < set(pk):
        shape = "gold's words a subset of ours (extra words)"
    elif pk[-1] == gk[-1]:
        shape = "same last word, other words differ"
    elif set(pk) & set(gk):
        shape = "some words shared"
    elif pred[:1].islower() or pred.split()[0].lower() in DESCRIPTION_OPENERS:
        shape = "unresolved description or pronoun"
    elif set(pk) & BODY_HEADS:
        shape = "another body"
    else:
        shape = "another name"
    return f"{who}: {shape}"


def print_shapes(s, gold, pred, match, gdocs):
    from collections import Counter

    speakers, dates, missed, false = Counter(), Counter(), Counter(), Counter()
    pairs = 0
    for j, i in match.items():
        g, p = gold[i], pred[j]
        if g["optional"] == "1":
            continue
        pairs += 1
        if not s.speaker_ok(p["speaker"], g["speaker"]):
            speakers[speaker_shape(s, p["speaker"], g["speaker"])] += 1
        if p["stated_on"].strip() not in g["date"].split("|"):
            gold_empty = "gold empty" if not g["date"].strip() else "gold dated"
            dates[f"basis {p['date_basis'] or '-'}, {gold_empty}"] += 1
    matched = set(match.values())
    for i, g in enumerate(gold):
        if g["optional"] != "1" and i not in matched:
            missed[(g["cue"].split() or ["-"])[0].lower()] += 1
    for j, p in enumerate(pred):
        if s.doc_key(p["article_id"]) in gdocs and j not in match:
            false[(p["cue"].split() or ["-"])[0].lower()] += 1
    print(f"matched {pairs}  speaker errors {sum(speakers.values())}  date errors "
          f"{sum(dates.values())}  missed {sum(missed.values())}  false {sum(false.values())}")
    for title, counts in (("speaker", speakers), ("date", dates), ("missed, by cue", missed),
                          ("false, by cue", false)):
        for key, n in counts.most_common():
            print(f"{title:15} {n:4d}  {key}")


if __name__ == "__main__":
    main()
