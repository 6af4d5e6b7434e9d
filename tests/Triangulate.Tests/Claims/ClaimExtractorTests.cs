using System.Collections.Immutable;
using Shouldly;
using Triangulate.Claims;
using Triangulate.Documents;
using Triangulate.Ledger;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Claims;

public class ClaimExtractorTests
{
    private static readonly Holder Nis = new("nis", "National Intelligence Service", HolderKind.Entity);

    private static Document Doc(string text) =>
        new("d1", text, DocumentMetadata.ForSource("d1.txt") with
        {
            Outlet = "The Daily",
            Published = new PublicationTime(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day),
        }, []);

    private static Span Find(string text, string part, int from = 0) => new(text.IndexOf(part, from, StringComparison.Ordinal), part.Length);

    private static FigureInput Figure(string text, string figure, double? low, double? high, string qualifier, string? counted) =>
        new(Find(text, figure), figure, low, high, qualifier, null, null, counted,
            counted is null ? null : Find(text, counted, Find(text, figure).End));

    private static ClaimInputs Inputs(string text, StatementInput[] statements, FigureInput[] figures, ParticipantInput[] participants) =>
        new(Doc(text), Segmenter.Default.Segment(text), [.. statements], [.. figures], [.. participants], []);

    [Fact]
    public void A_believed_figure_and_a_planned_one_in_one_statement_get_their_own_stance_and_orientation()
    {
        const string text = "South Korea's spy agency said Wednesday that it believes North Korea has sent 3,000 troops to Russia and aims to provide a total of 10,000 troops by December.";
        var statement = new StatementInput(Nis, Find(text, "said"), "said", Stance.Asserted,
            Span.FromBounds(text.IndexOf("it believes", StringComparison.Ordinal), text.Length - 1), [], new DateOnly(2024, 10, 23), "day", "Wednesday");
        var claims = ClaimExtractor.Default.Extract(Inputs(text, [statement],
            [Figure(text, "3,000", 3000, 3000, "exact", "troops"), Figure(text, "10,000", 10000, 10000, "exact", "troops")],
            [new ParticipantInput(Find(text, "North Korea"), "north-korea", "North Korea", ParticipantKind.Place)]));

        var figures = claims.Where(c => c.Kind == ClaimKind.Quantity).ToList();
        figures.Count.ShouldBe(2);
        figures[0].Stance.ShouldBe(Stance.Believed);
        figures[0].Orientation.ShouldBe(Orientation.Actual);
        figures[1].Stance.ShouldBe(Stance.Expected);
        figures[1].Orientation.ShouldBe(Orientation.Planned);
        figures.ShouldAllBe(c => c.Holder == Nis && c.StatedOn == new DateOnly(2024, 10, 23));
        figures[0].FocusText.ShouldBe("3,000");
        claims.ShouldContain(c => c.Kind == ClaimKind.Event && c.Subject == "deploy troops: North Korea");
    }

    [Fact]
    public void Figures_named_as_someones_figure_belong_to_them_and_can_conflict()
    {
        const string text = "Estimates range from the White House figure of 3,000 troops to Seoul's and Kyiv's number of at least 12,000.";
        var claims = ClaimExtractor.Default.Extract(Inputs(text, [],
            [Figure(text, "3,000", 3000, 3000, "exact", "troops"), Figure(text, "at least 12,000", 12000, null, "at-least", null)],
            [
                new ParticipantInput(Find(text, "White House"), "white-house", "White House", ParticipantKind.Organization),
                new ParticipantInput(Find(text, "Seoul"), "south-korea", "South Korea", ParticipantKind.Place),
                new ParticipantInput(Find(text, "Kyiv"), "ukraine", "Ukraine", ParticipantKind.Place),
            ]));
        claims.Select(c => (c.Holder.DisplayName, c.FocusText)).ShouldBe(
            [("White House", "3,000"), ("South Korea", "at least 12,000"), ("Ukraine", "at least 12,000")]);
        claims.Select(c => c.SubjectKey).Distinct().ShouldHaveSingleItem();
        var ledger = new LedgerBuilder().Build(claims, []);
        ledger.Conflicts.Count(c => c.Kind == ConflictKind.IncompatibleFigures).ShouldBe(2);
    }

    [Fact]
    public void A_figure_nobody_is_quoted_on_belongs_to_the_outlet_and_doubts_are_kept_as_claims()
    {
        const string text = "Some 600 soldiers crossed the river. The video has not yet been verified by independent sources.";
        var claims = ClaimExtractor.Default.Extract(Inputs(text, [], [Figure(text, "Some 600", 600, 600, "approximate", "soldiers")], []));
        claims[0].Holder.Kind.ShouldBe(HolderKind.Outlet);
        claims[0].Holder.DisplayName.ShouldBe("The Daily");
        claims[0].StatedOn.ShouldBe(new DateOnly(2024, 10, 25));
        var doubt = claims.Where(c => c.Kind == ClaimKind.Event).ShouldHaveSingleItem();
        doubt.Stance.ShouldBe(Stance.Unverified);
        doubt.EvidenceText.ShouldBe("The video has not yet been verified by independent sources.");
    }

    [Theory]
    // Whose troops: the nationality in what is counted, an organization's country, the country acting before the
    // figure; never the place the troops are in.
    [InlineData("Officials said 3,000 North Korean troops are in Russia.", "North Korean troops are in Russia", "North Korea troops")]
    [InlineData("The number of members of the Korean People's Army in Russia was put at 3,000.", "members of the Korean People's Army in Russia", "North Korea troops")]
    [InlineData("Officials said North Korea has sent 3,000 troops to Russia.", "troops", "North Korea troops")]
    [InlineData("Officials said 3,000 troops in Russia were training.", "troops in Russia", "troops")]
    public void A_figure_belongs_to_the_country_whose_troops_they_are(string text, string counted, string measure)
    {
        ParticipantInput? Participant(string name, string key, string canonical, ParticipantKind kind, string? country = null) =>
            text.Contains(name) ? new ParticipantInput(Find(text, name), key, canonical, kind, country) : null;
        ParticipantInput?[] candidates =
        [
            Participant("North Korean", "north-korea", "North Korea", ParticipantKind.Place)
                ?? Participant("North Korea", "north-korea", "North Korea", ParticipantKind.Place),
            Participant("Korean People's Army", "kpa", "Korean People's Army", ParticipantKind.Organization, "North Korea"),
            Participant("Russia", "russia", "Russia", ParticipantKind.Place),
        ];
        var figure = new FigureInput(Find(text, "3,000"), "3,000", 3000, 3000, "exact", null, null, counted, Find(text, counted));
        var claims = ClaimExtractor.Default.Extract(Inputs(text, [], [figure], [.. candidates.OfType<ParticipantInput>().OrderBy(p => p.Span.Start)]));
        claims.Single(c => c.Kind == ClaimKind.Quantity).Subject.ShouldBe(measure);
    }

    [Theory]
    // A figure's stance is read from its own clause: another figure's decision or a relative clause's expectation
    // in the same sentence is not its own.
    [InlineData("The agency said Pyongyang has decided to send 12,000 troops, with the first 1,500 already deployed.", "1,500", Stance.Asserted)]
    [InlineData("The agency said Pyongyang has decided to send 12,000 troops, with the first 1,500 already deployed.", "12,000", Stance.Expected)]
    [InlineData("The agency said Pyongyang has sent 9,000 soldiers to the front, where they are expected to train.", "9,000", Stance.Asserted)]
    public void A_figure_takes_the_stance_of_its_own_clause(string text, string figure, Stance expected)
    {
        var statement = new StatementInput(Nis, Find(text, "said"), "said", Stance.Asserted,
            Span.FromBounds(Find(text, "Pyongyang").Start, text.Length - 1), [], null, null, null);
        var figures = new[] { "12,000", "1,500", "9,000" }.Where(text.Contains)
            .Select(f => new FigureInput(Find(text, f), f, 1, 1, "exact", null, null, "troops", null)).ToArray();
        var claims = ClaimExtractor.Default.Extract(Inputs(text, [statement], figures, []));
        claims.Single(c => c.Kind == ClaimKind.Quantity && c.FocusText == figure).Stance.ShouldBe(expected);
    }
}
