using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Triangulate.Ledger;

namespace Triangulate.Store;

/// <summary>Writes one run inside the caller's transaction: the run row, then documents (upserted), then what the run found.</summary>
internal static class Writer
{
    public static long Write(DbConnection connection, DbTransaction transaction, LedgerFile ledger, string label, DateTimeOffset? startedAt)
    {
        long run;
        using (var insertRun = SqlLedgerStore.Command(connection, transaction, """
            INSERT INTO runs (label, started_at, created_at, generator_version, format_version)
            VALUES (@label, @started_at, @created_at, @generator_version, @format_version) RETURNING id
            """,
            [("@label", label), ("@started_at", startedAt?.UtcDateTime), ("@created_at", DateTime.UtcNow), ("@generator_version", ledger.GeneratorVersion),
                ("@format_version", (long)ledger.FormatVersion)]))
            run = Convert.ToInt64(insertRun.ExecuteScalar(), CultureInfo.InvariantCulture);

        var storyOf = (ledger.Ledger?.Stories ?? []).SelectMany(s => s.Documents.Select(d => (Document: d, Story: s.Id)))
            .ToDictionary(x => x.Document, x => x.Story, StringComparer.Ordinal);
        // Re-analyzing an article updates its row: the text is the same (the id is its hash), the metadata may be better.
        using (var document = new Insert(connection, transaction, """
            INSERT INTO documents (id, source, url, title, outlet, author, published, published_precision, language, wire_tag, text, first_run, last_run)
            VALUES (@id, @source, @url, @title, @outlet, @author, @published, @published_precision, @language, @wire_tag, @text, @run, @run)
            ON CONFLICT (id) DO UPDATE SET source = excluded.source, url = excluded.url, title = excluded.title, outlet = excluded.outlet,
                author = excluded.author, published = excluded.published, published_precision = excluded.published_precision,
                language = excluded.language, wire_tag = excluded.wire_tag, last_run = excluded.last_run
            """))
        using (var runDocument = new Insert(connection, transaction, "INSERT INTO run_documents (run, document, story) VALUES (@run, @document, @story)"))
        {
            foreach (var d in ledger.Documents)
            {
                document.Run(("@id", d.Id), ("@source", d.Source), ("@url", d.Url), ("@title", d.Title), ("@outlet", d.Outlet), ("@author", d.Author),
                    ("@published", d.Published), ("@published_precision", d.PublishedPrecision), ("@language", d.Language), ("@wire_tag", d.WireTag),
                    ("@text", d.Text), ("@run", run));
                runDocument.Run(("@run", run), ("@document", d.Id), ("@story", storyOf.GetValueOrDefault(d.Id)));
            }
        }

        using (var error = new Insert(connection, transaction, "INSERT INTO run_errors (run, position, path, reason) VALUES (@run, @position, @path, @reason)"))
            foreach (var (e, i) in ledger.Errors.Select((e, i) => (e, i)))
                error.Run(("@run", run), ("@position", (long)i), ("@path", e.Path), ("@reason", e.Reason));

        var section = ledger.Ledger;
        if (section is not null)
        {
            WriteStories(connection, transaction, run, section.Stories);
            WriteClaims(connection, transaction, run, section);
        }
        WriteEntities(connection, transaction, run, ledger.Entities);
        if (section is not null)
        {
            WriteCitations(connection, transaction, run, section.Citations);
            WriteConflicts(connection, transaction, run, section.Conflicts);
            WriteMeasures(connection, transaction, run, section.Measures);
            WriteRevisions(connection, transaction, run, section.Revisions);
            WriteTimeline(connection, transaction, run, section.Timeline);
        }
        return run;
    }

    private static void WriteStories(DbConnection connection, DbTransaction transaction, long run, IReadOnlyList<StoryRecord> stories)
    {
        using var story = new Insert(connection, transaction, "INSERT INTO stories (run, position, id, label) VALUES (@run, @position, @id, @label)");
        foreach (var (s, i) in stories.Select((s, i) => (s, i)))
            story.Run(("@run", run), ("@position", (long)i), ("@id", s.Id), ("@label", s.Label));
    }

    private static void WriteClaims(DbConnection connection, DbTransaction transaction, long run, LedgerSection section)
    {
        using var claim = new Insert(connection, transaction, """
            INSERT INTO claims (run, id, position, document, document_source, outlet, holder_key, holder_name, holder_kind, kind,
                subject_key, subject_label, value_text, low, high, qualifier, stance, stance_start, stance_length, orientation, cue,
                stated_on, stated_on_precision, stated_on_text, refers_to, evidence_start, evidence_length, evidence_text,
                focus_start, focus_length, focus_text)
            VALUES (@run, @id, @position, @document, @document_source, @outlet, @holder_key, @holder_name, @holder_kind, @kind,
                @subject_key, @subject_label, @value_text, @low, @high, @qualifier, @stance, @stance_start, @stance_length, @orientation, @cue,
                @stated_on, @stated_on_precision, @stated_on_text, @refers_to, @evidence_start, @evidence_length, @evidence_text,
                @focus_start, @focus_length, @focus_text)
            """);
        using var cite = new Insert(connection, transaction, "INSERT INTO claim_cites (run, claim, position, holder) VALUES (@run, @claim, @position, @holder)");
        foreach (var (c, i) in section.Claims.Select((c, i) => (c, i)))
        {
            claim.Run(("@run", run), ("@id", c.Id), ("@position", (long)i), ("@document", c.Document), ("@document_source", c.DocumentSource),
                ("@outlet", c.Outlet), ("@holder_key", c.HolderKey), ("@holder_name", c.Holder), ("@holder_kind", Name(c.HolderKind)),
                ("@kind", Name(c.Kind)), ("@subject_key", c.SubjectKey), ("@subject_label", c.Subject), ("@value_text", c.Value),
                ("@low", c.Low), ("@high", c.High), ("@qualifier", c.Qualifier), ("@stance", c.Stance),
                ("@stance_start", (long?)c.StanceEvidence?.Start), ("@stance_length", (long?)c.StanceEvidence?.Length),
                ("@orientation", Name(c.Orientation)), ("@cue", c.Cue), ("@stated_on", Date(c.StatedOn)),
                ("@stated_on_precision", c.StatedOnPrecision), ("@stated_on_text", c.StatedOnText), ("@refers_to", c.RefersTo),
                ("@evidence_start", (long)c.Evidence.Start), ("@evidence_length", (long)c.Evidence.Length), ("@evidence_text", c.Evidence.Text),
                ("@focus_start", (long)c.Focus.Start), ("@focus_length", (long)c.Focus.Length), ("@focus_text", c.Focus.Text));
            foreach (var (holder, j) in c.Cites.Select((h, j) => (h, j)))
                cite.Run(("@run", run), ("@claim", c.Id), ("@position", (long)j), ("@holder", holder));
        }
    }

    private static void WriteEntities(DbConnection connection, DbTransaction transaction, long run, IReadOnlyList<EntityRecord> entities)
    {
        using var entity = new Insert(connection, transaction, """
            INSERT INTO entities (run, id, name, type, aliases, roles, affiliations, document_count)
            VALUES (@run, @id, @name, @type, @aliases, @roles, @affiliations, @document_count)
            """);
        using var mention = new Insert(connection, transaction, """
            INSERT INTO entity_mentions (run, entity, position, document, evidence_start, evidence_length, evidence_text, link)
            VALUES (@run, @entity, @position, @document, @evidence_start, @evidence_length, @evidence_text, @link)
            """);
        foreach (var e in entities)
        {
            entity.Run(("@run", run), ("@id", e.Id), ("@name", e.Name), ("@type", e.Type), ("@aliases", List(e.Aliases)),
                ("@roles", List(e.Roles)), ("@affiliations", List(e.Affiliations)), ("@document_count", (long)e.DocumentCount));
            foreach (var (m, i) in e.Mentions.Select((m, i) => (m, i)))
                mention.Run(("@run", run), ("@entity", e.Id), ("@position", (long)i), ("@document", m.DocumentId),
                    ("@evidence_start", (long)m.Evidence.Start), ("@evidence_length", (long)m.Evidence.Length), ("@evidence_text", m.Evidence.Text),
                    ("@link", Name(m.Link)));
        }
    }

    private static void WriteCitations(DbConnection connection, DbTransaction transaction, long run, IReadOnlyList<CitationEdgeRecord> citations)
    {
        using var citation = new Insert(connection, transaction, """
            INSERT INTO citations (run, position, from_holder, to_holder, document_source, evidence_start, evidence_length, evidence_text)
            VALUES (@run, @position, @from_holder, @to_holder, @document_source, @evidence_start, @evidence_length, @evidence_text)
            """);
        foreach (var (c, i) in citations.Select((c, i) => (c, i)))
            citation.Run(("@run", run), ("@position", (long)i), ("@from_holder", c.From), ("@to_holder", c.To), ("@document_source", c.DocumentSource),
                ("@evidence_start", (long)c.Evidence.Start), ("@evidence_length", (long)c.Evidence.Length), ("@evidence_text", c.Evidence.Text));
    }

    private static void WriteConflicts(DbConnection connection, DbTransaction transaction, long run, IReadOnlyList<ConflictRecord> conflicts)
    {
        using var conflict = new Insert(connection, transaction, """
            INSERT INTO conflicts (run, position, kind, subject, reason, first_claim, second_claim, first_holder, second_holder)
            VALUES (@run, @position, @kind, @subject, @reason, @first_claim, @second_claim, @first_holder, @second_holder)
            """);
        foreach (var (c, i) in conflicts.Select((c, i) => (c, i)))
            conflict.Run(("@run", run), ("@position", (long)i), ("@kind", Name(c.Kind)), ("@subject", c.Subject), ("@reason", c.Reason),
                ("@first_claim", c.ClaimIds[0]), ("@second_claim", c.ClaimIds[1]), ("@first_holder", c.Holders[0]), ("@second_holder", c.Holders[1]));
    }

    /// <summary>A figure's holder, value, stance, date and source are its claim's, so only the claim id is kept.</summary>
    private static void WriteMeasures(DbConnection connection, DbTransaction transaction, long run, IReadOnlyList<MeasureRecord> measures)
    {
        using var measure = new Insert(connection, transaction, """
            INSERT INTO measures (run, position, story, key, label, orientation) VALUES (@run, @position, @story, @key, @label, @orientation)
            """);
        using var figure = new Insert(connection, transaction, """
            INSERT INTO measure_figures (run, measure, position, claim) VALUES (@run, @measure, @position, @claim)
            """);
        foreach (var (m, i) in measures.Select((m, i) => (m, i)))
        {
            measure.Run(("@run", run), ("@position", (long)i), ("@story", m.Story), ("@key", m.Key), ("@label", m.Label), ("@orientation", Name(m.Orientation)));
            foreach (var (f, j) in m.Figures.Select((f, j) => (f, j)))
                figure.Run(("@run", run), ("@measure", (long)i), ("@position", (long)j), ("@claim", f.ClaimId));
        }
    }

    private static void WriteRevisions(DbConnection connection, DbTransaction transaction, long run, IReadOnlyList<RevisionRecord> revisions)
    {
        using var revision = new Insert(connection, transaction, """
            INSERT INTO revisions (run, position, holder, subject, from_value, to_value, from_date, to_date, from_claim, to_claim)
            VALUES (@run, @position, @holder, @subject, @from_value, @to_value, @from_date, @to_date, @from_claim, @to_claim)
            """);
        foreach (var (r, i) in revisions.Select((r, i) => (r, i)))
            revision.Run(("@run", run), ("@position", (long)i), ("@holder", r.Holder), ("@subject", r.Subject), ("@from_value", r.From),
                ("@to_value", r.To), ("@from_date", Date(r.FromDate)), ("@to_date", Date(r.ToDate)),
                ("@from_claim", r.ClaimIds[0]), ("@to_claim", r.ClaimIds[1]));
    }

    private static void WriteTimeline(DbConnection connection, DbTransaction transaction, long run, IReadOnlyList<TimelineEntry> timeline)
    {
        using var entry = new Insert(connection, transaction, """
            INSERT INTO timeline (run, position, date, precision, kind, text) VALUES (@run, @position, @date, @precision, @kind, @text)
            """);
        using var claim = new Insert(connection, transaction, """
            INSERT INTO timeline_claims (run, entry, position, claim) VALUES (@run, @entry, @position, @claim)
            """);
        foreach (var (t, i) in timeline.Select((t, i) => (t, i)))
        {
            entry.Run(("@run", run), ("@position", (long)i), ("@date", t.Date), ("@precision", t.Precision), ("@kind", Name(t.Kind)), ("@text", t.Text));
            foreach (var (id, j) in t.ClaimIds.Select((id, j) => (id, j)))
                claim.Run(("@run", run), ("@entry", (long)i), ("@position", (long)j), ("@claim", id));
        }
    }

    /// <summary>Enum values as ledger.json spells them (kebab-case), so SQL filters match what readers see there.</summary>
    internal static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static DateOnly? Date(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Short lists (aliases, roles) as one text cell, '; '-separated as in ledger.csv.</summary>
    private static string List(IReadOnlyList<string> values) => string.Join("; ", values);

    /// <summary>One prepared statement run once per row.</summary>
    private sealed class Insert(DbConnection connection, DbTransaction transaction, string sql) : IDisposable
    {
        private readonly DbCommand command = SqlLedgerStore.Command(connection, transaction, sql);

        public void Run(params (string Name, object? Value)[] values)
        {
            command.Parameters.Clear();
            foreach (var (name, value) in values)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            command.ExecuteNonQuery();
        }

        public void Dispose() => command.Dispose();
    }
}
