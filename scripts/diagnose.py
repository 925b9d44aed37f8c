#!/usr/bin/env python3
"""Lists what the scorer counts against a run, one line per error, to find the rule behind it.

    scripts/diagnose.py GOLD_DIR OUT_DIR [--what dates|speakers|missed|false|all|shapes]

`--what shapes` and `--what details` print counts only, never a name or a sentence: how many speaker errors have
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
    ap.add_argument("--what", default="all", choices=["dates", "speakers", "missed", "false", "all", "shapes", "details"])
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
    if want == "details":
        print_details(s, args.gold, args.out, gold, pred, match)
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


def where_words_lost(gk, pk):
    """Where the gold's words that we left out sit in the gold name: first, last, middle."""
    lost = [i for i, w in enumerate(gk) if w not in pk]
    if not lost:
        return "none"
    spots = set()
    for i in lost:
        spots.add("first" if i == 0 else "last" if i == len(gk) - 1 else "middle")
    return "+".join(sorted(spots)) + f" ({len(lost)} word{'s' if len(lost) > 1 else ''})"


def where_words_added(gk, pk):
    """Where our extra words sit around the gold's: before, after, between."""
    extra = [i for i, w in enumerate(pk) if w not in gk]
    if not extra:
        return "none"
    kept = [i for i, w in enumerate(pk) if w in gk]
    first, last = (min(kept), max(kept)) if kept else (len(pk), -1)
    spots = set()
    for i in extra:
        spots.add("before" if i < first else "after" if i > last else "between")
    return "+".join(sorted(spots)) + f" ({len(extra)} word{'s' if len(extra) > 1 else ''})"


def case_of(words_in_text):
    """'capitalized', 'lower' or 'mixed' for the surface words given."""
    caps = [w[:1].isupper() for w in words_in_text if w[:1].isalpha()]
    if not caps:
        return "no letters"
    return "capitalized" if all(caps) else "lower" if not any(caps) else "mixed"


def read_rows(path):
    import csv

    try:
        with open(path, newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))
    except OSError:
        return []


def short_shape(shape):
    """speaker_shape's label in a few words, so that the detail tables stay one line each."""
    for long, short in (("ours a subset of the gold's words (lost words)", "lost words"),
                        ("gold's words a subset of ours (extra words)", "extra words"),
                        ("same last word, other words differ", "same last word"),
                        ("some words shared", "some shared"),
                        ("unresolved description or pronoun", "unresolved"),
                        ("person/group", "person")):
        shape = shape.replace(long, short)
    return shape


def print_details(s, gold_dir, out_dir, gold, pred, match):
    """Finer counts of the speaker errors, to aim a rule without reading a sentence.

    For each wrong speaker it asks the article text and entities.csv where the gold's name and
    ours occur relative to the claim, which words were lost or added and how they are written.
    Only counts are printed."""
    from collections import Counter
    import re

    texts = {}
    # The texts sit beside gold/ (data/SET/gold → data/SET).
    set_dir = os.path.dirname(os.path.normpath(gold_dir)) if os.path.basename(os.path.normpath(gold_dir)) == "gold" else gold_dir
    for name in os.listdir(set_dir):
        if name.endswith(".txt"):
            with open(os.path.join(set_dir, name), encoding="utf-8", errors="replace") as f:
                texts[s.doc_key(name)] = f.read()
    entity_names = Counter()
    for e in read_rows(os.path.join(out_dir, "entities.csv")):
        entity_names[(s.doc_key(e["article_id"]), s.name_key(e["name"]))] += 1
        entity_names[(s.doc_key(e["article_id"]), "surface:" + s.name_key(e["surface"]))] += 1
    counts = {k: Counter() for k in ("shape x kind", "shape x our type", "gold name in text",
                                     "our name in text", "gold name in entities", "lost words",
                                     "added words", "gold name vs claim", "our role column",
                                     "our name off the page")}
    total = 0
    for j, i in match.items():
        g, p = gold[i], pred[j]
        if g["optional"] == "1" or s.speaker_ok(p["speaker"], g["speaker"]):
            continue
        total += 1
        shape = short_shape(speaker_shape(s, p["speaker"], g["speaker"]))
        doc = g["doc"]
        text = texts.get(doc, "")
        low = text.lower()
        gk, pk = s.name_key(g["speaker"]).split(), s.name_key(p["speaker"]).split()
        counts["shape x kind"][f"{shape} | {p['kind']}"] += 1
        counts["shape x our type"][f"{shape} | {p['speaker_type'] or '-'}"] += 1
        counts["our role column"][f"{shape} | role {'set' if p['speaker_role'].strip() else 'empty'}"] += 1
        gname = g["speaker"].strip().lower()
        pname = p["speaker"].strip().lower()
        try:
            start = int(p["start"])
        except ValueError:
            start = -1
        gpos = [m.start() for m in re.finditer(re.escape(gname), low)] if gname else []
        ppos = [m.start() for m in re.finditer(re.escape(pname), low)] if pname else []
        counts["gold name in text"][f"{shape} | {'verbatim' if gpos else 'not verbatim'}"] += 1
        counts["our name in text"][f"{shape} | {'verbatim' if ppos else 'not verbatim'}"] += 1
        if not ppos:
            # A name that is not on the page came from somewhere else: the gazetteer's canonical
            # form, or another article's spelling chosen for the whole corpus.
            elsewhere = any(pname in t.lower() for d, t in texts.items() if d != doc)
            gid = "gazetteer id" if p["speaker_id"].strip() not in ("", "unknown") else "no id"
            gold_here = "gold verbatim here" if gpos else "gold not verbatim"
            counts["our name off the page"][f"{shape} | {gid} | {'on another page' if elsewhere else 'on no page'} | {gold_here}"] += 1
        if gpos and start >= 0:
            before = [x for x in gpos if x < start]
            near = [x for x in gpos if abs(x - start) < 600]
            where = ("within 600 bytes" if near else "earlier only" if before else "later only")
            counts["gold name vs claim"][f"{shape} | gold name {where}"] += 1
        in_ents = entity_names[(doc, s.name_key(g["speaker"]))] or entity_names[(doc, "surface:" + s.name_key(g["speaker"]))]
        counts["gold name in entities"][f"{shape} | {'has a mention' if in_ents else 'no mention'}"] += 1
        if shape.split(": ")[1] in ("lost words", "same last word", "some shared"):
            lost_surface = [w for w in g["speaker"].split() if s.name_key(w) and s.name_key(w) not in pk]
            counts["lost words"][f"{shape} | {where_words_lost(gk, pk)} | {case_of(lost_surface)}"] += 1
        if shape.split(": ")[1] in ("extra words", "same last word", "some shared"):
            extra_surface = [w for w in p["speaker"].split() if s.name_key(w) and s.name_key(w) not in gk]
            counts["added words"][f"{shape} | {where_words_added(gk, pk)} | {case_of(extra_surface)}"] += 1
    print(f"speaker errors {total}")
    for title, c in counts.items():
        for key, n in c.most_common():
            print(f"{title:22} {n:4d}  {key}")


if __name__ == "__main__":
    main()
