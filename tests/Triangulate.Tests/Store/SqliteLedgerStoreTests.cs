using Microsoft.Data.Sqlite;
using Shouldly;
using Triangulate.Store;
using Xunit;

namespace Triangulate.Tests.Store;

/// <summary>The store contract on SQLite, each test in its own temp file.</summary>
public sealed class SqliteLedgerStoreTests : LedgerStoreContract, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tri-sqlite-").FullName;

    protected override ILedgerStore NewStore() => LedgerStore.Open("sqlite:" + Path.Combine(folder, $"{Guid.NewGuid():N}.db"));

    protected override string Dialect => "sqlite";

    protected override void Execute(ILedgerStore store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={((SqliteLedgerStore)store).Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    protected override int Rows(ILedgerStore store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={((SqliteLedgerStore)store).Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read()) rows++;
        return rows;
    }

    [Fact]
    public void Uses_write_ahead_logging()
    {
        var store = (SqliteLedgerStore)NewStore();
        store.Runs().ShouldBeEmpty();
        using var connection = new SqliteConnection($"Data Source={store.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        command.ExecuteScalar().ShouldBe("wal");
    }

    [Fact]
    public void Reading_a_missing_file_is_an_error_naming_it_not_a_new_database()
    {
        var path = Path.Combine(folder, "typo.db");
        var error = Should.Throw<StoreException>(() => LedgerStore.Open(path, create: false));
        error.Message.ShouldContain(path);
        File.Exists(path).ShouldBeFalse();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
