using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Triangulate.Evaluation;
using Triangulate.Ledger;

namespace Triangulate.Cli.Commands;

/// <summary>
/// The `eval` group: each subcommand scores one stage on a public dataset. All accept --json (figures as one JSON
/// object on standard output) and --predictions (our output in the dataset's own format, for its official scorer).
/// </summary>
public static class EvalCommand
{
    public static Command Create(params Command[] subcommands)
    {
        var command = new Command("eval", "Measure a stage's accuracy and speed on a public dataset.");
        foreach (var sub in subcommands) command.Subcommands.Add(sub);
        return command;
    }

    public static Option<bool> JsonOption() => new("--json") { Description = "Print the figures as one JSON object instead of a table." };

    public static Option<FileInfo?> PredictionsOption() =>
        new("--predictions") { Description = "Write our predictions in the dataset's own format to this file." };

    /// <summary>Prints a figures object as JSON, or as a table of its P/R/F1 rows plus any extra lines.</summary>
    public static void Report<T>(T figures, bool json, IEnumerable<(string Name, PrfCounts Counts)> rows, IEnumerable<string> notes)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(figures, LedgerJson.Options));
            return;
        }
        var table = new Table().AddColumns("", "P", "R", "F1", "TP", "FP", "FN");
        foreach (var (name, c) in rows)
            table.AddRow(Markup.Escape(name), $"{c.Precision:F2}", $"{c.Recall:F2}", $"{c.F1:F2}",
                c.TruePositives.ToString(), c.FalsePositives.ToString(), c.FalseNegatives.ToString());
        AnsiConsole.Write(table);
        foreach (var note in notes) AnsiConsole.WriteLine(note);
    }
}
