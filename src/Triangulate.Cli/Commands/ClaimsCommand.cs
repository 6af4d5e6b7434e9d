using System.CommandLine;
using System.Text.Json;
using CsvHelper;
using Spectre.Console;
using Triangulate.Ledger;
using Triangulate.Store;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate claims`: stored claims from a database written by `analyze --db` (docs/store.md).</summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db")
        {
            Description = "The database: a file path or sqlite:PATH (SQLite), postgres://... or Host=...;Database=... (PostgreSQL).",
            Required = true,
        };
        var holder = new Option<string?>("--holder") { Description = "Only claims whose holder key is this, or whose holder name contains it (any case)." };
        var subject = new Option<string?>("--subject") { Description = "Only claims whose subject key is this, or whose subject contains it (any case)." };
        var stance = new Option<string?>("--stance") { Description = "Only claims with this stance: asserted, denied, hedged, confirmed, ..." };
        var document = new Option<string?>("--document") { Description = "Only claims from this document (id or source)." };
        var run = new Option<string?>("--run") { Description = "Only claims of this run: its number, or 'latest'. Default: every run." };
        var json = new Option<bool>("--json") { Description = "Print JSON: each claim as in ledger.json, with its run." };
        var csv = new Option<bool>("--csv") { Description = "Print CSV: the columns of ledger.csv after a run column." };
        var command = new Command("claims", "List claims stored by `analyze --db`, filtered by holder, subject, stance, document or run.")
        {
            db, holder, subject, stance, document, run, json, csv,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(json) && parsed.GetValue(csv))
            {
                Console.Error.WriteLine("error: --json and --csv cannot be used together.");
                return CliHost.BadUsage;
            }
            return Run(parsed.GetValue(db)!, new ClaimFilter(parsed.GetValue(holder), parsed.GetValue(subject), parsed.GetValue(stance), parsed.GetValue(document)),
                parsed.GetValue(run), parsed.GetValue(json) ? Format.Json : parsed.GetValue(csv) ? Format.Csv : Format.Table);
        });
        return command;
    }

    private enum Format { Table, Json, Csv }

    private static int Run(string db, ClaimFilter filter, string? run, Format format)
    {
        ILedgerStore store;
        try { store = LedgerStore.Open(db, create: false); }
        catch (StoreException e)
        {
            CliHost.Diagnostics.MarkupLineInterpolated($"[red]error:[/] --db: {e.Message}");
            return CliHost.BadUsage;
        }
        try
        {
            if (run is not null)
            {
                if (run.Equals("latest", StringComparison.OrdinalIgnoreCase)) filter = filter with { Run = store.Runs().LastOrDefault()?.Id ?? 0 };
                else if (long.TryParse(run, out var id)) filter = filter with { Run = id };
                else
                {
                    Console.Error.WriteLine($"error: --run must be a run number or 'latest', not '{run}'.");
                    return CliHost.BadUsage;
                }
            }
            var claims = store.Claims(filter);
            switch (format)
            {
                case Format.Json:
                    Console.WriteLine(JsonSerializer.Serialize(claims, LedgerJson.Options));
                    break;
                case Format.Csv:
                    using (var writer = CsvWriter.Create(Console.Out, new CsvWriterOptions(), true))
                    {
                        writer.WriteRecord(["run", .. LedgerCsv.Header]);
                        foreach (var c in claims) writer.WriteRecord([c.Run.ToString(System.Globalization.CultureInfo.InvariantCulture), .. LedgerCsv.Row(c.Claim)]);
                    }
                    break;
                default:
                    Print(claims, store);
                    break;
            }
            return CliHost.Ok;
        }
        catch (StoreException e)
        {
            CliHost.Diagnostics.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return CliHost.SomeInputsFailed;
        }
    }

    private static void Print(IReadOnlyList<StoredClaim> claims, ILedgerStore store)
    {
        var table = new Table().AddColumns("Run", "Holder", "Claim", "Stance", "Stated", "Source");
        foreach (var (run, c) in claims)
            table.AddRow(
                run.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(c.Holder),
                Markup.Escape(c.Value is null ? c.Subject : $"{c.Value} {c.Subject}"),
                Markup.Escape(c.Stance),
                c.StatedOn ?? "",
                Markup.Escape(c.DocumentSource));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{claims.Count} claims in {store.Description}");
    }
}
