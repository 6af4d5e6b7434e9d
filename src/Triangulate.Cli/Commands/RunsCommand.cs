using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triangulate.Store;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate runs`: the runs a database holds, newest first (docs/store.md).</summary>
public static class RunsCommand
{
    private static readonly string[] CsvHeader = ["run", "label", "started", "finished", "documents", "claims", "conflicts", "errors", "generator_version"];

    public static Command Create()
    {
        var db = StoreReading.Db();
        var json = StoreReading.Json("each run with its id, label, startedAt, finishedAt, generatorVersion and counts");
        var csv = StoreReading.Csv(string.Join(",", CsvHeader));
        var command = new Command("runs",
            "List the runs saved by `analyze --db`, newest first: id, label, when the analysis started and finished, "
            + "and how many documents, claims and conflicts each holds. Use an id with `--run` in claims, measures, revisions and timeline.")
        {
            db, json, csv,
        };
        command.SetAction(parsed => StoreReading.FormatOf(parsed, json, csv) is { } format
            ? StoreReading.Read(parsed.GetValue(db)!, null, (store, _) => Print(store, [.. store.Runs().Reverse()], format))
            : CliHost.BadUsage);
        return command;
    }

    private static void Print(ILedgerStore store, IReadOnlyList<StoredRun> runs, StoreReading.Format format)
    {
        switch (format)
        {
            case StoreReading.Format.Json:
                StoreReading.WriteJson(runs);
                break;
            case StoreReading.Format.Csv:
                StoreReading.WriteCsv(CsvHeader, runs, r => [[
                    StoreReading.Number(r.Id), r.Label, r.StartedAt?.ToString("O", CultureInfo.InvariantCulture) ?? "",
                    r.FinishedAt.ToString("O", CultureInfo.InvariantCulture), StoreReading.Number(r.Documents), StoreReading.Number(r.Claims),
                    StoreReading.Number(r.Conflicts), StoreReading.Number(r.Errors), r.GeneratorVersion]]);
                break;
            default:
                var table = new Table().AddColumns("Run", "Label", "Started (UTC)", "Finished (UTC)", "Documents", "Claims", "Conflicts");
                foreach (var r in runs)
                    table.AddRow(StoreReading.Number(r.Id), Markup.Escape(r.Label), r.StartedAt is { } s ? Time(s) : "", Time(r.FinishedAt),
                        StoreReading.Number(r.Documents), StoreReading.Number(r.Claims), StoreReading.Number(r.Conflicts));
                StoreReading.WriteTable(table, runs.Count, "runs", store);
                break;
        }
    }

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
