using Triangulate.Attribution;
using Triangulate.Attribution.Tagging;
using Triangulate.Documents;
using Triangulate.Segmentation;

namespace Triangulate.Evaluation.PolNear;

/// <summary>
/// Trains the attribution role tagger on PolNeAR: each token's gold role (source, cue or content of the first
/// annotation file), with features that include what the rules found there.
/// </summary>
public static class PolNearTraining
{
    /// <param name="afterEpoch">Called after each epoch with its number and the attributor the model so far gives.</param>
    public static RoleTaggerModel Train(IEnumerable<PolNearArticle> articles, RoleTaggerOptions options, Action<int, Attributor>? afterEpoch = null)
    {
        var lex = AttributionLexicon.Default;
        var rules = new Attributor(lex);
        var documents = new List<RoleTrainingDocument>();
        foreach (var article in articles)
        {
            var segmentation = Segmenter.Default.Segment(article.Text);
            var (found, quotes) = rules.Rules(article.Text, segmentation);
            var features = RoleFeatures.Extract(segmentation, quotes, found, lex);
            documents.Add(new RoleTrainingDocument(features, GoldTags(segmentation, article, features.SequenceStarts)));
        }
        return RoleTaggerTrainer.Train(documents, options,
            afterEpoch is null ? null : (epoch, model) => afterEpoch(epoch, new Attributor(lex, model)));
    }

    /// <summary>Each token's BIO role in the gold attributions; a discontinuous span is scored (and so taught) as its extent.</summary>
    private static int[] GoldTags(Segmentation.Segmentation segmentation, PolNearArticle article, int[] sequenceStarts)
    {
        var tags = new int[segmentation.Tokens.Length];
        static Span Extent(IEnumerable<Span> spans) => Span.FromBounds(spans.Min(s => s.Start), spans.Max(s => s.End));
        foreach (var g in article.Attributions) RoleFeatures.Mark(segmentation, tags, Extent(g.Content), AttributionRole.Content);
        foreach (var g in article.Attributions)
        {
            if (!g.Cue.IsEmpty) RoleFeatures.Mark(segmentation, tags, Extent(g.Cue), AttributionRole.Cue);
            if (!g.Source.IsEmpty) RoleFeatures.Mark(segmentation, tags, Extent(g.Source), AttributionRole.Source);
        }
        RoleTags.Repair(tags, sequenceStarts);
        return tags;
    }
}
