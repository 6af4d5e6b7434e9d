using Npgsql;
using Shouldly;
using Triangulate.Store;
using Xunit;

namespace Triangulate.Tests.Store;

public class ConnectionStringTests
{
    [Theory]
    [InlineData("ledger.db")]
    [InlineData("sqlite:ledger.db")]
    [InlineData("SQLITE:./ledger.db")]
    public void Paths_open_sqlite(string connection) =>
        LedgerStore.Open(connection).ShouldBeOfType<SqliteLedgerStore>().Path.ShouldEndWith("ledger.db");

    [Theory]
    [InlineData("Host=db.example;Database=news;Username=desk")]
    [InlineData("server=db.example;database=news")]
    [InlineData("postgres://desk@db.example/news")]
    [InlineData("postgresql://desk:secret@db.example:5433/news?sslmode=require")]
    public void Urls_and_keyword_strings_open_postgres(string connection)
    {
        var store = LedgerStore.Open(connection).ShouldBeOfType<PostgresLedgerStore>();
        store.Description.ShouldContain("news");
        store.Description.ShouldContain("db.example");
        store.Description.ShouldNotContain("secret");
    }

    [Fact]
    public void A_url_becomes_npgsql_settings()
    {
        var settings = new NpgsqlConnectionStringBuilder(LedgerStore.FromUrl("postgres://desk:p%40ss@db.example:5433/news?sslmode=require"));
        (settings.Host, settings.Port, settings.Username, settings.Password, settings.Database, settings.SslMode)
            .ShouldBe(("db.example", 5433, "desk", "p@ss", "news", SslMode.Require));
    }

    [Fact]
    public void A_socket_folder_can_be_given_as_host_parameter() =>
        new NpgsqlConnectionStringBuilder(LedgerStore.FromUrl("postgres:///news?host=/tmp/pg")).Host.ShouldBe("/tmp/pg");

    [Theory]
    [InlineData("postgres://db.example/news?colour=blue", "colour")]
    [InlineData("sqlite:", "file path")]
    [InlineData("mysql://db.example/news", "unsupported database 'mysql://'")]
    [InlineData("  ", "empty")]
    [InlineData("sqlite:/no/such/folder/ledger.db", "/no/such/folder")]
    public void Bad_connection_strings_say_what_is_wrong(string connection, string reason) =>
        Should.Throw<StoreException>(() => LedgerStore.Open(connection)).Message.ShouldContain(reason);
}
