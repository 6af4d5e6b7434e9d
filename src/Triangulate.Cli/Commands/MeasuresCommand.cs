using System.CommandLine;
using Spectre.Console;
using Triangulate.Claims;
using Triangulate.Ledger;
using Triangulate.Store;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate measures`: stored measures, each with its figures in statement order (docs/store.md).</summary>
public static class MeasuresCommand
{
    private static readonly string[] CsvHeader =
        ["run", "measure_key", "measure", "orientation", "holder", "value", "stance", "stated_on", "document", "claim_id", "story"];

    public static Command Create()
    {
        var db = StoreReading.Db();
        var subject = new Option<string?>("--subject") { Description = "Only measures whose key is this, or whose label contains it (any case)." };
        var story = new Option<string?>("--story") { Description = "Only measures of this story (its id in the run, e.g. story-2, as ledger.json's stories list them)." };
        var run = StoreReading.Run("measures");
        var json = StoreReading.Json("objects {run, measure} with the measure and its figures as in ledger.json's measures");
        var csv = StoreReading.Csv(string.Join(",", CsvHeader) + ", one row per figure");
        var command = new Command("measures",
            "List the measures stored by `analyze --db`: for each measured thing, every holder's figure in statement order, "
            + "which shows how an estimate moved and by whose account.")
        {
            db, subject, story, run, json, csv,
        };
        command.SetAction(parsed =>
        {
            if (StoreReading.FormatOf(parsed, json, csv) is not { } format) return CliHost.BadUsage;
            var (wanted, inStory) = (parsed.GetValue(subject), parsed.GetValue(story));
            return StoreReading.Read(parsed.GetValue(db)!, parsed.GetValue(run), (store, id) => Print(store,
                [.. store.Measures(id).Where(m => (wanted is null || m.Measure.Key == wanted || m.Measure.Label.Contains(wanted, StringComparison.OrdinalIgnoreCase))
                    && (inStory is null || m.Measure.Story == inStory))],
                format));
        });
        return command;
    }

    private static void Print(ILedgerStore store, IReadOnlyList<StoredMeasure> measures, StoreReading.Format format)
    {
        switch (format)
        {
            case StoreReading.Format.Json:
                StoreReading.WriteJson(measures);
                break;
            case StoreReading.Format.Csv:
                StoreReading.WriteCsv(CsvHeader, measures, m => m.Measure.Figures.Select(f => new[]
                {
                    StoreReading.Number(m.Run), m.Measure.Key, m.Measure.Label, m.Measure.Orientation.ToString().ToLowerInvariant(),
                    f.Holder, f.Value, f.Stance, f.StatedOn ?? "", f.DocumentSource, f.ClaimId, m.Measure.Story,
                }));
                break;
            default:
                var table = new Table().AddColumns("Run", "Measure", "Holder", "Figure", "Stance", "Stated", "Source");
                foreach (var (run, m) in measures)
                foreach (var (f, i) in m.Figures.Select((f, i) => (f, i)))
                    table.AddRow(i == 0 ? StoreReading.Number(run) : "", i == 0 ? Markup.Escape(Label(m)) : "", Markup.Escape(f.Holder),
                        Markup.Escape(f.Value), Markup.Escape(f.Stance), f.StatedOn ?? "", Markup.Escape(f.DocumentSource));
                StoreReading.WriteTable(table, measures.Count, "measures", store);
                break;
        }
    }

    /// <summary>Planned figures ("will send 10,000") form a measure apart from actual ones about the same thing.</summary>
    private static string Label(MeasureRecord m) => m.Orientation == Orientation.Planned ? $"{m.Label} (planned)" : m.Label;
}
