using System.Collections.Immutable;

namespace Triangulate.Documents;

/// <summary>
/// An article after ingest: immutable clean text plus where it came from. Every later annotation is a
/// <see cref="Span"/> into <see cref="Text"/>, so anything can be traced back and highlighted.
/// </summary>
public sealed record Document(
    string Id,
    string Text,
    DocumentMetadata Metadata,
    ImmutableArray<RemovedSpan> Removed)
{
    public string Slice(Span span) => span.Of(Text);
}

/// <summary>Where and when an article was published, and by whom, as far as the input tells.</summary>
public sealed record DocumentMetadata(
    string Source,
    string? Url,
    string? Title,
    string? Outlet,
    string? Author,
    PublicationTime? Published,
    string Language,
    ImmutableArray<string> Corrections,
    ImmutableDictionary<string, string> Provenance)
{
    /// <summary>The file name, or the URL when there is no file: what a reader of the ledger recognises.</summary>
    public string DisplaySource => Url ?? Source;

    /// <summary>The news agency named at the top of a wire story ("(AP) —"), the strongest sign of a copy.</summary>
    public string? WireTag { get; init; }

    /// <summary>The place in the dateline ("SEOUL, South Korea —"); the text keeps it.</summary>
    public string? Dateline { get; init; }

    public static DocumentMetadata ForSource(string source) =>
        new(source, null, null, null, null, null, "en", [], ImmutableDictionary<string, string>.Empty);
}

/// <summary>How precisely a publication time is known.</summary>
public enum TimePrecision { Year, Month, Day, Minute }

public sealed record PublicationTime(DateTimeOffset Value, TimePrecision Precision)
{
    public DateOnly Date => DateOnly.FromDateTime(Value.Date);

    public override string ToString() => Precision switch
    {
        TimePrecision.Year => Value.ToString("yyyy"),
        TimePrecision.Month => Value.ToString("yyyy-MM"),
        TimePrecision.Day => Value.ToString("yyyy-MM-dd"),
        _ => Value.ToString("yyyy-MM-ddTHH:mmzzz"),
    };
}

/// <summary>
/// Text that ingest took out of the article (boilerplate, captions, sign-offs), kept so nothing is silently lost.
/// <paramref name="CleanOffset"/> is where it stood in the clean text.
/// </summary>
public sealed record RemovedSpan(int CleanOffset, string Text, string Reason);
