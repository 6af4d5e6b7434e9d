using System.Data.Common;
using Npgsql;

namespace Triangulate.Store;

/// <summary>The server for teams: many analysts save to and query one PostgreSQL database.</summary>
public sealed class PostgresLedgerStore(string connectionString) : SqlLedgerStore
{
    /// <summary>Key of the transaction-scoped advisory lock that serializes schema creation ('TRIA' in ASCII).</summary>
    private const long SchemaLockKey = 0x54524941;

    private readonly NpgsqlConnectionStringBuilder settings = Parse(connectionString);

    public override string Description => $"PostgreSQL database {settings.Database ?? settings.Username ?? "(default)"} on {settings.Host}{(settings.Port != NpgsqlConnection.DefaultPort ? ":" + settings.Port : "")}";

    protected override string Dialect => "postgres";

    protected override DbConnection Connect() => new NpgsqlConnection(settings.ConnectionString);

    protected override bool SchemaExists(DbConnection connection, DbTransaction transaction)
    {
        using var command = Command(connection, transaction, "SELECT to_regclass('schema_version') IS NOT NULL");
        return command.ExecuteScalar() is true;
    }

    protected override void LockSchema(DbConnection connection, DbTransaction transaction)
    {
        using var command = Command(connection, transaction, $"SELECT pg_advisory_xact_lock({SchemaLockKey})");
        command.ExecuteNonQuery();
    }

    private static NpgsqlConnectionStringBuilder Parse(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"invalid PostgreSQL connection string: {e.Message}", e);
        }
    }
}
