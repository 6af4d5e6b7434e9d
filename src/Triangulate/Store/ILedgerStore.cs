using Triangulate.Ledger;

namespace Triangulate.Store;

/// <summary>
/// Keeps analysis runs in a database (docs/store.md). Documents are shared across runs and keyed by their content-hash
/// id, so re-analyzing an article updates its row; claims, entities, citations, conflicts, measures, revisions and the
/// timeline belong to the run that found them. Each save is one transaction: it is stored whole or not at all.
/// </summary>
public interface ILedgerStore
{
    /// <summary>What the store is, for messages: the SQLite file, or the PostgreSQL host and database (never a password).</summary>
    string Description { get; }

    /// <summary>
    /// Stores one run and returns its id; <paramref name="startedAt"/> is when its analysis began, if known.
    /// Throws <see cref="StoreException"/>, with nothing of the run stored, on failure.
    /// </summary>
    long Save(LedgerFile ledger, string runLabel, DateTimeOffset? startedAt = null);

    /// <summary>Every run, oldest first.</summary>
    IReadOnlyList<StoredRun> Runs();

    /// <summary>Measures with their figures as ledger.json has them, by run (every run, or only <paramref name="run"/>) and then in ledger order.</summary>
    IReadOnlyList<StoredMeasure> Measures(long? run = null);

    /// <summary>Holders' revisions of their own figures, by run and then in ledger order.</summary>
    IReadOnlyList<StoredRevision> Revisions(long? run = null);

    /// <summary>Timeline entries (dated statements and events), by run and then in ledger order.</summary>
    IReadOnlyList<StoredTimelineEntry> Timeline(long? run = null);

    /// <summary>Stored claims matching the filter, by run and then in ledger order.</summary>
    IReadOnlyList<StoredClaim> Claims(ClaimFilter? filter = null);

    /// <summary>Every stored document, by source.</summary>
    IReadOnlyList<StoredDocument> Documents();
}

/// <summary>
/// A stored run: <see cref="StartedAt"/> is when its analysis began (unknown for runs saved before schema version 2),
/// <see cref="FinishedAt"/> when it was saved; the counts are what the run holds.
/// </summary>
public sealed record StoredRun(
    long Id, string Label, DateTimeOffset? StartedAt, DateTimeOffset FinishedAt, string GeneratorVersion,
    int Documents, int Claims, int Conflicts, int Errors);

public sealed record StoredMeasure(long Run, MeasureRecord Measure);

public sealed record StoredRevision(long Run, RevisionRecord Revision);

public sealed record StoredTimelineEntry(long Run, TimelineEntry Entry);

/// <summary>A claim as the ledger had it, and the run that found it.</summary>
public sealed record StoredClaim(long Run, ClaimRecord Claim);

public sealed record StoredDocument(
    string Id,
    string Source,
    string? Url,
    string? Title,
    string? Outlet,
    string? Author,
    string? Published,
    string? PublishedPrecision,
    string Language,
    string Text,
    long FirstRun,
    long LastRun);

/// <summary>
/// Which claims to read. Holder and subject match a key exactly or a name/label as a case-insensitive substring;
/// stance matches exactly ("denied"); document matches the id or the source; run narrows to one run.
/// </summary>
public sealed record ClaimFilter(string? Holder = null, string? Subject = null, string? Stance = null, string? Document = null, long? Run = null, string? Story = null);

/// <summary>A store that could not be opened, read or written; the message says which store and why.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
