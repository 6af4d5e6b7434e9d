using Spectre.Console;
using Triangulate.Claims;
using Triangulate.Ledger;

namespace Triangulate.Cli;

/// <summary>What a journalist reads first: the key figures by source and date, what is contested, denied or unverified, and when.</summary>
public static class LedgerSummary
{
    private const int MeasuresShown = 6;
    private const int TimelineShown = 20;
    private const int ItemsShown = 12;

    public static void Print(IAnsiConsole console, LedgerSection ledger)
    {
        // A batch of several stories names the story of each measure and contested subject; one story needs no such label.
        var labels = ledger.Stories.ToDictionary(s => s.Id, s => s.Label);
        string InStory(string story) => labels.Count > 1 ? $" — {labels[story]}" : "";
        Section(console, "Stories", labels.Count > 1 ? ledger.Stories.Select(s => $"{s.Id}: {s.Label} ({Summary.Count(s.Documents.Count, "document", "documents")})") : []);
        var keyMeasures = ledger.Measures.Where(m => m.Figures.Count > 1).Take(MeasuresShown).ToList();
        foreach (var measure in keyMeasures)
        {
            var table = new Table().Title($"[bold]{Markup.Escape(measure.Label)}[/] ({measure.Orientation.ToString().ToLowerInvariant()}){Markup.Escape(InStory(measure.Story))}")
                .AddColumns("Stated", "Holder", "Figure", "Stance", "Document");
            foreach (var f in measure.Figures)
                table.AddRow(f.StatedOn ?? "?", Markup.Escape(f.Holder), Markup.Escape(f.Value), f.Stance, Markup.Escape(ShortSource(f.DocumentSource)));
            console.Write(table);
        }

        Section(console, "Contested", Contested(ledger, InStory));
        Section(console, "Denied, unverified, alleged or neither confirmed nor denied",
            ledger.Claims.Where(c => c.Stance is "denied" or "unverified" or "alleged" or "neither confirmed nor denied" or "retracted")
                .Select(c => $"{c.Stance}: {c.Holder} — \"{Excerpt(c.Evidence.Text)}\" ({ShortSource(c.DocumentSource)})")
                .Distinct());
        Section(console, "Corroborated by independent origins",
            ledger.Corroborations.Select(c => $"{c.Subject}: {string.Join(", ", c.OriginNames)} ({c.ClaimIds.Count} claims)"));
        Section(console, "Revisions", ledger.Revisions.Select(r => $"{r.Holder}: {r.From} ({r.FromDate}) → {r.To} ({r.ToDate}) on {r.Subject}"));
        Section(console, "Citation chains", ledger.Citations.Select(c => $"{c.From}, citing {c.To} ({ShortSource(c.DocumentSource)})").Distinct());
        Section(console, "Timeline", ledger.Timeline.Take(TimelineShown).Select(t => $"{When(t.Date, t.Precision)}: {t.Text}"));
    }

    /// <summary>
    /// One line per contested subject: the incompatible figures side by side with who holds each ("3,000: White
    /// House, National Intelligence Service vs at least 12,000: South Korea, Ukraine"), then who affirms what a
    /// holder denies. The pairwise conflicts behind each line are in ledger.json.
    /// </summary>
    private static IEnumerable<string> Contested(LedgerSection ledger, Func<string, string> inStory)
    {
        var claims = ledger.Claims.ToDictionary(c => c.Id);
        foreach (var subject in ledger.Conflicts.Where(c => c.Kind == ConflictKind.IncompatibleFigures).GroupBy(c => (c.Story, c.Subject)))
        {
            var positions = subject.SelectMany(c => c.ClaimIds).Distinct().Select(id => claims[id])
                .GroupBy(c => (c.Low, c.High, c.Qualifier))
                .OrderBy(g => g.Key.Low ?? g.Key.High)
                .Select(g => $"{g.First().Value}: {string.Join(", ", g.Select(c => c.Holder).Distinct())}");
            yield return $"{subject.Key.Subject}{inStory(subject.Key.Story)}: {string.Join(" vs ", positions)}";
        }
        foreach (var denial in ledger.Conflicts.Where(c => c.Kind == ConflictKind.AssertionVersusDenial).GroupBy(c => (c.Story, c.Subject, Denier: c.Holders[1])))
            yield return $"{denial.Key.Denier} denies what {string.Join(", ", denial.Select(c => c.Holders[0]).Distinct())} affirm: {denial.Key.Subject}{inStory(denial.Key.Story)}";
    }

    /// <summary>A date as precise as it is known: "the 1970s", "week of 2024-10-14", "2024-10".</summary>
    internal static string When(string date, string precision) => precision switch
    {
        "decade" when date.Length == 3 => $"the {date}0s",
        "week" => $"week of {date}",
        _ => date,
    };

    private static void Section(IAnsiConsole console, string title, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0) return;
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]") { Justification = Justify.Left });
        foreach (var line in items.Take(ItemsShown)) console.MarkupLine($"  • {Markup.Escape(line)}");
        if (items.Count > ItemsShown) console.MarkupLine($"  … and {items.Count - ItemsShown} more in ledger.json");
    }

    /// <summary>A document as a reader recognizes it in a narrow column: the file name, or a URL's host.</summary>
    private static string ShortSource(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : Path.GetFileName(source);

    private static string Excerpt(string? text, int max = 140) =>
        text is null ? "" : text.Length <= max ? text : text[..(max - 1)] + "…";
}
