using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Pipeline;

namespace Triangulate.Ledger;

/// <summary>Turns a document's attribution layer into ledger records (docs/ledger/attributions.md).</summary>
public static class AttributionLedger
{
    public static IEnumerable<AttributionRecord> Records(AnalyzedDocument analyzed)
    {
        var doc = analyzed.Document;
        var source = doc.Metadata.DisplaySource;
        SpanRecord Of(Span s) => new(s.Start, s.Length, doc.Slice(s));
        SourceRecord SourceOf(SourceMention m) =>
            new(m.Span is { } s ? s.Start : null, m.Span?.Length, m.Text, Kebab(m.Kind.ToString()), m.EntityId, m.DisplayName ?? (m.Text.Length > 0 ? m.Text : null));
        return analyzed.Attributions.Items.Select(a => new AttributionRecord(
            source,
            a.Type.ToString().ToLowerInvariant(),
            SourceOf(a.Source),
            a.SourceExtent is { } e ? Of(e) : null,
            a.Cue is { } c ? new CueRecord(c.Span.Start, c.Span.Length, c.Text, c.Lemma, c.Class) : null,
            Of(a.Content),
            a.Channel is { } ch ? Of(ch) : null,
            a.ChannelKind,
            a.Time is { } t ? Of(t) : null,
            a.Inherited,
            a.Cites.Select(x => new CitationRecord(x.Kind, SourceOf(x.Cited), Of(x.Evidence))).ToList(),
            Of(a.Evidence)));
    }

    private static string Kebab(string name) => name.ToLowerInvariant();
}

/// <summary>One attribution in ledger.json: who (source), the cue, what (content), how, where and when, citing whom.</summary>
public sealed record AttributionRecord(
    string DocumentSource,
    string Type,
    SourceRecord Source,
    SpanRecord? SourceExtent,
    CueRecord? Cue,
    SpanRecord Content,
    SpanRecord? Channel,
    string? ChannelKind,
    SpanRecord? StatementTime,
    bool Inherited,
    IReadOnlyList<CitationRecord> Cites,
    SpanRecord Evidence);

/// <summary>A source as written (start/length absent for agentless and unknown sources), its kind, and the entity once linked.</summary>
public sealed record SourceRecord(int? Start, int? Length, string Text, string Kind, string? EntityId, string? DisplayName);

public sealed record CueRecord(int Start, int Length, string Text, string Lemma, string Class);

/// <summary>A `cites` edge from the attribution's source to the source it relied on.</summary>
public sealed record CitationRecord(string Kind, SourceRecord Cited, SpanRecord Evidence);
