using Shouldly;
using Triangulate.Claims;
using Triangulate.Documents;
using Triangulate.Pipeline;
using Xunit;

namespace Triangulate.Tests.Ledger;

/// <summary>Where the stages meet: entities, statements and figures read as claim inputs.</summary>
public sealed class LedgerStageTests
{
    private static IReadOnlyList<Claim> Claims(string text)
    {
        var document = new Document("doc00001", text, DocumentMetadata.ForSource("case.txt") with
        {
            Published = new PublicationTime(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day),
        }, []);
        var analyzed = new[] { Analyzer.Default.Analyze(document) };
        return LedgerStage.Default.Build(analyzed, LedgerStage.EntitiesOf(analyzed)).Claims;
    }

    [Fact]
    public void Countries_are_parties_to_an_event_and_cities_are_only_where_it_happens()
    {
        var claims = Claims("Officials said North Korea has sent troops to Vladivostok in Russia.");
        claims.ShouldContain(c => c.Kind == ClaimKind.Event && c.Subject == "deploy troops: North Korea, Russia");
    }

    [Fact]
    public void Officials_of_a_country_hold_its_figures()
    {
        var claims = Claims("U.S. officials said about 10,000 North Korean soldiers were in Russia.");
        var figure = claims.Single(c => c.Kind == ClaimKind.Quantity);
        figure.Holder.DisplayName.ShouldBe("United States");
        figure.Subject.ShouldBe("North Korea troops");
    }

    [Theory]
    [InlineData("Britain has not confirmed that 5,000 troops crossed the border.", "unverified")]
    [InlineData("France did not say whether 300 soldiers had crossed the border.", "neither-confirmed-nor-denied")]
    [InlineData("Germany did not deny that 700 soldiers had crossed the border.", "neither-confirmed-nor-denied")]
    [InlineData("Germany denied that 700 soldiers had crossed the border.", "denied")]
    [InlineData("Germany confirmed that 700 soldiers had crossed the border.", "confirmed")]
    public void A_figure_takes_the_stance_of_its_cue_words(string text, string stance) =>
        Claims(text).Single(c => c.Kind == ClaimKind.Quantity).Stance.ShouldBe(StanceReader.ParseStance(stance));

    public static TheoryData<string, string, string?> GroupCases()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var block in CaseFile.Blocks("Ledger/Cases/group-speakers.txt"))
            data.Add(block[0], Field(block, "holders:")!, Field(block, "stance:"));
        return data;
    }

    [Theory]
    [MemberData(nameof(GroupCases))]
    public void A_source_referring_back_to_a_group_is_each_of_its_members(string text, string holders, string? stance)
    {
        // Figures in digits: "the two candidates" is itself a figure of the article's.
        var figures = Claims(text).Where(c => c.Kind == ClaimKind.Quantity && c.FocusText.Any(char.IsDigit)).ToList();
        figures.ShouldNotBeEmpty();
        string.Join(" | ", figures.Select(c => c.Holder.DisplayName)).ShouldBe(holders);
        if (stance is not null) figures.ShouldAllBe(c => c.Stance == StanceReader.ParseStance(stance));
    }

    private static string? Field(List<string> block, string name) =>
        block.Skip(1).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?[name.Length..].Trim();
}
