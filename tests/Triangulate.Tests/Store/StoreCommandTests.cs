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
        var root = new RootCommand
        {
            AnalyzeCommand.Create(), RunsCommand.Create(), ClaimsCommand.Create(), MeasuresCommand.Create(), RevisionsCommand.Create(), TimelineCommand.Create(),
        };
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
        var lines = csv.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("run,id,document,");
        lines.Count(l => l.StartsWith("1,", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(SampleLedger.File.Ledger!.Claims.Count);

        // The sample is one story: all its claims are story-1's, none another's.
        JsonDocument.Parse(Run("claims", "--db", db, "--story", "story-1", "--json").Out).RootElement.GetArrayLength().ShouldBe(SampleLedger.File.Ledger!.Claims.Count);
        JsonDocument.Parse(Run("claims", "--db", db, "--story", "story-2", "--json").Out).RootElement.GetArrayLength().ShouldBe(0);
        JsonDocument.Parse(Run("measures", "--db", db, "--story", "story-1", "--json").Out).RootElement.GetArrayLength().ShouldBe(SampleLedger.File.Ledger!.Measures.Count);
        JsonDocument.Parse(Run("measures", "--db", db, "--story", "story-2", "--json").Out).RootElement.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Runs_lists_newest_first_and_the_ledger_views_read_back_per_run()
    {
        var db = Path.Combine(folder, "newsroom.db");
        var sample = Path.Combine(Repo.Root(), "samples", "nk-troops");
        string[] two = [Path.Combine(sample, "000_edad8fb25bf96570.txt"), Path.Combine(sample, "001_93d353854f972ce8.txt")];
        Run(["analyze", sample, "--out", Path.Combine(folder, "out"), "-q", "--db", db, "--label", "whole story"]).Code.ShouldBe(CliHost.Ok);
        Run(["analyze", .. two, "--out", Path.Combine(folder, "out"), "-q", "--db", db, "--label", "two articles"]).Code.ShouldBe(CliHost.Ok);
        var whole = SampleLedger.File;
        var part = SampleLedger.Build(two);

        var (code, json) = Run("runs", "--db", db, "--json");
        code.ShouldBe(CliHost.Ok);
        var runs = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        runs.Select(r => (r.GetProperty("id").GetInt64(), r.GetProperty("label").GetString())).ShouldBe([(2L, "two articles"), (1L, "whole story")]);
        runs.Select(r => (r.GetProperty("documents").GetInt32(), r.GetProperty("claims").GetInt32(), r.GetProperty("conflicts").GetInt32()))
            .ShouldBe([(part.Documents.Count, part.Ledger!.Claims.Count, part.Ledger.Conflicts.Count),
                (whole.Documents.Count, whole.Ledger!.Claims.Count, whole.Ledger.Conflicts.Count)]);
        runs.ShouldAllBe(r => r.GetProperty("startedAt").GetDateTimeOffset() <= r.GetProperty("finishedAt").GetDateTimeOffset());
        runs[1].GetProperty("finishedAt").GetDateTimeOffset().ShouldBeLessThanOrEqualTo(runs[0].GetProperty("startedAt").GetDateTimeOffset());

        var csv = Run("runs", "--db", db, "--csv").Out.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        csv[0].ShouldStartWith("run,label,started,finished,documents,claims,conflicts");
        csv.Skip(1).Select(l => l.Split(',')[0]).ShouldBe(["2", "1"]);

        var timeline = JsonDocument.Parse(Run("timeline", "--db", db, "--run", "1", "--json").Out).RootElement.EnumerateArray().ToList();
        timeline.Select(t => (t.GetProperty("entry").GetProperty("date").GetString(), t.GetProperty("entry").GetProperty("text").GetString()))
            .ShouldBe(whole.Ledger.Timeline.Select(t => ((string?)t.Date, (string?)t.Text)));
        var latest = JsonDocument.Parse(Run("timeline", "--db", db, "--run", "latest", "--json").Out).RootElement.EnumerateArray().ToList();
        latest.Count.ShouldBe(part.Ledger.Timeline.Count);
        latest.ShouldAllBe(t => t.GetProperty("run").GetInt64() == 2);

        var revisions = Run("revisions", "--db", db, "--csv").Out.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        revisions[0].ShouldBe("run,holder,subject,from,to,from_date,to_date,claim_ids");
        revisions.Length.ShouldBe(1 + whole.Ledger.Revisions.Count + part.Ledger.Revisions.Count);

        var measures = JsonDocument.Parse(Run("measures", "--db", db, "--run", "1", "--subject", "TROOPS", "--json").Out).RootElement.EnumerateArray().ToList();
        var troops = whole.Ledger.Measures.Where(m => m.Label.Contains("troops", StringComparison.OrdinalIgnoreCase)).ToList();
        troops.ShouldNotBeEmpty();
        measures.Select(m => m.GetProperty("measure").GetProperty("figures").GetArrayLength()).ShouldBe(troops.Select(m => m.Figures.Count));
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
        foreach (var view in new[] { "runs", "measures", "revisions", "timeline" })
        {
            Run(view, "--db", Path.Combine(folder, "missing.db")).Code.ShouldBe(CliHost.BadUsage, view);
            File.Exists(Path.Combine(folder, "missing.db")).ShouldBeFalse(view);
            Run(view, "--db", existing, "--json", "--csv").Code.ShouldBe(CliHost.BadUsage, view);
            Run(view, "--db", existing).Code.ShouldBe(CliHost.Ok, view);
        }
        Run("timeline", "--db", existing, "--run", "-1").Code.ShouldBe(CliHost.BadUsage);
        Run("analyze", Path.Combine(Repo.Root(), "samples", "nk-troops"), "--out", Path.Combine(folder, "out"), "-q", "--db", "mysql://x/y")
            .Code.ShouldBe(CliHost.BadUsage);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
