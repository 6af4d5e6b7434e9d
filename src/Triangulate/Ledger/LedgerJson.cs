using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Triangulate.Ingest;
using Triangulate.Pipeline;

namespace Triangulate.Ledger;

/// <summary>
/// Writes the ledger as JSON (docs/ledger-format.md). Records are denormalized on purpose: each carries its
/// document's source and its evidence text, so `jq` and spreadsheets need no joins.
/// </summary>
public static class LedgerJson
{
    public const int FormatVersion = 1;

    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static LedgerFile Build(
        IReadOnlyList<AnalyzedDocument> documents,
        IReadOnlyList<IngestError> errors,
        IReadOnlyList<DuplicateLink>? duplicates = null) =>
        new(FormatVersion,
            typeof(LedgerJson).Assembly.GetName().Version?.ToString() ?? "0",
            documents.Select(ToRecord).ToList(),
            errors.Select(e => new ErrorRecord(e.Path, e.Reason)).ToList())
        {
            Duplicates = DuplicateRecords(documents, duplicates ?? []),
            Attributions = documents.SelectMany(AttributionLedger.Records).ToList(),
            Times = documents.SelectMany(TimeLedger.Records).ToList(),
            Quantities = documents.SelectMany(QuantityLedger.Records).ToList(),
        };

    private static List<DuplicateRecord> DuplicateRecords(IReadOnlyList<AnalyzedDocument> documents, IReadOnlyList<DuplicateLink> links)
    {
        var sources = documents.Select(d => d.Document).ToDictionary(d => d.Id, d => d.Metadata.DisplaySource);
        return links.Select(l => new DuplicateRecord(
            l.DocumentId, sources.GetValueOrDefault(l.DocumentId, l.DocumentId),
            l.OriginalId, sources.GetValueOrDefault(l.OriginalId, l.OriginalId),
            l.Similarity, l.Kind)).ToList();
    }

    public static void Write(LedgerFile ledger, Stream stream) => JsonSerializer.Serialize(stream, ledger, Options);

    private static DocumentRecord ToRecord(AnalyzedDocument analyzed)
    {
        var doc = analyzed.Document;
        var meta = doc.Metadata;
        var seg = analyzed.Segmentation;
        return new DocumentRecord(
            doc.Id,
            meta.Source,
            meta.Url,
            meta.Title,
            meta.Outlet,
            meta.Author,
            meta.Published?.ToString(),
            meta.Published?.Precision.ToString().ToLowerInvariant(),
            meta.Language,
            [.. meta.Corrections],
            doc.Text,
            seg.Paragraphs.Select(p => new SpanRecord(p.Span.Start, p.Span.Length, null)).ToList(),
            seg.Sentences.Select(s => new SpanRecord(s.Span.Start, s.Span.Length, doc.Slice(s.Span))).ToList(),
            doc.Removed.Select(r => new RemovedRecord(r.CleanOffset, r.Text, r.Reason)).ToList(),
            meta.WireTag,
            meta.Provenance.IsEmpty ? null : meta.Provenance);
    }
}

public sealed record LedgerFile(
    int FormatVersion,
    string GeneratorVersion,
    IReadOnlyList<DocumentRecord> Documents,
    IReadOnlyList<ErrorRecord> Errors)
{
    /// <summary>Exact and near duplicates, each linked to its original (docs/ledger/ingest.md).</summary>
    public IReadOnlyList<DuplicateRecord> Duplicates { get; init; } = [];

    /// <summary>Who said what, across all documents (docs/ledger/attributions.md).</summary>
    public IReadOnlyList<AttributionRecord> Attributions { get; init; } = [];

    /// <summary>Time expressions normalized against each document's publication date (docs/ledger/times.md).</summary>
    public IReadOnlyList<TimeRecord> Times { get; init; } = [];

    /// <summary>Canonical entities across documents, with aliases, roles and every mention (docs/ledger/entities.md).</summary>
    public IReadOnlyList<EntityRecord> Entities { get; init; } = [];

    /// <summary>Figures with their intervals, qualifiers, units and what they count (docs/ledger/quantities.md).</summary>
    public IReadOnlyList<QuantityRecord> Quantities { get; init; } = [];

    /// <summary>Claims and what they add up to across documents (docs/ledger-format.md).</summary>
    public LedgerSection? Ledger { get; init; }
}

public sealed record DocumentRecord(
    string Id,
    string Source,
    string? Url,
    string? Title,
    string? Outlet,
    string? Author,
    string? Published,
    string? PublishedPrecision,
    string Language,
    IReadOnlyList<string> Corrections,
    string Text,
    IReadOnlyList<SpanRecord> Paragraphs,
    IReadOnlyList<SpanRecord> Sentences,
    IReadOnlyList<RemovedRecord> Removed,
    string? WireTag = null,
    IReadOnlyDictionary<string, string>? Provenance = null);

/// <summary>An evidence span: offset and length into the document's clean text, and that text.</summary>
public sealed record SpanRecord(int Start, int Length, string? Text);

public sealed record RemovedRecord(int CleanOffset, string Text, string Reason);

public sealed record ErrorRecord(string Path, string Reason);

/// <summary>A document that copies another (ingest's dedup): both ids and both sources, so no join is needed.</summary>
public sealed record DuplicateRecord(string DocumentId, string Source, string OriginalId, string OriginalSource, double Similarity, DuplicateKind Kind);
