using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Triangulate.Ingest;
using Triangulate.Ledger;
using Triangulate.Pipeline;
using Triangulate.Store;

namespace Triangulate.Cli.Commands;

public static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files or folders (searched recursively): .txt, .md, .html, .json, .jsonl.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder to write ledger.json into (created if missing).",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no summary and no progress." };
        var db = new Option<string?>("--db")
        {
            Description = "Also save the run in a database (default: none): a file path or sqlite:PATH for SQLite, "
                + "postgres://user:pass@host/db or Host=...;Database=... for PostgreSQL. See docs/store.md.",
        };
        var label = new Option<string?>("--label") { Description = "Name of the run saved with --db (default: the paths given)." };
        var gazetteer = GazetteerOption.Create();
        var command = new Command("analyze", "Read articles and write the claim ledger (ledger.json) with a summary.")
        {
            paths, output, quiet, db, label, gazetteer,
        };
        command.SetAction(parsed => Run(parsed.GetValue(paths)!, parsed.GetValue(output)!, parsed.GetValue(quiet),
            parsed.GetValue(db), parsed.GetValue(label), parsed.GetValue(gazetteer)));
        return command;
    }

    private static int Run(string[] paths, DirectoryInfo output, bool quiet, string? db, string? label, FileInfo? gazetteer)
    {
        var started = DateTimeOffset.UtcNow;
        if (GazetteerOption.AnalyzerFor(gazetteer) is not { } analyzer) return CliHost.BadUsage;
        ILedgerStore? store = null;
        if (db is not null)
        {
            // A bad connection string is bad usage: say so before spending minutes on analysis.
            try { store = LedgerStore.Open(db); }
            catch (StoreException e)
            {
                CliHost.Diagnostics.MarkupLineInterpolated($"[red]error:[/] --db: {e.Message}");
                return CliHost.BadUsage;
            }
        }
        var ingested = new Ingestor().Ingest(paths);
        var (analyzed, errors) = Analysis.Run(ingested, analyzer, quiet);
        var entities = LedgerStage.EntitiesOf(analyzed);
        var ledger = LedgerSection.From(LedgerStage.Default.Build(analyzed, entities));

        output.Create();
        var ledgerPath = Path.Combine(output.FullName, "ledger.json");
        var file = LedgerJson.Build(analyzed, errors, ingested.Duplicates) with { Entities = EntityLedger.Records(entities, analyzed), Ledger = ledger };
        AtomicFile.Write(ledgerPath, stream => LedgerJson.Write(file, stream));
        AtomicFile.Write(Path.Combine(output.FullName, "ledger.csv"), stream =>
        {
            using var writer = new StreamWriter(stream);
            LedgerCsv.Write(ledger.Claims, writer);
        });
        var urls = analyzed.Where(d => d.Document.Metadata.Url is not null).ToDictionary(d => d.Document.Id, d => d.Document.Metadata.Url!);
        AtomicFile.Write(Path.Combine(output.FullName, "claimreview.jsonld"), stream =>
            JsonSerializer.Serialize(stream, ClaimReviewExport.Build(ledger.Claims, urls), LedgerJson.Options));
        AtomicFile.Write(Path.Combine(output.FullName, "ledger.html"), stream =>
        {
            using var writer = new StreamWriter(stream);
            writer.Write(LedgerHtml.Render(ledger, analyzed.Count));
        });

        if (!quiet)
        {
            Summary.Print(analyzed, ledgerPath);
            LedgerSummary.Print(AnsiConsole.Console, ledger);
        }
        var stored = store is null || Save(store, file, label ?? string.Join(' ', paths), started, quiet);
        foreach (var error in errors)
            CliHost.Diagnostics.MarkupLineInterpolated($"[red]skipped[/] {error.Path}: {error.Reason}");
        return errors.IsEmpty && stored ? CliHost.Ok : CliHost.SomeInputsFailed;
    }

    /// <summary>The files are written first, so a database that fails costs the run nothing but its stored copy.</summary>
    private static bool Save(ILedgerStore store, LedgerFile file, string label, DateTimeOffset started, bool quiet)
    {
        try
        {
            var run = store.Save(file, label, started);
            if (!quiet) CliHost.Diagnostics.MarkupLineInterpolated($"saved run {run} to {store.Description}");
            return true;
        }
        catch (StoreException e)
        {
            CliHost.Diagnostics.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return false;
        }
    }
}
