#!/usr/bin/env python3
"""Draws news sentences containing a digit or number word from development text, for hand-annotated quantity
cases (tests/Triangulate.Tests/Quantities/Cases/dev-news-3.txt). Sampling is fixed by the seed and happens
before any scoring, so the cases are not chosen by whether the recognizer gets them right.

usage: sample-dev-sentences.py SEED [--polnear N] [--polnear-splits train dev] [--tbaq N] [--conll N]
                               [--avoid CASEFILE ...]
Sentences that share most of their words with a sentence of an --avoid case file (an earlier set's paraphrase of
the same source sentence) are skipped."""
import argparse, glob, html, os, random, re

SHARED = "/work/shared/eval"
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
                "million billion trillion half quarter dozen").split()
NUMBERISH = re.compile(r"\d|\b(" + "|".join(NUMBER_WORDS) + r")\b", re.I)
SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z0-9])")


def prose(sentence):
    words = sentence.split()
    if not 8 <= len(words) <= 50 or not NUMBERISH.search(sentence):
        return False
    if not re.search(r"[.!?][\"”’')]*$", sentence):
        return False  # headlines, datelines, table rows
    lower = sum(1 for w in words if w[:1].islower())
    return lower >= len(words) * 0.4  # results tables and name lists are mostly capitals and figures


def polnear(splits):
    # never the test split: it is report-only
    paths = sorted(p for split in splits if split != "test" for p in glob.glob(f"{SHARED}/polnear/{split}/text/*.txt"))
    for path in paths:
        for paragraph in open(path, encoding="utf-8").read().split("\n"):
            yield from (("polnear", os.path.basename(path), s.strip()) for s in SPLIT.split(paragraph.strip()) if s.strip())


def tbaq():
    for path in sorted(glob.glob(f"{SHARED}/tempeval3/TBAQ-cleaned/*/*.tml")):
        text = open(path, encoding="utf-8").read()
        body = re.search(r"<TEXT>(.*)</TEXT>", text, re.S)
        if not body:
            continue
        plain = html.unescape(re.sub(r"<[^>]+>", "", body.group(1))).replace("``", '"').replace("''", '"')
        for paragraph in re.split(r"\n\s*\n", plain):
            paragraph = " ".join(paragraph.split())
            yield from (("tbaq", os.path.basename(path), s.strip()) for s in SPLIT.split(paragraph) if s.strip())


def detokenize(tokens):
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?%)'])", r"\1", text)
    text = re.sub(r"([($]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d)\b", r"\1", text)
    return text.replace('" ', '"', 1) if text.count('"') == 1 else text


def conll():
    tokens, doc = [], 0
    for line in open(f"{SHARED}/conll2003/eng.train", encoding="utf-8"):
        line = line.strip()
        if line.startswith("-DOCSTART-"):
            doc += 1
        elif not line:
            if tokens:
                yield ("conll", f"doc{doc}", detokenize(tokens))
            tokens = []
        else:
            tokens.append(line.split()[0])


def word_set(sentence):
    return {w.lower() for w in re.findall(r"[A-Za-z]+", sentence)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("seed", type=int)
    parser.add_argument("--polnear", type=int, default=100)
    parser.add_argument("--polnear-splits", nargs="+", default=["train"], choices=["train", "dev"])
    parser.add_argument("--tbaq", type=int, default=50)
    parser.add_argument("--conll", type=int, default=50)
    parser.add_argument("--avoid", nargs="*", default=[])
    args = parser.parse_args()

    avoid = []
    for path in args.avoid:
        for block in open(path, encoding="utf-8").read().split("\n\n"):
            lines = [l for l in block.splitlines() if l and not l.startswith("#")]
            if lines:
                avoid.append(word_set(lines[0]))

    def fresh(sentence):
        words = word_set(sentence)
        return all(len(words & a) < 0.6 * min(len(words), len(a)) for a in avoid if a)

    rng = random.Random(args.seed)
    sources = ((lambda: polnear(args.polnear_splits), args.polnear), (tbaq, args.tbaq), (conll, args.conll))
    for source, count in sources:
        pool = sorted({s for s in source() if prose(s[2])})
        rng.shuffle(pool)
        taken = 0
        for item in pool:
            if taken == count:
                break
            if fresh(item[2]):
                print("\t".join(item))
                taken += 1


if __name__ == "__main__":
    main()
