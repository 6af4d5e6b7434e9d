using Shouldly;
using Spectre.Console;
using Triangulate.Cli;
using Triangulate.Ingest;
using Triangulate.Ledger;
using Triangulate.Pipeline;
using Xunit;

namespace Triangulate.Tests.Report;

/// <summary>The terminal summary of the sample story: what a journalist reads first.</summary>
public sealed class TerminalSummaryTests
{
    private static readonly Lazy<string> Printed = new(() =>
    {
        var ingested = new Ingestor().Ingest([Path.Combine(Repo.Root(), "samples", "nk-troops")]);
        var analyzed = ingested.Documents.Select(Analyzer.Default.Analyze).ToList();
        return Print(LedgerSection.From(LedgerStage.Default.Build(analyzed, LedgerStage.EntitiesOf(analyzed))));
    });

    private static string Print(LedgerSection ledger)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400; // wide enough that no line wraps
        LedgerSummary.Print(console, ledger);
        return writer.ToString();
    }

    [Theory]
    [InlineData("North Korea troops (actual)")]
    [InlineData("North Korea troops (planned)")]
    [InlineData("3,000: National Intelligence Service, White House")]
    [InlineData("at least 12,000: South Korea, Ukraine")]
    [InlineData("North Korea denies what")]
    [InlineData("neither confirmed nor denied: Russia")]
    [InlineData("unverified: ")]
    [InlineData("National Intelligence Service: 1,500 (2024-10-14) → 3,000 (2024-10-23)")]
    [InlineData("Polish media, citing Japanese sources")]
    [InlineData("The Kyiv Independent, citing Ukrainian intelligence")]
    public void Shows(string line) => Printed.Value.ShouldContain(line);

    [Fact]
    public void A_batch_of_one_story_needs_no_story_labels_and_one_of_several_names_them()
    {
        Printed.Value.ShouldNotContain("Stories");
        var sample = Store.SampleLedger.File.Ledger!;
        var twoStories = sample with
        {
            Stories = [sample.Stories.Single() with { Label = "North Korea, Russia" }, new StoryRecord("story-2", "Federal Reserve", ["elsewhere"])],
        };
        var printed = Print(twoStories);
        printed.ShouldContain("story-2: Federal Reserve (1 document)");
        printed.ShouldContain("North Korea troops (actual) — North Korea, Russia");
    }

    [Theory]
    [InlineData(0, "0 quantities")]
    [InlineData(1, "1 quantity")]
    [InlineData(2, "2 quantities")]
    public void Counts_take_their_noun_in_the_right_number(int n, string expected) =>
        Summary.Count(n, "quantity", "quantities").ShouldBe(expected);
}
