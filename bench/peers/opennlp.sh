#!/usr/bin/env bash
# Peer comparison on CoNLL-2003 eng.testb: Apache OpenNLP's name finder (Debian package `opennlp`, maxent with
# its default features, trained on eng.train) against our `triangulate eval ner`. Prints both systems' F1 and
# tokens/s. Usage: bash bench/peers/opennlp.sh [conll-folder]  (default ../shared/eval/conll2003)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-../shared/eval/conll2003}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if ! command -v opennlp >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq opennlp >/dev/null
fi

# CoNLL (IOB1, one token a line) -> OpenNLP name-finder format: one sentence a line, names as
# <START:type> ... <END>, a blank line between documents (the finder's document-level memory resets there).
# Also writes the bare tokenized sentences, for timing the tagger alone.
convert() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
src, out, plain = sys.argv[1:]
def sentences(path):
    sent = []
    for line in open(path, encoding="utf-8"):
        f = line.split()
        if not f:
            if sent: yield sent; sent = []
            continue
        if f[0] == "-DOCSTART-":
            if sent: yield sent; sent = []
            yield None
            continue
        sent.append((f[0], f[-1]))
    if sent: yield sent
with open(out, "w", encoding="utf-8") as o, open(plain, "w", encoding="utf-8") as p:
    first = True
    for s in sentences(src):
        if s is None:
            if not first: o.write("\n")
            first = False
            continue
        words, prev, open_type = [], "O", None
        for w, tag in s:
            kind, _, typ = tag.partition("-")
            starts = kind == "B" or (kind == "I" and (open_type != typ))
            if open_type and (kind == "O" or starts):
                words.append("<END>"); open_type = None
            if starts:
                words.append("<START:%s>" % typ.lower()); open_type = typ
            words.append(w)
        if open_type: words.append("<END>")
        o.write(" ".join(words) + "\n")
        p.write(" ".join(w for w, _ in s) + "\n")
PY
}
convert "$DATA/eng.train" "$WORK/train.txt" "$WORK/train.plain"
convert "$DATA/eng.testb" "$WORK/testb.txt" "$WORK/testb.plain"
TOKENS=$(wc -w < "$WORK/testb.plain")

echo "== OpenNLP $(dpkg-query -W -f='${Version}' opennlp) (maxent, default features, 100 iterations, cutoff 5)"
start=$(date +%s.%N)
opennlp TokenNameFinderTrainer -model "$WORK/ner.bin" -lang en -data "$WORK/train.txt" -encoding UTF-8 > "$WORK/train.log" 2>&1
echo "training: $(echo "$(date +%s.%N) - $start" | bc) s"
opennlp TokenNameFinderEvaluator -model "$WORK/ner.bin" -data "$WORK/testb.txt" -encoding UTF-8 2>&1 | grep -E "Precision|Recall|F-Measure|per|loc|org|misc" || true
opennlp TokenNameFinderEvaluator -model "$WORK/ner.bin" -data "$WORK/testb.txt" -encoding UTF-8 -detailedF true 2>&1 | tail -12 || true

# Speed: tag eng.testb's sentences; the JVM's start-up and model load are measured apart on one sentence.
head -1 "$WORK/testb.plain" > "$WORK/one.plain"
t0=$(date +%s.%N); opennlp TokenNameFinder "$WORK/ner.bin" < "$WORK/one.plain" > /dev/null 2>&1; t1=$(date +%s.%N)
opennlp TokenNameFinder "$WORK/ner.bin" < "$WORK/testb.plain" > "$WORK/testb.out" 2> "$WORK/tag.log"; t2=$(date +%s.%N)
python3 - "$TOKENS" "$t0" "$t1" "$t2" <<'PY'
import sys
tokens, t0, t1, t2 = int(sys.argv[1]), *map(float, sys.argv[2:])
startup, total = t1 - t0, t2 - t1
print(f"tagging: {tokens} tokens in {total:.2f} s wall ({startup:.2f} s JVM start + model load on one sentence)")
print(f"OpenNLP speed: {tokens / max(total - startup, 1e-9):,.0f} tokens/s excluding start-up, {tokens / total:,.0f} including")
PY
grep -i "sent/s\|Average" "$WORK/tag.log" || true

echo "== Triangulate (eval ner, shipped model)"
dotnet build -c Release src/Triangulate.Cli -v q -nologo > /dev/null
dotnet src/Triangulate.Cli/bin/Release/net10.0/Triangulate.Cli.dll eval ner --conll "$DATA/eng.testb"
