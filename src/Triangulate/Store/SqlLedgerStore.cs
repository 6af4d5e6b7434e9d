using System.Data.Common;
using System.Globalization;
using Triangulate.Claims;
using Triangulate.Ledger;
using Triangulate.Resources;

namespace Triangulate.Store;

/// <summary>
/// The store over ADO.NET, shared by both dialects: the SQL here is the common subset of SQLite and PostgreSQL
/// (ON CONFLICT upserts, RETURNING, LIKE ... ESCAPE); what differs lives in the dialect's schema file and hooks.
/// </summary>
public abstract class SqlLedgerStore : ILedgerStore
{
    /// <summary>The schema version this build writes; Store/Resources/{dialect}.v{n}.sql creates each version.</summary>
    public const int SchemaVersion = 3;

    public abstract string Description { get; }

    /// <summary>Names the schema files: Store/Resources/{Dialect}.v{n}.sql.</summary>
    protected abstract string Dialect { get; }

    protected abstract DbConnection Connect();


    protected abstract bool SchemaExists(DbConnection connection, DbTransaction transaction);

    /// <summary>Per-connection settings that must be made outside a transaction.</summary>
    protected virtual void Prepare(DbConnection connection) { }

    /// <summary>Serializes schema creation between processes where the database allows it.</summary>
    protected virtual void LockSchema(DbConnection connection, DbTransaction transaction) { }

    public long Save(LedgerFile ledger, string runLabel, DateTimeOffset? startedAt = null)
    {
        Validate(ledger);
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        try
        {
            var run = Writer.Write(connection, transaction, ledger, runLabel, startedAt);
            transaction.Commit();
            return run;
        }
        catch (DbException e)
        {
            transaction.Rollback();
            throw new StoreException($"could not save run '{runLabel}' to {Description}: {e.Message.Trim()} (nothing of this run was stored)", e);
        }
    }

    /// <summary>Refuses, before writing anything, a ledger whose records point at documents or claims it does not carry.</summary>
    private static void Validate(LedgerFile ledger)
    {
        var ids = ledger.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var claim in ledger.Ledger?.Claims ?? [])
            if (!ids.Contains(claim.Document))
                throw new StoreException($"claim {claim.Id} refers to document {claim.Document} ({claim.DocumentSource}), which is not in this run; nothing was stored");
        if (ledger.Ledger is { } section)
        {
            var claims = section.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var cited = section.Conflicts.Select(c => ("conflict", c.Subject, c.ClaimIds))
                .Concat(section.Measures.Select(m => ("measure", m.Label, (IReadOnlyList<string>)[.. m.Figures.Select(f => f.ClaimId)])))
                .Concat(section.Revisions.Select(r => ("revision", r.Subject, r.ClaimIds)))
                .Concat(section.Timeline.Select(t => ("timeline entry", t.Text, (IReadOnlyList<string>)t.ClaimIds)));
            foreach (var (what, about, claimIds) in cited)
                if (claimIds.FirstOrDefault(id => !claims.Contains(id)) is { } missing)
                    throw new StoreException($"{what} '{about}' refers to claim {missing}, which is not in this run; nothing was stored");
        }
        foreach (var entity in ledger.Entities)
        foreach (var mention in entity.Mentions)
            if (!ids.Contains(mention.DocumentId))
                throw new StoreException($"entity {entity.Id} is mentioned in document {mention.DocumentId}, which is not in this run; nothing was stored");
    }

    public IReadOnlyList<StoredRun> Runs() => Read(connection =>
    {
        using var command = Command(connection, null, """
            SELECT r.id, r.label, r.started_at, r.created_at, r.generator_version,
                   (SELECT count(*) FROM run_documents d WHERE d.run = r.id),
                   (SELECT count(*) FROM claims c WHERE c.run = r.id),
                   (SELECT count(*) FROM conflicts f WHERE f.run = r.id),
                   (SELECT count(*) FROM run_errors e WHERE e.run = r.id)
            FROM runs r ORDER BY r.id
            """);
        using var reader = command.ExecuteReader();
        var runs = new List<StoredRun>();
        while (reader.Read())
            runs.Add(new StoredRun(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : Timestamp(reader, 2), Timestamp(reader, 3),
                reader.GetString(4), Int(reader, 5), Int(reader, 6), Int(reader, 7), Int(reader, 8)));
        return runs;
    });

    public IReadOnlyList<StoredMeasure> Measures(long? run = null) => Read(connection =>
    {
        var (where, parameters) = RunFilter("m", run);
        // A figure is a claim with a value: value_text is never null for the claims a measure holds.
        var figures = Grouped(connection, $"""
            SELECT f.run, f.measure, c.holder_name, c.value_text, c.stance, c.stated_on, c.document_source, c.id
            FROM measure_figures f JOIN measures m ON m.run = f.run AND m.position = f.measure
            JOIN claims c ON c.run = f.run AND c.id = f.claim
            {where} ORDER BY f.run, f.measure, f.position
            """, parameters, reader => (reader.GetInt64(0), reader.GetInt64(1)),
            reader => new FigureRecord(reader.GetString(2), reader.GetString(3), reader.GetString(4), Date(reader, 5), reader.GetString(6), reader.GetString(7)));
        using var measures = Command(connection, null, $"SELECT m.run, m.position, m.key, m.label, m.orientation, {StoryOrFirst("m.story")} FROM measures m {where} ORDER BY m.run, m.position", parameters);
        using var rows = measures.ExecuteReader();
        var result = new List<StoredMeasure>();
        while (rows.Read())
        {
            var key = (rows.GetInt64(0), rows.GetInt64(1));
            result.Add(new StoredMeasure(key.Item1, new MeasureRecord(rows.GetString(5), rows.GetString(2), rows.GetString(3), Parse<Orientation>(rows.GetString(4)),
                figures.TryGetValue(key, out var list) ? list : [])));
        }
        return result;
    });

    public IReadOnlyList<StoredRevision> Revisions(long? run = null) => Read(connection =>
    {
        var (where, parameters) = RunFilter("r", run);
        using var command = Command(connection, null, $"""
            SELECT r.run, r.holder, r.subject, r.from_value, r.to_value, r.from_date, r.to_date, r.from_claim, r.to_claim
            FROM revisions r {where} ORDER BY r.run, r.position
            """, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<StoredRevision>();
        while (reader.Read())
            result.Add(new StoredRevision(reader.GetInt64(0), new RevisionRecord(reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), Date(reader, 5), Date(reader, 6), [reader.GetString(7), reader.GetString(8)])));
        return result;
    });

    public IReadOnlyList<StoredTimelineEntry> Timeline(long? run = null) => Read(connection =>
    {
        var (where, parameters) = RunFilter("t", run);
        var claims = Grouped(connection, $"""
            SELECT tc.run, tc.entry, tc.claim FROM timeline_claims tc JOIN timeline t ON t.run = tc.run AND t.position = tc.entry
            {where} ORDER BY tc.run, tc.entry, tc.position
            """, parameters, reader => (reader.GetInt64(0), reader.GetInt64(1)), reader => reader.GetString(2));
        using var entries = Command(connection, null, $"SELECT t.run, t.position, t.date, t.precision, t.kind, t.text FROM timeline t {where} ORDER BY t.run, t.position", parameters);
        using var rows = entries.ExecuteReader();
        var result = new List<StoredTimelineEntry>();
        while (rows.Read())
        {
            var key = (rows.GetInt64(0), rows.GetInt64(1));
            result.Add(new StoredTimelineEntry(key.Item1, new TimelineEntry(rows.GetString(2), rows.GetString(3), Parse<TimelineKind>(rows.GetString(4)),
                rows.GetString(5), claims.TryGetValue(key, out var ids) ? [.. ids] : [])));
        }
        return result;
    });

    /// <summary>A query's rows grouped by the key of the record they belong to, each group in query order.</summary>
    private static Dictionary<TKey, List<TValue>> Grouped<TKey, TValue>(DbConnection connection, string sql, IEnumerable<(string Name, object? Value)> parameters,
        Func<DbDataReader, TKey> key, Func<DbDataReader, TValue> value) where TKey : notnull
    {
        var groups = new Dictionary<TKey, List<TValue>>();
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var k = key(reader);
            if (!groups.TryGetValue(k, out var list)) groups[k] = list = [];
            list.Add(value(reader));
        }
        return groups;
    }

    /// <summary>The run's entry for a claim's document, which names the claim's story (alias rd).</summary>
    private const string StoryJoin = "LEFT JOIN run_documents rd ON rd.run = c.run AND rd.document = c.document";

    /// <summary>A story column, read as the one story that all claims of a run saved before schema version 3 were compared in.</summary>
    private static string StoryOrFirst(string column) => $"COALESCE({column}, 'story-1')";

    /// <summary>A WHERE clause narrowing the table aliased <paramref name="alias"/> to one run, or nothing for every run.</summary>
    private static (string Where, List<(string, object?)> Parameters) RunFilter(string alias, long? run) =>
        run is { } id ? ($"WHERE {alias}.run = @run", [("@run", id)]) : ("", []);

    public IReadOnlyList<StoredDocument> Documents() => Read(connection =>
    {
        using var command = Command(connection, null, """
            SELECT id, source, url, title, outlet, author, published, published_precision, language, text, first_run, last_run
            FROM documents ORDER BY source, id
            """);
        using var reader = command.ExecuteReader();
        var documents = new List<StoredDocument>();
        while (reader.Read())
            documents.Add(new StoredDocument(reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4),
                Text(reader, 5), Text(reader, 6), Text(reader, 7), reader.GetString(8), reader.GetString(9), reader.GetInt64(10), reader.GetInt64(11)));
        return documents;
    });

    public IReadOnlyList<StoredClaim> Claims(ClaimFilter? filter = null) => Read(connection =>
    {
        var (where, parameters) = Where(filter ?? new ClaimFilter());

        var cites = Grouped(connection, $"""
            SELECT cc.run, cc.claim, cc.holder FROM claim_cites cc JOIN claims c ON c.run = cc.run AND c.id = cc.claim
            {StoryJoin} {where} ORDER BY cc.run, cc.claim, cc.position
            """, parameters, reader => (reader.GetInt64(0), reader.GetString(1)), reader => reader.GetString(2));

        using var claims = Command(connection, null, $"""
            SELECT c.run, c.id, c.document, c.document_source, c.outlet, c.holder_name, c.holder_key, c.holder_kind, c.kind,
                   c.subject_label, c.subject_key, c.value_text, c.low, c.high, c.qualifier, c.stance, c.stance_start, c.stance_length,
                   c.orientation, c.cue, c.stated_on, c.stated_on_precision, c.stated_on_text, c.refers_to,
                   c.evidence_start, c.evidence_length, c.evidence_text, c.focus_start, c.focus_length, c.focus_text, {StoryOrFirst("rd.story")}
            FROM claims c {StoryJoin} {where} ORDER BY c.run, c.position
            """, parameters);
        using var rows = claims.ExecuteReader();
        var result = new List<StoredClaim>();
        while (rows.Read())
        {
            var run = rows.GetInt64(0);
            var id = rows.GetString(1);
            result.Add(new StoredClaim(run, new ClaimRecord(
                id, rows.GetString(30), rows.GetString(2), rows.GetString(3), Text(rows, 4), rows.GetString(5), rows.GetString(6),
                Parse<HolderKind>(rows.GetString(7)), Parse<ClaimKind>(rows.GetString(8)),
                rows.GetString(9), rows.GetString(10), Text(rows, 11), Number(rows, 12), Number(rows, 13), Text(rows, 14), rows.GetString(15),
                rows.IsDBNull(16) ? null : new SpanRecord(Int(rows, 16), Int(rows, 17), null),
                Parse<Orientation>(rows.GetString(18)), Text(rows, 19),
                Date(rows, 20),
                Text(rows, 21), Text(rows, 22), Text(rows, 23),
                new SpanRecord(Int(rows, 24), Int(rows, 25), Text(rows, 26)),
                new SpanRecord(Int(rows, 27), Int(rows, 28), Text(rows, 29)),
                cites.TryGetValue((run, id), out var cited) ? cited : [])));
        }
        return result;
    });

    private static (string Where, List<(string, object?)> Parameters) Where(ClaimFilter filter)
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object?)>();
        if (filter.Holder is { } holder)
        {
            clauses.Add(@"(c.holder_key = @holder OR lower(c.holder_name) LIKE @holder_like ESCAPE '\')");
            parameters.Add(("@holder", holder));
            parameters.Add(("@holder_like", Like(holder)));
        }
        if (filter.Subject is { } subject)
        {
            clauses.Add(@"(c.subject_key = @subject OR lower(c.subject_label) LIKE @subject_like ESCAPE '\')");
            parameters.Add(("@subject", subject));
            parameters.Add(("@subject_like", Like(subject)));
        }
        if (filter.Stance is { } stance)
        {
            clauses.Add("c.stance = @stance");
            parameters.Add(("@stance", stance.Trim().ToLowerInvariant()));
        }
        if (filter.Document is { } document)
        {
            clauses.Add("(c.document = @document OR c.document_source = @document)");
            parameters.Add(("@document", document));
        }
        if (filter.Story is { } story)
        {
            clauses.Add($"{StoryOrFirst("rd.story")} = @story");
            parameters.Add(("@story", story));
        }
        if (filter.Run is { } run)
        {
            clauses.Add("c.run = @run");
            parameters.Add(("@run", run));
        }
        return (clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses), parameters);
    }

    /// <summary>A case-insensitive substring pattern with the user's own % and _ taken literally.</summary>
    private static string Like(string value) =>
        "%" + value.ToLowerInvariant().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";

    private T Read<T>(Func<DbConnection, T> read)
    {
        try
        {
            using var connection = Open();
            return read(connection);
        }
        catch (DbException e)
        {
            throw new StoreException($"could not read {Description}: {e.Message.Trim()}", e);
        }
    }

    /// <summary>Connects and brings the schema up to <see cref="SchemaVersion"/>, creating it on first use.</summary>
    private DbConnection Open()
    {
        DbConnection? connection = null;
        try
        {
            connection = Connect();
            connection.Open();
            Prepare(connection);
            EnsureSchema(connection);
            return connection;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            connection?.Dispose();
            throw new StoreException($"could not open {Description}: {e.Message.Trim()}", e);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    private void EnsureSchema(DbConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        LockSchema(connection, transaction);
        var current = 0;
        if (SchemaExists(connection, transaction))
        {
            using var version = Command(connection, transaction, "SELECT max(version) FROM schema_version");
            current = version.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : 0;
        }
        if (current > SchemaVersion)
            throw new StoreException($"{Description} has schema version {current}, newer than this Triangulate supports ({SchemaVersion}); use a newer Triangulate");
        for (var next = current + 1; next <= SchemaVersion; next++)
        {
            using (var reader = new StreamReader(Lexicon.Open($"Store/Resources/{Dialect}.v{next}.sql")))
            using (var script = Command(connection, transaction, reader.ReadToEnd()))
                script.ExecuteNonQuery();
            using var record = Command(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)",
                [("@version", (long)next), ("@at", DateTime.UtcNow)]);
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, IEnumerable<(string Name, object? Value)>? parameters = null)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters ?? [])
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static T Parse<T>(string kebab) where T : struct, Enum => Enum.Parse<T>(kebab.Replace("-", ""), ignoreCase: true);

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    /// <summary>A date column (PostgreSQL date, SQLite ISO text) as ledger.json writes it.</summary>
    private static string? Date(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double? Number(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);

    private static int Int(DbDataReader reader, int i) => checked((int)reader.GetInt64(i));

    private static DateTimeOffset Timestamp(DbDataReader reader, int i) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc));
}
