using Npgsql;
using Shouldly;
using Triangulate.Store;
using Xunit;

namespace Triangulate.Tests.Store;

/// <summary>The store contract on a real PostgreSQL server started for these tests, each test in its own database.</summary>
public sealed class PostgresLedgerStoreTests(PostgresServer server) : LedgerStoreContract, IClassFixture<PostgresServer>
{
    private readonly Dictionary<ILedgerStore, string> connections = [];

    protected override ILedgerStore NewStore()
    {
        var connection = server.NewDatabase();
        var store = LedgerStore.Open(connection);
        store.ShouldBeOfType<PostgresLedgerStore>();
        connections[store] = connection;
        return store;
    }

    protected override string Dialect => "postgres";

    protected override void Execute(ILedgerStore store, string sql)
    {
        using var connection = new NpgsqlConnection(connections[store]);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    protected override int Rows(ILedgerStore store, string sql)
    {
        using var connection = new NpgsqlConnection(connections[store]);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read()) rows++;
        return rows;
    }

    [Fact]
    public void A_postgres_url_over_tcp_reaches_the_same_database()
    {
        var keywords = server.NewDatabase();
        LedgerStore.Open(keywords).Save(SampleLedger.File, "by keywords");
        var byUrl = LedgerStore.Open(server.Url(keywords));
        byUrl.Description.ShouldContain("127.0.0.1");
        byUrl.Runs().ShouldHaveSingleItem().Label.ShouldBe("by keywords");
        byUrl.Claims(new ClaimFilter(Stance: "denied")).Count.ShouldBe(SampleLedger.File.Ledger!.Claims.Count(c => c.Stance == "denied"));
    }

    [Fact]
    public void Stated_dates_are_real_dates_for_sql()
    {
        var connection = server.NewDatabase();
        LedgerStore.Open(connection).Save(SampleLedger.File, "dates");
        using var db = new NpgsqlConnection(connection);
        db.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM claims WHERE stated_on >= DATE '2000-01-01'", db);
        ((long)command.ExecuteScalar()!).ShouldBe(SampleLedger.File.Ledger!.Claims.Count(c => c.StatedOn is not null));
    }

    [Fact]
    public void An_unreachable_server_is_a_clear_error_naming_it()
    {
        var store = LedgerStore.Open($"Host=127.0.0.1;Port={server.Port};Database=missing_db;Username=postgres;Timeout=5");
        var error = Should.Throw<StoreException>(() => store.Runs());
        error.Message.ShouldContain("missing_db");
    }
}
