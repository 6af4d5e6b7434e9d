using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Triangulate.Store;

/// <summary>The embedded default: one SQLite file, in WAL mode so readers do not block a run being saved.</summary>
public sealed class SqliteLedgerStore : SqlLedgerStore
{
    private readonly string connectionString;

    public SqliteLedgerStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Opens the file at <paramref name="path"/>; with <paramref name="create"/> false it must exist already.</summary>
    public static SqliteLedgerStore Open(string path, bool create)
    {
        if (!create && !File.Exists(path)) throw new StoreException($"no SQLite database at {System.IO.Path.GetFullPath(path)}");
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder)) throw new StoreException($"cannot create SQLite database {path}: folder {folder} does not exist");
        return new SqliteLedgerStore(path);
    }

    public string Path { get; }

    public override string Description => $"SQLite database {Path}";

    protected override string Dialect => "sqlite";

    protected override DbConnection Connect() => new SqliteConnection(connectionString);

    protected override bool SchemaExists(DbConnection connection, DbTransaction transaction)
    {
        using var command = Command(connection, transaction,
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    /// <summary>WAL is kept by the file once set, but cannot be set inside a transaction, so each connection asks before any.</summary>
    protected override void Prepare(DbConnection connection)
    {
        using var wal = Command(connection, null, "PRAGMA journal_mode = WAL");
        wal.ExecuteNonQuery();
    }
}
