using System.CommandLine;
using Spectre.Console;
using Triangulate.Ledger;
using Triangulate.Store;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate timeline`: the stored timeline of dated statements and events, as ledger.json has it (docs/store.md).</summary>
public static class TimelineCommand
{
    private static readonly string[] CsvHeader = ["run", "date", "precision", "kind", "text", "claim_ids"];

    public static Command Create()
    {
        var db = StoreReading.Db();
        var run = StoreReading.Run("the timeline");
        var json = StoreReading.Json("objects {run, entry} with the entry as in ledger.json's timeline");
        var csv = StoreReading.Csv(string.Join(",", CsvHeader) + " (claim ids '; '-separated)");
        var command = new Command("timeline",
            "List the timeline stored by `analyze --db`: who stated what on which date, and dated events, in date order within each run.")
        {
            db, run, json, csv,
        };
        command.SetAction(parsed => StoreReading.FormatOf(parsed, json, csv) is { } format
            ? StoreReading.Read(parsed.GetValue(db)!, parsed.GetValue(run), (store, id) => Print(store, store.Timeline(id), format))
            : CliHost.BadUsage);
        return command;
    }

    private static void Print(ILedgerStore store, IReadOnlyList<StoredTimelineEntry> entries, StoreReading.Format format)
    {
        switch (format)
        {
            case StoreReading.Format.Json:
                StoreReading.WriteJson(entries);
                break;
            case StoreReading.Format.Csv:
                StoreReading.WriteCsv(CsvHeader, entries, e => [[
                    StoreReading.Number(e.Run), e.Entry.Date, e.Entry.Precision, e.Entry.Kind.ToString().ToLowerInvariant(), e.Entry.Text, StoreReading.Ids(e.Entry.ClaimIds)]]);
                break;
            default:
                var table = new Table().AddColumns("Run", "Date", "Kind", "What");
                foreach (var (run, e) in entries)
                    table.AddRow(StoreReading.Number(run), Markup.Escape(LedgerSummary.When(e.Date, e.Precision)), e.Kind.ToString().ToLowerInvariant(), Markup.Escape(e.Text));
                StoreReading.WriteTable(table, entries.Count, "timeline entries", store);
                break;
        }
    }
}
