using System.CommandLine;
using Spectre.Console;
using Triangulate.Store;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate revisions`: stored revisions, each a holder changing its own figure (docs/store.md).</summary>
public static class RevisionsCommand
{
    private static readonly string[] CsvHeader = ["run", "holder", "subject", "from", "to", "from_date", "to_date", "claim_ids"];

    public static Command Create()
    {
        var db = StoreReading.Db();
        var run = StoreReading.Run("revisions");
        var json = StoreReading.Json("objects {run, revision} with the revision as in ledger.json's revisions");
        var csv = StoreReading.Csv(string.Join(",", CsvHeader) + " (claim ids '; '-separated)");
        var command = new Command("revisions",
            "List the revisions stored by `analyze --db`: a holder changing its own figure (from, to, and when), however far apart.")
        {
            db, run, json, csv,
        };
        command.SetAction(parsed => StoreReading.FormatOf(parsed, json, csv) is { } format
            ? StoreReading.Read(parsed.GetValue(db)!, parsed.GetValue(run), (store, id) => Print(store, store.Revisions(id), format))
            : CliHost.BadUsage);
        return command;
    }

    private static void Print(ILedgerStore store, IReadOnlyList<StoredRevision> revisions, StoreReading.Format format)
    {
        switch (format)
        {
            case StoreReading.Format.Json:
                StoreReading.WriteJson(revisions);
                break;
            case StoreReading.Format.Csv:
                StoreReading.WriteCsv(CsvHeader, revisions, r => [[
                    StoreReading.Number(r.Run), r.Revision.Holder, r.Revision.Subject, r.Revision.From, r.Revision.To,
                    r.Revision.FromDate ?? "", r.Revision.ToDate ?? "", StoreReading.Ids(r.Revision.ClaimIds)]]);
                break;
            default:
                var table = new Table().AddColumns("Run", "Holder", "Subject", "From", "To");
                foreach (var (run, r) in revisions)
                    table.AddRow(StoreReading.Number(run), Markup.Escape(r.Holder), Markup.Escape(r.Subject),
                        Markup.Escape(Dated(r.From, r.FromDate)), Markup.Escape(Dated(r.To, r.ToDate)));
                StoreReading.WriteTable(table, revisions.Count, "revisions", store);
                break;
        }
    }

    private static string Dated(string value, string? date) => date is null ? value : $"{value} ({date})";
}
