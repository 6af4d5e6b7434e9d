using System.Globalization;
using CsvHelper;
using Triangulate.Pipeline;
using Triangulate.Quantities;

namespace Triangulate.Ledger;

/// <summary>Turns a document's quantities into ledger records (docs/ledger/quantities.md).</summary>
public static class QuantityLedger
{
    public static IEnumerable<QuantityRecord> Records(AnalyzedDocument analyzed)
    {
        var doc = analyzed.Document;
        return analyzed.Quantities.Select(q => new QuantityRecord(
            doc.Id,
            doc.Metadata.DisplaySource,
            new SpanRecord(q.Span.Start, q.Span.Length, q.Text),
            analyzed.Segmentation.SentenceAt(q.Span.Start) is { } s ? new SpanRecord(s.Span.Start, s.Span.Length, doc.Slice(s.Span)) : null,
            q.Value,
            q.Low,
            q.High,
            q.Qualifier,
            q.Change,
            q.Unit,
            q.Rate,
            q.CountedThing,
            q.CountedThingSpan is { } c ? new SpanRecord(c.Start, c.Length, c.Of(doc.Text)) : null));
    }

    /// <summary>One row per quantity, for spreadsheets (`triangulate numbers --csv`).</summary>
    public static void WriteCsv(IEnumerable<QuantityRecord> records, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true);
        csv.WriteRecord(["document", "document_source", "start", "length", "text", "value", "low", "high", "qualifier", "change", "unit", "rate",
            "counted_thing", "sentence"]);
        foreach (var r in records)
            csv.WriteRecord([r.Document, r.DocumentSource, r.Evidence.Start.ToString(CultureInfo.InvariantCulture),
                r.Evidence.Length.ToString(CultureInfo.InvariantCulture), r.Evidence.Text ?? "", Number(r.Value), Number(r.Low), Number(r.High),
                Kebab(r.Qualifier.ToString()), Kebab(r.Change.ToString()), r.Unit ?? "", r.Rate ?? "", r.CountedThing ?? "", r.Sentence?.Text ?? ""]);
    }

    public static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    public static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}

/// <summary>
/// One quantity in ledger.json: its text and span, the sentence it stands in, its value or interval (an open
/// end is omitted), qualifier, change, unit, rate and what it counts.
/// </summary>
public sealed record QuantityRecord(
    string Document,
    string DocumentSource,
    SpanRecord Evidence,
    SpanRecord? Sentence,
    double? Value,
    double? Low,
    double? High,
    Qualifier Qualifier,
    Change Change,
    string? Unit,
    string? Rate,
    string? CountedThing,
    SpanRecord? CountedThingSpan);
