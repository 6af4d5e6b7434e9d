using System.Collections.Immutable;
using System.Diagnostics;
using Triangulate.Segmentation;
using Triangulate.Time;

namespace Triangulate.Evaluation.TempEval;

/// <summary>TempEval-3 Task A figures: extent (strict, relaxed), and type and value over relaxed matches.</summary>
public sealed record TempEvalFigures(
    string Corpus,
    int Documents,
    int Gold,
    int Predicted,
    PrfCounts Strict,
    PrfCounts Relaxed,
    PrfCounts Type,
    PrfCounts Value,
    double TypeAccuracy,
    double ValueAccuracy,
    long Tokens,
    double RecognizerSeconds)
{
    public double TokensPerSecond => RecognizerSeconds == 0 ? 0 : Tokens / RecognizerSeconds;
}

/// <summary>
/// Scores the recognizer on TimeML documents with each document's creation time as the anchor. Each gold
/// expression is paired with at most one prediction (an exact one first, else the first overlapping one);
/// attribute F1 counts the pairs whose attribute is also right, over all predictions and all gold.
/// </summary>
public sealed class TempEvalScorer(Segmenter segmenter, TimeRecognizer recognizer)
{
    public TempEvalFigures Score(string corpus, IEnumerable<TimeMlDocument> documents, Action<TimeMlDocument, ImmutableArray<TimeExpression>>? write = null)
    {
        int docs = 0, gold = 0, predicted = 0, strict = 0, relaxed = 0, type = 0, value = 0;
        long tokens = 0, ticks = 0;
        foreach (var doc in documents)
        {
            var seg = segmenter.Segment(doc.Text);
            var start = Stopwatch.GetTimestamp();
            var found = recognizer.Recognize(doc.Text, seg, doc.CreationTime);
            ticks += Stopwatch.GetTimestamp() - start;
            tokens += seg.Tokens.Length;
            docs++;
            gold += doc.Gold.Length;
            predicted += found.Length;
            write?.Invoke(doc, found);
            var pairs = Pair(doc.Gold, found);
            for (var gi = 0; gi < doc.Gold.Length; gi++)
            {
                var g = doc.Gold[gi];
                var k = pairs[gi];
                if (k < 0) continue;
                relaxed++;
                if (found[k].Span == g.Span) strict++;
                if (found[k].TypeName == g.Type) type++;
                if (found[k].Value == g.Value) value++;
            }
        }
        return new TempEvalFigures(corpus, docs, gold, predicted,
            PrfCounts.FromTotals(strict, predicted, gold),
            PrfCounts.FromTotals(relaxed, predicted, gold),
            PrfCounts.FromTotals(type, predicted, gold),
            PrfCounts.FromTotals(value, predicted, gold),
            relaxed == 0 ? 0 : 100.0 * type / relaxed,
            relaxed == 0 ? 0 : 100.0 * value / relaxed,
            tokens,
            (double)ticks / Stopwatch.Frequency);
    }

    /// <summary>For each gold expression, the index of the prediction paired with it, or -1.</summary>
    public static int[] Pair(ImmutableArray<GoldTimex> gold, ImmutableArray<TimeExpression> found)
    {
        var used = new bool[found.Length];
        var pairs = new int[gold.Length];
        for (var gi = 0; gi < gold.Length; gi++)
        {
            var g = gold[gi];
            var k = -1;
            for (var j = 0; j < found.Length && k < 0; j++)
                if (!used[j] && found[j].Span == g.Span) k = j;
            for (var j = 0; j < found.Length && k < 0; j++)
                if (!used[j] && found[j].Span.Overlaps(g.Span)) k = j;
            if (k >= 0) used[k] = true;
            pairs[gi] = k;
        }
        return pairs;
    }
}
