using Triangulate.Pipeline;
using Triangulate.Time;

namespace Triangulate.Ledger;

/// <summary>Turns a document's time expressions into ledger records (docs/ledger/times.md).</summary>
public static class TimeLedger
{
    public static IEnumerable<TimeRecord> Records(AnalyzedDocument analyzed)
    {
        var source = analyzed.Document.Metadata.DisplaySource;
        var anchor = analyzed.Document.Metadata.Published?.ToString();
        return analyzed.Times.Select(t => new TimeRecord(
            source,
            new SpanRecord(t.Span.Start, t.Span.Length, t.Text),
            t.TypeName,
            t.Value,
            t.Precision.ToString().ToLowerInvariant(),
            t.Modifier,
            t.RangeStart?.ToString("yyyy-MM-dd"),
            t.RangeEnd?.ToString("yyyy-MM-dd"),
            t.Resolved,
            anchor));
    }
}

/// <summary>
/// One time expression in ledger.json: the TIMEX3 type and value, how precise it is, and the publication date it was
/// resolved against (null, with Resolved false, when the document had none and nothing was invented).
/// </summary>
public sealed record TimeRecord(
    string DocumentSource,
    SpanRecord Evidence,
    string Type,
    string Value,
    string Precision,
    string? Modifier,
    string? RangeStart,
    string? RangeEnd,
    bool Resolved,
    string? Anchor);
