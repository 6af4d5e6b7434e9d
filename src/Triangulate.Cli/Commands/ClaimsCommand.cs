using System.CommandLine;
using Spectre.Console;
using Triangulate.Ledger;
using Triangulate.Store;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate claims`: stored claims from a database written by `analyze --db` (docs/store.md).</summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var db = StoreReading.Db();
        var holder = new Option<string?>("--holder") { Description = "Only claims whose holder key is this, or whose holder name contains it (any case)." };
        var subject = new Option<string?>("--subject") { Description = "Only claims whose subject key is this, or whose subject contains it (any case)." };
        var stance = new Option<string?>("--stance") { Description = "Only claims with this stance: asserted, denied, hedged, confirmed, ..." };
        var document = new Option<string?>("--document") { Description = "Only claims from this document (id or source)." };
        var story = new Option<string?>("--story") { Description = "Only claims of this story (its id in the run, e.g. story-2, as ledger.json's stories list them)." };
        var run = StoreReading.Run("claims");
        var json = StoreReading.Json("each claim as in ledger.json, with its run");
        var csv = StoreReading.Csv("the columns of ledger.csv after a run column");
        var command = new Command("claims", "List claims stored by `analyze --db`, filtered by holder, subject, stance, document, story or run.")
        {
            db, holder, subject, stance, document, story, run, json, csv,
        };
        command.SetAction(parsed =>
        {
            if (StoreReading.FormatOf(parsed, json, csv) is not { } format) return CliHost.BadUsage;
            var filter = new ClaimFilter(parsed.GetValue(holder), parsed.GetValue(subject), parsed.GetValue(stance), parsed.GetValue(document), Story: parsed.GetValue(story));
            return StoreReading.Read(parsed.GetValue(db)!, parsed.GetValue(run), (store, id) => Print(store, store.Claims(filter with { Run = id }), format));
        });
        return command;
    }

    private static void Print(ILedgerStore store, IReadOnlyList<StoredClaim> claims, StoreReading.Format format)
    {
        switch (format)
        {
            case StoreReading.Format.Json:
                StoreReading.WriteJson(claims);
                break;
            case StoreReading.Format.Csv:
                StoreReading.WriteCsv(["run", .. LedgerCsv.Header], claims, c => [[StoreReading.Number(c.Run), .. LedgerCsv.Row(c.Claim)]]);
                break;
            default:
                var table = new Table().AddColumns("Run", "Holder", "Claim", "Stance", "Stated", "Source");
                foreach (var (run, c) in claims)
                    table.AddRow(
                        StoreReading.Number(run),
                        Markup.Escape(c.Holder),
                        Markup.Escape(c.Value is null ? c.Subject : $"{c.Value} {c.Subject}"),
                        Markup.Escape(c.Stance),
                        c.StatedOn ?? "",
                        Markup.Escape(c.DocumentSource));
                StoreReading.WriteTable(table, claims.Count, "claims", store);
                break;
        }
    }
}
