using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Documents;

namespace Triangulate.Ledger;

/// <summary>Every claim of one story that measures one thing (same counted thing, same orientation), in order of statement.</summary>
public sealed record Measure(string Story, string Key, string Label, Orientation Orientation, ImmutableArray<Claim> Claims);

public enum ConflictKind { IncompatibleFigures, AssertionVersusDenial }

/// <summary>Two claims from independent origins that cannot both be true.</summary>
public sealed record Conflict(ConflictKind Kind, string Story, string SubjectKey, string Subject, Claim First, Claim Second, string Reason);

/// <summary>A holder changing its own figure: evolution, not conflict.</summary>
public sealed record Revision(string HolderKey, string HolderName, string SubjectKey, Claim Earlier, Claim Later);

/// <summary>The same proposition affirmed by at least two independent origins.</summary>
public sealed record Corroboration(string Story, string SubjectKey, string Subject, ImmutableArray<string> IndependentOrigins, ImmutableArray<Claim> Claims);

/// <summary>A holder citing or restating another, with the words that say so.</summary>
public sealed record CitationEdge(Holder From, Holder To, string DocumentId, string DocumentSource, Span Evidence, string EvidenceText);

public enum TimelineKind { Statement, Event }

/// <summary>A dated statement or event; <see cref="Precision"/> says how much of the date is known.</summary>
public sealed record TimelineEntry(string Date, string Precision, TimelineKind Kind, string Text, ImmutableArray<string> ClaimIds);

public sealed record ClaimLedger(
    ImmutableArray<Story> Stories,
    ImmutableArray<Claim> Claims,
    ImmutableArray<Measure> Measures,
    ImmutableArray<Conflict> Conflicts,
    ImmutableArray<Revision> Revisions,
    ImmutableArray<Corroboration> Corroborations,
    ImmutableArray<CitationEdge> Citations,
    ImmutableArray<TimelineEntry> Timeline);
