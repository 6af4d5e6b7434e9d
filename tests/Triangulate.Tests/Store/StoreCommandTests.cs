using System.CommandLine;
using System.Text.Json;
using Shouldly;
using Triangulate.Cli;
using Triangulate.Cli.Commands;
using Xunit;

namespace Triangulate.Tests.Store;

[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;

/// <summary>`analyze --db` then `claims`, in process, as a user would run them; standard output is captured, so alone.</summary>
[Collection(nameof(ConsoleCapture))]
public sealed class StoreCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tri-cli-").FullName;

    private static (int Code, string Out) Run(params string[] args)
    {
        var root = new RootCommand { AnalyzeCommand.Create(), ClaimsCommand.Create() };
        var saved = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            return (CliHost.Run(root, args), captured.ToString());
        }
        finally
        {
            Console.SetOut(saved);
        }
    }

    [Fact]
    public void Analyze_saves_the_run_and_claims_lists_it_filtered()
    {
        var db = "sqlite:" + Path.Combine(folder, "newsroom.db");
        Run("analyze", Path.Combine(Repo.Root(), "samples", "nk-troops"), "--out", Path.Combine(folder, "out"), "-q", "--db", db).Code.ShouldBe(CliHost.Ok);

        var (code, json) = Run("claims", "--db", db, "--stance", "denied", "--json");
        code.ShouldBe(CliHost.Ok);
        var claims = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        claims.Count.ShouldBe(SampleLedger.File.Ledger!.Claims.Count(c => c.Stance == "denied"));
        claims.ShouldAllBe(c => c.GetProperty("run").GetInt64() == 1 && c.GetProperty("claim").GetProperty("stance").GetString() == "denied");

        var (csvCode, csv) = Run("claims", "--db", db, "--run", "latest", "--csv");
        csvCode.ShouldBe(CliHost.Ok);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("run,id,document,");
        lines.Count(l => l.StartsWith("1,", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(SampleLedger.File.Ledger!.Claims.Count);
    }

    [Fact]
    public void Bad_databases_are_bad_usage()
    {
        Run("claims", "--db", Path.Combine(folder, "missing.db")).Code.ShouldBe(CliHost.BadUsage);
        Run("claims", "--db", "mysql://db.example/news").Code.ShouldBe(CliHost.BadUsage);
        var existing = Path.Combine(folder, "empty.db");
        Triangulate.Store.LedgerStore.Open(existing).Runs().ShouldBeEmpty();
        Run("claims", "--db", existing).Code.ShouldBe(CliHost.Ok);
        Run("claims", "--db", existing, "--json", "--csv").Code.ShouldBe(CliHost.BadUsage);
        Run("claims", "--db", existing, "--run", "yesterday").Code.ShouldBe(CliHost.BadUsage);
        Run("analyze", Path.Combine(Repo.Root(), "samples", "nk-troops"), "--out", Path.Combine(folder, "out"), "-q", "--db", "mysql://x/y")
            .Code.ShouldBe(CliHost.BadUsage);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
