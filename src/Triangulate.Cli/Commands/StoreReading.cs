using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Spectre.Console;
using Triangulate.Ledger;
using Triangulate.Store;

namespace Triangulate.Cli.Commands;

/// <summary>
/// What the commands reading a store (`runs`, `claims`, `measures`, `revisions`, `timeline`) share: the --db, --run,
/// --json and --csv options, opening the store, and the exit codes (docs/store.md).
/// </summary>
internal static class StoreReading
{
    public enum Format { Table, Json, Csv }

    public static Option<string> Db() => new("--db")
    {
        Description = "The database written by `analyze --db`: a file path or sqlite:PATH (SQLite), postgres://... or Host=...;Database=... (PostgreSQL).",
        Required = true,
    };

    public static Option<string?> Run(string what) => new("--run") { Description = $"Only {what} of this run: its number, or 'latest'. Default: every run." };

    public static Option<bool> Json(string what) => new("--json") { Description = $"Print JSON: {what}." };

    public static Option<bool> Csv(string what) => new("--csv") { Description = $"Print CSV: {what}." };

    /// <summary>The chosen output, or null (after saying why) when both --json and --csv were given.</summary>
    public static Format? FormatOf(ParseResult parsed, Option<bool> json, Option<bool> csv)
    {
        if (parsed.GetValue(json) && parsed.GetValue(csv))
        {
            Console.Error.WriteLine("error: --json and --csv cannot be used together.");
            return null;
        }
        return parsed.GetValue(json) ? Format.Json : parsed.GetValue(csv) ? Format.Csv : Format.Table;
    }

    /// <summary>
    /// Opens the store without creating it and runs <paramref name="read"/> with the run --run names (null: every run).
    /// A bad --db or --run is bad usage (2); a database that fails while reading exits 1.
    /// </summary>
    public static int Read(string db, string? run, Action<ILedgerStore, long?> read)
    {
        ILedgerStore store;
        try { store = LedgerStore.Open(db, create: false); }
        catch (StoreException e)
        {
            CliHost.Diagnostics.MarkupLineInterpolated($"[red]error:[/] --db: {e.Message}");
            return CliHost.BadUsage;
        }
        long? id = null;
        if (run is not null && !run.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            if (!long.TryParse(run, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                Console.Error.WriteLine($"error: --run must be a run number or 'latest', not '{run}'.");
                return CliHost.BadUsage;
            }
            id = number;
        }
        try
        {
            // With no runs stored, 'latest' is run 0, which holds nothing.
            if (run is not null && id is null) id = store.Runs().LastOrDefault()?.Id ?? 0;
            read(store, id);
            return CliHost.Ok;
        }
        catch (StoreException e)
        {
            CliHost.Diagnostics.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return CliHost.SomeInputsFailed;
        }
    }

    public static void WriteJson<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, LedgerJson.Options));

    public static void WriteCsv<T>(IReadOnlyList<string> header, IEnumerable<T> items, Func<T, IEnumerable<string[]>> rows)
    {
        using var writer = CsvWriter.Create(Console.Out, new CsvWriterOptions(), true);
        writer.WriteRecord([.. header]);
        foreach (var item in items)
        foreach (var row in rows(item))
            writer.WriteRecord(row);
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Claim ids in one cell, '; '-separated as ledger.csv separates lists.</summary>
    public static string Ids(IEnumerable<string> ids) => string.Join("; ", ids);

    /// <summary>A table, then a line saying how many rows came from which store.</summary>
    public static void WriteTable(Table table, int count, string things, ILedgerStore store)
    {
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{count} {things} in {store.Description}");
    }
}
