using System.CommandLine;
using Spectre.Console;
using Triangulate.Attribution;
using Triangulate.Ingest;
using Triangulate.Ledger;
using Triangulate.Pipeline;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate quotes`: who said what in the given articles, as a table or as ledger attribution records.</summary>
public static class QuotesCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files or folders (searched recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var speaker = new Option<string?>("--speaker") { Description = "Only attributions whose source text contains this (case-insensitive)." };
        var json = new Option<bool>("--json") { Description = "Print the attribution records as JSON instead of a table." };
        var command = new Command("quotes", "List quotes and reported statements with their speakers.") { paths, speaker, json };
        command.SetAction(parsed => Run(parsed.GetValue(paths)!, parsed.GetValue(speaker), parsed.GetValue(json)));
        return command;
    }

    private static int Run(string[] paths, string? speaker, bool json)
    {
        var ingested = new Ingestor().Ingest(paths);
        var (analyzed, errors) = Analysis.Run(ingested, Analyzer.Default, quiet: true);
        var records = analyzed.SelectMany(AttributionLedger.Records)
            .Where(r => speaker is null || r.Source.Text.Contains(speaker, StringComparison.OrdinalIgnoreCase)
                        || r.Source.DisplayName?.Contains(speaker, StringComparison.OrdinalIgnoreCase) == true)
            .ToList();
        if (json)
        {
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(records, LedgerJson.Options));
        }
        else
        {
            var table = new Table().AddColumns("Document", "Source", "Kind", "Cue", "Type", "Content", "Channel", "Time");
            foreach (var r in records)
                table.AddRow(
                    Markup.Escape(r.DocumentSource),
                    Markup.Escape(r.Source.DisplayName ?? r.Source.Text),
                    r.Source.Kind,
                    Markup.Escape(r.Cue?.Text ?? "-"),
                    r.Type,
                    Markup.Escape(Shorten(r.Content.Text ?? "", 90)),
                    Markup.Escape(r.Channel?.Text ?? ""),
                    Markup.Escape(r.StatementTime?.Text ?? ""));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"{Summary.Count(records.Count, "attribution", "attributions")} in {Summary.Count(analyzed.Count, "document", "documents")}");
        }
        foreach (var error in errors)
            CliHost.Diagnostics.MarkupLineInterpolated($"[red]skipped[/] {error.Path}: {error.Reason}");
        return errors.IsEmpty ? CliHost.Ok : CliHost.SomeInputsFailed;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
