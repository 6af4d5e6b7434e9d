using System.Text;
using Triangulate.Attribution;
using Triangulate.Documents;

namespace Triangulate.Evaluation.PolNear;

/// <summary>A cue error: a gold cue none of ours overlaps (missed) or one of ours no gold cue overlaps (spurious).</summary>
/// <param name="Cue">The cue's words, lower case (a discontinuous gold cue's parts joined by "…").</param>
/// <param name="Source">The source's text (gold for a miss, ours for a spurious cue), empty when there is none.</param>
/// <param name="Context">The line around the cue with the cue in [brackets].</param>
public sealed record CueError(bool Missed, string Article, string Cue, string Source, string Context);

/// <summary>Lists cue errors of one article, to see which cues the attributor misses or invents (the --errors diagnostic).</summary>
public static class CueErrors
{
    public static IEnumerable<CueError> Of(PolNearArticle article, Attributions found)
    {
        var text = article.Text;
        var ours = found.Items.Where(a => a.Cue is not null).Select(a => a.Cue!.Span).Distinct().ToList();
        var seen = new HashSet<Span>();
        foreach (var g in article.Attributions.Where(g => !g.Cue.IsEmpty))
        {
            var extent = Span.FromBounds(g.Cue.Min(s => s.Start), g.Cue.Max(s => s.End));
            if (!seen.Add(extent) || ours.Any(o => o.Overlaps(extent))) continue;
            var words = string.Join(" … ", g.Cue.OrderBy(s => s.Start).Select(s => Flat(s.Of(text)).ToLowerInvariant()));
            var source = string.Join(" … ", g.Source.OrderBy(s => s.Start).Select(s => Flat(s.Of(text))));
            yield return new CueError(true, article.Name, words, source, Context(text, extent));
        }
        var gold = article.Attributions.SelectMany(g => g.Cue).ToList();
        foreach (var a in found.Items.Where(a => a.Cue is not null).DistinctBy(a => a.Cue!.Span))
        {
            var span = a.Cue!.Span;
            if (gold.Any(s => s.Overlaps(span))) continue;
            var source = PolNearScorer.SourceSpan(a) is { } s ? Flat(s.Of(text)) : "";
            yield return new CueError(false, article.Name, Flat(span.Of(text)).ToLowerInvariant(), source, Context(text, span));
        }
    }

    /// <summary>One tab-separated line per error: kind, article, cue, source, context.</summary>
    public static string Format(CueError e) =>
        string.Join('\t', e.Missed ? "MISS" : "FP", e.Article, e.Cue, e.Source, e.Context);

    /// <summary>The most frequent cue texts among the errors, most frequent first.</summary>
    public static IEnumerable<(string Cue, int Count)> Top(IEnumerable<CueError> errors, int n) =>
        errors.GroupBy(e => e.Cue).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).Take(n);

    /// <summary>The line holding the span, cut to about 200 characters either side, with the span bracketed.</summary>
    private static string Context(string text, Span span)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        var end = text.IndexOf('\n', span.End);
        if (end < 0) end = text.Length;
        start = Math.Max(start, span.Start - 200);
        end = Math.Min(end, span.End + 200);
        var sb = new StringBuilder();
        sb.Append(text, start, span.Start - start).Append('[').Append(span.Of(text)).Append(']').Append(text, span.End, end - span.End);
        return Flat(sb.ToString());
    }

    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\t', ' ').Replace('\r', ' ');
}
