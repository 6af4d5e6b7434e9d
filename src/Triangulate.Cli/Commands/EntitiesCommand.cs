using System.CommandLine;
using Spectre.Console;
using Triangulate.Ingest;
using Triangulate.Ledger;
using Triangulate.Pipeline;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate entities`: the canonical entities of the given articles, with aliases and mention counts.</summary>
public static class EntitiesCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files or folders (searched recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var type = new Option<string?>("--type") { Description = "Only entities of this type: person, org, gpe, loc, norp or misc." };
        var json = new Option<bool>("--json") { Description = "Print the entity records (as in ledger.json) instead of a table." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar." };
        var gazetteer = GazetteerOption.Create();
        var command = new Command("entities", "List the people, organizations and places the articles name, resolved across documents.")
        {
            paths, type, json, quiet, gazetteer,
        };
        command.SetAction(parsed => Run(parsed.GetValue(paths)!, parsed.GetValue(type), parsed.GetValue(json), parsed.GetValue(quiet), parsed.GetValue(gazetteer)));
        return command;
    }

    private static int Run(string[] paths, string? type, bool json, bool quiet, FileInfo? gazetteer)
    {
        if (GazetteerOption.AnalyzerFor(gazetteer) is not { } analyzer) return CliHost.BadUsage;
        var ingested = new Ingestor().Ingest(paths);
        var (analyzed, errors) = Analysis.Run(ingested, analyzer, quiet || json);
        var records = EntityLedger.Records(LedgerStage.EntitiesOf(analyzed), analyzed)
            .Where(r => type is null || r.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (json)
        {
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(records, LedgerJson.Options));
        }
        else
        {
            var table = new Table().AddColumns("Name", "Type", "Aliases", "Roles", "Affiliations", "Documents", "Mentions");
            foreach (var r in records)
                table.AddRow(
                    Markup.Escape(r.Name),
                    r.Type,
                    Markup.Escape(string.Join(", ", r.Aliases)),
                    Markup.Escape(string.Join(", ", r.Roles)),
                    Markup.Escape(string.Join(", ", r.Affiliations)),
                    r.DocumentCount.ToString(),
                    r.Mentions.Count.ToString());
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"{Summary.Count(records.Count, "entity", "entities")} in {Summary.Count(analyzed.Count, "document", "documents")}");
        }
        foreach (var error in errors)
            CliHost.Diagnostics.MarkupLineInterpolated($"[red]skipped[/] {error.Path}: {error.Reason}");
        return errors.IsEmpty ? CliHost.Ok : CliHost.SomeInputsFailed;
    }
}
