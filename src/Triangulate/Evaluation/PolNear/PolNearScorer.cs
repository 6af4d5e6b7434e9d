using System.Collections.Immutable;
using System.Diagnostics;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Segmentation;

namespace Triangulate.Evaluation.PolNear;

/// <summary>Span scores for one role, with exact boundaries and with any overlap (citron's two conventions).</summary>
public sealed record RoleScores(PrfCounts Exact, PrfCounts Overlap);

/// <summary>The figures of one PolNeAR run.</summary>
public sealed record PolNearFigures(
    string Split,
    int Articles,
    int GoldAttributions,
    int PredictedAttributions,
    RoleScores Source,
    RoleScores Cue,
    RoleScores Content,
    double SourceAccuracy,
    int Tokens,
    double AttributionSeconds,
    double TokensPerSecond,
    string AnnotationChoice);

/// <summary>Runs the attributor over PolNeAR articles and scores source, cue and content spans.</summary>
public sealed class PolNearScorer
{
    private readonly Segmenter _segmenter;
    private readonly Attributor _attributor;

    public PolNearScorer(Segmenter segmenter, Attributor attributor)
    {
        _segmenter = segmenter;
        _attributor = attributor;
    }

    /// <param name="predictions">Called with each article and our attributions (to write brat files), or null.</param>
    private const int WarmUpArticles = 20;

    public PolNearFigures Score(string split, IEnumerable<PolNearArticle> articles, Action<PolNearArticle, Attributions>? predictions = null)
    {
        PrfCounts srcExact = default, srcOverlap = default, cueExact = default, cueOverlap = default, conExact = default, conOverlap = default;
        int articlesSeen = 0, gold = 0, predicted = 0, tokens = 0, withContent = 0, sourceRight = 0;
        var clock = new Stopwatch();
        var all = articles.ToList();
        // Warm up before the clock starts (model loading, the JIT's optimised tier): speed is per token of steady-state
        // work, as a benchmark measures it, not per process start.
        foreach (var article in all.Take(WarmUpArticles))
            _attributor.Attribute(new Document(article.Name, article.Text, DocumentMetadata.ForSource(article.Name + ".txt"), []), _segmenter.Segment(article.Text));
        foreach (var article in all)
        {
            articlesSeen++;
            var document = new Document(article.Name, article.Text, DocumentMetadata.ForSource(article.Name + ".txt"), []);
            var segmentation = _segmenter.Segment(article.Text);
            tokens += segmentation.Tokens.Length;
            clock.Start();
            var found = _attributor.Attribute(document, segmentation);
            found = ToPolNearConvention(found, article.Text);
            clock.Stop();
            predictions?.Invoke(article, found);
            gold += article.Attributions.Length;
            predicted += found.Items.Length;

            var goldSources = Distinct(article.Attributions.Where(g => !g.Source.IsEmpty).Select(g => Extent(g.Source)));
            var goldCues = Distinct(article.Attributions.Where(g => !g.Cue.IsEmpty).Select(g => Extent(g.Cue)));
            var goldContents = Distinct(article.Attributions.Select(g => Extent(g.Content)));
            var ourSources = Distinct(found.Items.Select(SourceSpan).OfType<Span>());
            var ourCues = Distinct(found.Items.Where(a => a.Cue is not null).Select(a => a.Cue!.Span));
            var ourContents = Distinct(found.Items.Select(a => a.Content));

            srcExact += Exact(ourSources, goldSources); srcOverlap += Overlap(ourSources, goldSources);
            cueExact += Exact(ourCues, goldCues); cueOverlap += Overlap(ourCues, goldCues);
            conExact += Exact(ourContents, goldContents); conOverlap += Overlap(ourContents, goldContents);

            // Source accuracy: of the gold attributions with a source whose content we found, the share whose source we found too.
            foreach (var g in article.Attributions.Where(g => !g.Source.IsEmpty))
            {
                var content = Extent(g.Content);
                var best = found.Items.Where(a => a.Content.Overlaps(content)).MaxBy(a => OverlapLength(a.Content, content));
                if (best is null) continue;
                withContent++;
                if (SourceSpan(best) is { } s && g.Source.Any(gs => gs.Overlaps(s))) sourceRight++;
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return new PolNearFigures(split, articlesSeen, gold, predicted,
            new RoleScores(srcExact, srcOverlap), new RoleScores(cueExact, cueOverlap), new RoleScores(conExact, conOverlap),
            withContent == 0 ? 0 : 100.0 * sourceRight / withContent,
            tokens, seconds, seconds == 0 ? 0 : tokens / seconds,
            "first .ann file per article in ordinal sorted order");
    }

    /// <summary>
    /// PolNeAR's conventions: attributions nested inside a direct quote ("I think ..." within a quote) are not annotated,
    /// a quote that carries on after its cue ("“A,” X said. “B.”") is one attribution whose content runs from A to B,
    /// and a description's content holds what is described ("called [Trump “unhinged.”]"), where ours keeps only the
    /// speaker's words.
    /// </summary>
    public static Attributions ToPolNearConvention(Attributions found, string text)
    {
        var kept = new List<Attribution.AttributionRelation>();
        foreach (var item in found.Items.Where(a => !a.InsideQuote))
        {
            var a = item;
            if (a.Cue is { Class: "describe" } cue && a.Content.Start > cue.Span.End)
            {
                var start = cue.Span.End;
                while (start < a.Content.Start && char.IsWhiteSpace(text[start])) start++;
                a = a with { Content = Span.FromBounds(start, a.Content.End) };
            }
            var donor = a.Inherited ? kept.FindLastIndex(k => k.Cue is not null && k.Type != AttributionType.Indirect && k.Source == a.Source && k.Content.End <= a.Content.Start) : -1;
            if (donor >= 0 && a.Content.Start - kept[donor].Content.End < 400)
                kept[donor] = kept[donor] with { Content = Span.FromBounds(kept[donor].Content.Start, a.Content.End) };
            else kept.Add(a);
        }
        return new Attributions([.. kept]);
    }

    /// <summary>The source span scored against PolNeAR: the full phrase with its appositive, as PolNeAR marks it.</summary>
    public static Span? SourceSpan(Attribution.AttributionRelation a) => a.SourceExtent ?? a.Source.Span;

    private static Span Extent(ImmutableArray<Span> spans) => Span.FromBounds(spans.Min(s => s.Start), spans.Max(s => s.End));

    private static List<Span> Distinct(IEnumerable<Span> spans) => spans.Distinct().OrderBy(s => s.Start).ToList();

    private static int OverlapLength(Span a, Span b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);

    private static PrfCounts Exact(List<Span> ours, List<Span> gold)
    {
        var goldSet = gold.ToHashSet();
        var matched = ours.Count(goldSet.Contains);
        return PrfCounts.FromTotals(matched, ours.Count, gold.Count);
    }

    /// <summary>One-to-one greedy matching of overlapping spans.</summary>
    private static PrfCounts Overlap(List<Span> ours, List<Span> gold)
    {
        var used = new bool[gold.Count];
        var matched = 0;
        foreach (var o in ours)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (used[g] || !gold[g].Overlaps(o)) continue;
                used[g] = true;
                matched++;
                break;
            }
        }
        return PrfCounts.FromTotals(matched, ours.Count, gold.Count);
    }
}
