using Triangulate.Entities.Resolution;
using Triangulate.Pipeline;

namespace Triangulate.Ledger;

/// <summary>Turns the entity catalog into ledger records (docs/ledger/entities.md).</summary>
public static class EntityLedger
{
    public static List<EntityRecord> Records(EntityCatalog catalog, IReadOnlyList<AnalyzedDocument> documents)
    {
        var sources = documents.ToDictionary(d => d.Document.Id, d => (d.Document.Metadata.DisplaySource, d.Document.Text));
        return [.. catalog.Entities.Select(e => new EntityRecord(
            e.Id,
            e.Name,
            e.Type.ToString().ToLowerInvariant(),
            [.. e.Aliases],
            [.. e.Roles],
            [.. e.Affiliations],
            e.Documents.Length,
            [.. e.Mentions.Select(m => new EntityMentionRecord(
                m.DocumentId,
                sources.TryGetValue(m.DocumentId, out var s) ? s.DisplaySource : m.DocumentId,
                new SpanRecord(m.Span.Start, m.Span.Length, m.Text),
                m.Link))]))];
    }
}

/// <summary>A canonical entity: id (stable across runs), display name, type, other names, roles, affiliations, mentions.</summary>
public sealed record EntityRecord(
    string Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Affiliations,
    int DocumentCount,
    IReadOnlyList<EntityMentionRecord> Mentions);

/// <summary>One mention: document id and source, the span with its text, and why it was linked to the entity.</summary>
public sealed record EntityMentionRecord(string DocumentId, string DocumentSource, SpanRecord Evidence, MentionLink Link);
