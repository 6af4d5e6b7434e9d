using Triangulate.Attribution;
using System.Collections.Immutable;
using Triangulate.Documents;
using Triangulate.Entities.Resolution;
using Triangulate.Quantities;
using Triangulate.Time;

namespace Triangulate.Pipeline;

/// <summary>One document with every layer the pipeline has put on it so far.</summary>
public sealed record AnalyzedDocument(Document Document, Segmentation.Segmentation Segmentation)
{
    /// <summary>Who said what: quotes, reported speech and citation edges.</summary>
    public Attributions Attributions { get; init; } = Attributions.Empty;

    /// <summary>Time expressions, normalized against the publication date (unresolved when there is none).</summary>
    public ImmutableArray<TimeExpression> Times { get; init; } = [];

    /// <summary>Named entities, resolved within the document (aliases, surnames, metonyms, speaking pronouns).</summary>
    public DocumentEntities Entities { get; init; } = DocumentEntities.Empty;

    /// <summary>Figures: counts, amounts of money, percentages, measures, ranges and vague amounts.</summary>
    public ImmutableArray<Quantity> Quantities { get; init; } = [];
}
