using Spectre.Console;
using Triangulate.Pipeline;

namespace Triangulate.Cli;

/// <summary>The short terminal summary printed after analyze.</summary>
public static class Summary
{
    public static void Print(IReadOnlyList<AnalyzedDocument> documents, string ledgerPath)
    {
        var table = new Table().Title("Documents").AddColumns("Source", "Published", "Outlet", "Author", "Paragraphs", "Sentences", "Removed");
        foreach (var d in documents)
        {
            var m = d.Document.Metadata;
            table.AddRow(
                Markup.Escape(m.Source),
                Markup.Escape(m.Published?.ToString() ?? "?"),
                Markup.Escape(m.Outlet ?? "?"),
                Markup.Escape(m.Author ?? "?"),
                d.Segmentation.Paragraphs.Length.ToString(),
                d.Segmentation.Sentences.Length.ToString(),
                d.Document.Removed.Length.ToString());
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"Ledger written to [bold]{ledgerPath}[/]");
    }

    /// <summary>"1 document", "2 documents": a count with its noun in the right number.</summary>
    public static string Count(int n, string singular, string plural) => $"{n:N0} {(n == 1 ? singular : plural)}";
}
