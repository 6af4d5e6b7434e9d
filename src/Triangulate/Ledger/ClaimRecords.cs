using Triangulate.Claims;

namespace Triangulate.Ledger;

/// <summary>A claim as ledger.json and ledger.csv show it: flat, with its document, holder and evidence inline.</summary>
public sealed record ClaimRecord(
    string Id,
    string Story,
    string Document,
    string DocumentSource,
    string? Outlet,
    string Holder,
    string HolderKey,
    HolderKind HolderKind,
    ClaimKind Kind,
    string Subject,
    string SubjectKey,
    string? Value,
    double? Low,
    double? High,
    string? Qualifier,
    string Stance,
    SpanRecord? StanceEvidence,
    Orientation Orientation,
    string? Cue,
    string? StatedOn,
    string? StatedOnPrecision,
    string? StatedOnText,
    string? RefersTo,
    SpanRecord Evidence,
    SpanRecord Focus,
    IReadOnlyList<string> Cites)
{
    public static ClaimRecord From(Claim c, string story) => new(
        c.Id, story, c.DocumentId, c.DocumentSource, c.Outlet, c.Holder.DisplayName, c.Holder.Key, c.Holder.Kind, c.Kind,
        c.Subject, c.SubjectKey, c.Value?.Text, c.Value?.Low, c.Value?.High, c.Value?.Qualifier,
        LedgerBuilder.StanceName(c.Stance),
        c.StanceEvidence is { } s ? new SpanRecord(s.Start, s.Length, null) : null,
        c.Orientation, c.Cue, c.StatedOn?.ToString("yyyy-MM-dd"), c.StatedOnPrecision, c.StatedOnText, c.RefersTo,
        new SpanRecord(c.Evidence.Start, c.Evidence.Length, c.EvidenceText),
        new SpanRecord(c.Focus.Start, c.Focus.Length, c.FocusText),
        [.. c.Cites.Select(h => h.DisplayName)]);
}

/// <summary>One holder's figure for a measure, in statement order.</summary>
public sealed record FigureRecord(string Holder, string Value, string Stance, string? StatedOn, string DocumentSource, string ClaimId);

public sealed record MeasureRecord(string Story, string Key, string Label, Orientation Orientation, IReadOnlyList<FigureRecord> Figures);

public sealed record ConflictRecord(ConflictKind Kind, string Story, string Subject, string Reason, IReadOnlyList<string> ClaimIds, IReadOnlyList<string> Holders);

public sealed record RevisionRecord(string Holder, string Subject, string From, string To, string? FromDate, string? ToDate, IReadOnlyList<string> ClaimIds);

/// <summary>A proposition affirmed by independent origins: their keys (as in claims' holderKey) and display names.</summary>
public sealed record CorroborationRecord(string Story, string Subject, IReadOnlyList<string> IndependentOrigins, IReadOnlyList<string> OriginNames, IReadOnlyList<string> ClaimIds);

public sealed record CitationEdgeRecord(string From, string To, string DocumentSource, SpanRecord Evidence);

/// <summary>A story: its id (as in the other records' <c>story</c>), the names it is most about, and its documents.</summary>
public sealed record StoryRecord(string Id, string Label, IReadOnlyList<string> Documents);

/// <summary>The cross-document part of ledger.json.</summary>
public sealed record LedgerSection(
    IReadOnlyList<StoryRecord> Stories,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<MeasureRecord> Measures,
    IReadOnlyList<ConflictRecord> Conflicts,
    IReadOnlyList<RevisionRecord> Revisions,
    IReadOnlyList<CorroborationRecord> Corroborations,
    IReadOnlyList<CitationEdgeRecord> Citations,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public static LedgerSection From(ClaimLedger ledger)
    {
        var storyOf = StoryGrouping.ByDocument(ledger.Stories);
        return new(
            [.. ledger.Stories.Select(s => new StoryRecord(s.Id, s.Label, s.DocumentIds))],
            [.. ledger.Claims.Select(c => ClaimRecord.From(c, storyOf[c.DocumentId]))],
            [.. ledger.Measures.Select(m => new MeasureRecord(m.Story, m.Key, m.Label, m.Orientation,
                [.. m.Claims.Select(c => new FigureRecord(c.Holder.DisplayName, c.Value!.Text, LedgerBuilder.StanceName(c.Stance),
                    c.StatedOn?.ToString("yyyy-MM-dd"), c.DocumentSource, c.Id))]))],
            [.. ledger.Conflicts.Select(c => new ConflictRecord(c.Kind, c.Story, c.Subject, c.Reason, [c.First.Id, c.Second.Id],
                [c.First.Holder.DisplayName, c.Second.Holder.DisplayName]))],
            [.. ledger.Revisions.Select(r => new RevisionRecord(r.HolderName, r.Earlier.Subject, r.Earlier.Value!.Text, r.Later.Value!.Text,
                r.Earlier.StatedOn?.ToString("yyyy-MM-dd"), r.Later.StatedOn?.ToString("yyyy-MM-dd"), [r.Earlier.Id, r.Later.Id]))],
            [.. ledger.Corroborations.Select(c => new CorroborationRecord(c.Story, c.Subject, c.IndependentOrigins, [.. c.IndependentOrigins.Select(o => NameOf(ledger, o))], [.. c.Claims.Select(x => x.Id)]))],
            [.. ledger.Citations.Select(e => new CitationEdgeRecord(e.From.DisplayName, e.To.DisplayName, e.DocumentSource,
                new SpanRecord(e.Evidence.Start, e.Evidence.Length, e.EvidenceText)))],
            ledger.Timeline);
    }

    /// <summary>The display name of a holder key, from the claims or the citation edges that carry it.</summary>
    private static string NameOf(ClaimLedger ledger, string key) =>
        ledger.Claims.FirstOrDefault(c => c.Holder.Key == key)?.Holder.DisplayName
        ?? ledger.Citations.Select(e => e.To).Concat(ledger.Citations.Select(e => e.From)).FirstOrDefault(h => h.Key == key)?.DisplayName
        ?? key;
}
