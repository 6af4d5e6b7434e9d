using System.Collections.Immutable;
using Triangulate.Attribution;
using Triangulate.Documents;

namespace Triangulate.Evaluation.PolNear;

/// <summary>
/// Lists where our attributions and PolNeAR's gold disagree, one tab-separated line per error, for studying misses:
/// <c>kind, article, gold source | cue | content, ours, sentence context</c>. Kinds: MISS (no content of ours overlaps
/// the gold content), CONTENT, SOURCE, CUE (the overlapping attribution has other boundaries), FP (none of the gold
/// contents overlaps ours).
/// </summary>
public static class PolNearErrors
{
    public static IEnumerable<string> Describe(PolNearArticle article, Attributions found)
    {
        var text = article.Text;
        foreach (var g in article.Attributions)
        {
            var content = Extent(g.Content);
            var best = found.Items.Where(a => a.Content.Overlaps(content))
                .MaxBy(a => Math.Min(a.Content.End, content.End) - Math.Max(a.Content.Start, content.Start));
            var gold = $"{Show(text, g.Source)} | {Show(text, g.Cue)} | {Show(text, g.Content)}";
            if (best is null)
            {
                yield return Line("MISS", article, gold, "", text, content);
                continue;
            }
            var ours = Show(text, best);
            if (best.Content != content) yield return Line("CONTENT", article, gold, ours, text, content);
            if (!g.Source.IsEmpty && PolNearScorer.SourceSpan(best) != Extent(g.Source) || g.Source.IsEmpty && PolNearScorer.SourceSpan(best) is not null)
                yield return Line("SOURCE", article, gold, ours, text, content);
            if (!g.Cue.IsEmpty && best.Cue?.Span != Extent(g.Cue)) yield return Line("CUE", article, gold, ours, text, content);
        }
        foreach (var a in found.Items)
        {
            if (article.Attributions.Any(g => Extent(g.Content).Overlaps(a.Content))) continue;
            yield return Line("FP", article, "", Show(text, a), text, a.Content);
        }
    }

    private static string Line(string kind, PolNearArticle article, string gold, string ours, string text, Span around) =>
        string.Join('\t', kind, article.Name, gold, ours, Flat(Context(text, around)));

    private static string Show(string text, AttributionRelation a) =>
        $"{(PolNearScorer.SourceSpan(a) is { } s ? Flat(s.Of(text)) : "-")} | {(a.Cue is { } c ? Flat(c.Span.Of(text)) : "-")} | {Flat(a.Content.Of(text))}";

    private static string Show(string text, ImmutableArray<Span> spans) =>
        spans.IsEmpty ? "-" : string.Join(" … ", spans.Select(s => Flat(s.Of(text))));

    /// <summary>The span with up to 150 characters either side, cut at line breaks.</summary>
    private static string Context(string text, Span span)
    {
        var start = Math.Max(0, span.Start - 150);
        var end = Math.Min(text.Length, span.End + 150);
        var left = text.LastIndexOf('\n', Math.Max(0, span.Start - 1), span.Start - start);
        var right = text.IndexOf('\n', span.End, end - span.End);
        if (left >= 0) start = left + 1;
        if (right >= 0) end = right;
        return text[start..span.Start] + "[[" + span.Of(text) + "]]" + text[span.End..end];
    }

    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\t', ' ');

    private static Span Extent(ImmutableArray<Span> spans) => Span.FromBounds(spans.Min(s => s.Start), spans.Max(s => s.End));
}
