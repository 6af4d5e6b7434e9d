using System.Collections.Immutable;
using Triangulate.Documents;
using Triangulate.Time;

namespace Triangulate.Evaluation.TempEval;

/// <summary>
/// Lists where our time expressions and TempEval's gold disagree, one tab-separated line per error, for studying
/// misses: <c>kind, document, DCT, gold text | type | value, ours text | type | value, context</c>. Kinds: MISS (no
/// prediction overlaps the gold), EXTENT, TYPE and VALUE (the paired prediction differs there), FP (paired with no gold).
/// </summary>
public static class TempEvalErrors
{
    public const string Header = "kind\tdocument\tdct\tgold\tours\tcontext";

    private const int ContextChars = 60;

    public static IEnumerable<string> Describe(TimeMlDocument doc, ImmutableArray<TimeExpression> found)
    {
        var pairs = TempEvalScorer.Pair(doc.Gold, found);
        var paired = new bool[found.Length];
        for (var gi = 0; gi < doc.Gold.Length; gi++)
        {
            var g = doc.Gold[gi];
            var gold = $"{g.Span.Of(doc.Text)} | {g.Type} | {g.Value}";
            if (pairs[gi] < 0)
            {
                yield return Line("MISS", doc, gold, "", g.Span);
                continue;
            }
            var t = found[pairs[gi]];
            paired[pairs[gi]] = true;
            var ours = Show(t);
            if (t.Span != g.Span) yield return Line("EXTENT", doc, gold, ours, g.Span);
            if (t.TypeName != g.Type) yield return Line("TYPE", doc, gold, ours, g.Span);
            if (t.Value != g.Value) yield return Line("VALUE", doc, gold, ours, g.Span);
        }
        for (var j = 0; j < found.Length; j++)
            if (!paired[j]) yield return Line("FP", doc, "", Show(found[j]), found[j].Span);
    }

    private static string Show(TimeExpression t) => $"{t.Text} | {t.TypeName} | {t.Value}";

    private static string Line(string kind, TimeMlDocument doc, string gold, string ours, Span at)
    {
        var from = Math.Max(0, at.Start - ContextChars);
        var to = Math.Min(doc.Text.Length, at.End + ContextChars);
        var context = doc.Text[from..at.Start] + "[" + at.Of(doc.Text) + "]" + doc.Text[at.End..to];
        var dct = doc.CreationTime is { } c ? c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "-";
        return string.Join('\t', kind, doc.Name, dct, Clean(gold), Clean(ours), Clean(context));
    }

    private static string Clean(string s) => s.ReplaceLineEndings(" ").Replace('\t', ' ');
}
