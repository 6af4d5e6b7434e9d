using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triangulate.Ingest;
using Triangulate.Ledger;
using Triangulate.Pipeline;
using Triangulate.Quantities;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate numbers`: the quantities in the given articles, as a table, ledger JSON records or CSV.</summary>
public static class NumbersCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files or folders (searched recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the quantity records as JSON instead of a table." };
        var csv = new Option<bool>("--csv") { Description = "Print the quantity records as CSV instead of a table." };
        var command = new Command("numbers", "List the figures in the given articles: value or interval, qualifier, unit and what they count.")
        {
            paths, json, csv,
        };
        command.SetAction(parsed => Run(parsed.GetValue(paths)!, parsed.GetValue(json), parsed.GetValue(csv)));
        return command;
    }

    private static int Run(string[] paths, bool json, bool csv)
    {
        if (json && csv)
        {
            Console.Error.WriteLine("error: choose one of --json and --csv");
            return CliHost.BadUsage;
        }
        var ingested = new Ingestor().Ingest(paths);
        var (analyzed, errors) = Analysis.Run(ingested, Analyzer.Default, quiet: true);
        var records = analyzed.SelectMany(QuantityLedger.Records).ToList();
        if (json)
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(records, LedgerJson.Options));
        else if (csv)
            QuantityLedger.WriteCsv(records, Console.Out);
        else
        {
            var table = new Table().AddColumns("Document", "Sentence", "Quantity", "Value", "Qualifier", "Unit", "Counted");
            foreach (var r in records)
                table.AddRow(
                    Markup.Escape(r.DocumentSource),
                    Markup.Escape(Excerpt(r)),
                    Markup.Escape(r.Evidence.Text ?? ""),
                    Markup.Escape(Interval(r)),
                    Describe(r),
                    Markup.Escape(r.Unit is null ? "" : r.Rate is null ? r.Unit : $"{r.Unit}/{r.Rate}"),
                    Markup.Escape(r.CountedThing ?? ""));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"{Summary.Count(records.Count, "quantity", "quantities")} in {Summary.Count(analyzed.Count, "document", "documents")}");
        }
        foreach (var error in errors)
            CliHost.Diagnostics.MarkupLineInterpolated($"[red]skipped[/] {error.Path}: {error.Reason}");
        return errors.IsEmpty ? CliHost.Ok : CliHost.SomeInputsFailed;
    }

    private static string Describe(QuantityRecord r) =>
        QuantityLedger.Kebab(r.Qualifier.ToString()) + (r.Change == Change.None ? "" : $" ({QuantityLedger.Kebab(r.Change.ToString())})");

    /// <summary>"12000", "3000..5000", "≥ 3000", "≤ 5000", "2000..9999?" for a vague reading.</summary>
    private static string Interval(QuantityRecord r)
    {
        static string N(double? v) => v?.ToString("#,0.###", CultureInfo.InvariantCulture) ?? "?";
        if (r.Value is { } v && r.Low == r.High) return N(v);
        if (r.Low is null && r.High is null) return "?";
        if (r.High is null) return "≥ " + N(r.Low);
        if (r.Low is null) return "≤ " + N(r.High);
        return $"{N(r.Low)}..{N(r.High)}";
    }

    /// <summary>About 70 characters of the sentence around the quantity.</summary>
    private static string Excerpt(QuantityRecord r)
    {
        if (r.Sentence?.Text is not { } sentence) return "";
        var at = r.Evidence.Start - r.Sentence.Start;
        var from = Math.Max(0, at - 35);
        var to = Math.Min(sentence.Length, at + r.Evidence.Length + 35);
        return (from > 0 ? "…" : "") + sentence[from..to] + (to < sentence.Length ? "…" : "");
    }
}
