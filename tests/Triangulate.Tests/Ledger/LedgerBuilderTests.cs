using System.Collections.Immutable;
using Shouldly;
using Triangulate.Claims;
using Triangulate.Documents;
using Triangulate.Ledger;
using Xunit;

namespace Triangulate.Tests.Ledger;

public class LedgerBuilderTests
{
    private static readonly Holder Nis = new("nis", "NIS", HolderKind.Entity);
    private static readonly Holder WhiteHouse = new("white-house", "White House", HolderKind.Entity);
    private static readonly Holder Pentagon = new("pentagon", "Pentagon", HolderKind.Entity);
    private static readonly Holder NorthKorea = new("north-korea", "North Korea", HolderKind.Entity);
    private static readonly Holder PolishMedia = new("polish-media", "Polish media", HolderKind.Generic);
    private static readonly Holder JapaneseSources = new("japanese-sources", "Japanese sources", HolderKind.Generic);

    private int _next;

    private Claim Figure(Holder holder, double? low, double? high, string qualifier, string date,
        string subject = "north korean troops", Orientation orientation = Orientation.Actual, string source = "a.txt", params Holder[] cites) =>
        new($"c{Interlocked.Increment(ref _next)}", source, source, null, holder, ClaimKind.Quantity, subject, subject,
            new Estimate(low, high, qualifier, $"{qualifier} {low}-{high}"), Stance.Asserted, null, orientation, "said",
            DateOnly.Parse(date), "day", null, null, new Span(0, 1), "x", new Span(0, 1), "x", [.. cites]);

    private Claim Event(Holder holder, Stance stance, string key, string source = "b.txt", params Holder[] cites) =>
        new($"e{Interlocked.Increment(ref _next)}", source, source, null, holder, ClaimKind.Event, key, key, null, stance, null,
            Orientation.Actual, "said", DateOnly.Parse("2024-10-21"), "day", null, null, new Span(0, 1), "x", new Span(0, 1), "x", [.. cites]);

    private static ClaimLedger Build(params Claim[] claims) => new LedgerBuilder().Build(claims, []);

    [Fact]
    public void Exact_figure_against_an_incompatible_lower_bound_from_another_origin_is_a_conflict()
    {
        var ledger = Build(Figure(WhiteHouse, 3000, 3000, "exact", "2024-10-23"), Figure(Nis, 12000, null, "at-least", "2024-10-25"));
        ledger.Conflicts.ShouldHaveSingleItem().Kind.ShouldBe(ConflictKind.IncompatibleFigures);
    }

    [Fact]
    public void A_lower_bound_and_an_approximate_figure_above_it_do_not_conflict()
    {
        var ledger = Build(Figure(WhiteHouse, 3000, null, "at-least", "2024-10-23"), Figure(Pentagon, 10000, 10000, "approximate", "2024-10-28"));
        ledger.Conflicts.ShouldBeEmpty();
        ledger.Corroborations.ShouldHaveSingleItem().IndependentOrigins.ShouldBe(["pentagon", "white-house"]);
    }

    [Fact]
    public void A_holder_changing_its_own_figure_is_a_revision_not_a_conflict()
    {
        var ledger = Build(Figure(Nis, 1500, 1500, "exact", "2024-10-18"), Figure(Nis, 3000, 3000, "approximate", "2024-10-23", source: "c.txt"));
        ledger.Conflicts.ShouldBeEmpty();
        ledger.Revisions.ShouldHaveSingleItem().HolderKey.ShouldBe("nis");
    }

    [Fact]
    public void Figures_from_different_weeks_are_how_an_estimate_moved_not_a_conflict()
    {
        var ledger = Build(Figure(Nis, 1500, 1500, "exact", "2024-10-14"), Figure(Pentagon, 10000, 10000, "approximate", "2024-10-28"));
        ledger.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void A_revision_is_recorded_however_far_apart_the_two_figures_are()
    {
        var ledger = Build(Figure(Nis, 1500, 1500, "exact", "2024-10-14"), Figure(Nis, 3000, 3000, "exact", "2024-10-30", source: "c.txt"));
        ledger.Revisions.ShouldHaveSingleItem();
    }

    [Fact]
    public void Figures_whose_counted_thing_is_unknown_are_never_measured_or_compared()
    {
        var ledger = Build(Figure(Nis, 1, 1, "exact", "2024-10-23", subject: Propositions.Unspecified),
            Figure(Pentagon, 2, 2, "exact", "2024-10-23", subject: Propositions.Unspecified));
        ledger.Measures.ShouldBeEmpty();
        ledger.Conflicts.ShouldBeEmpty();
        ledger.Corroborations.ShouldBeEmpty();
    }

    [Fact]
    public void Corroborating_figures_must_agree_with_each_other_not_only_with_a_loose_bound()
    {
        var ledger = Build(Figure(PolishMedia, 1500, null, "at-least", "2024-10-23"), Figure(WhiteHouse, 3000, 3000, "exact", "2024-10-23"),
            Figure(Nis, 12000, null, "at-least", "2024-10-23"));
        var corroboration = ledger.Corroborations.ShouldHaveSingleItem();
        corroboration.Claims.Length.ShouldBe(2);
        corroboration.Claims.Select(c => c.Value!.Low).ShouldContain(1500);
    }

    [Fact]
    public void Different_measures_are_kept_apart()
    {
        var ledger = Build(
            Figure(Nis, 3000, 3000, "exact", "2024-10-23"),
            Figure(Nis, 10000, 10000, "exact", "2024-10-23", orientation: Orientation.Planned),
            Figure(WhiteHouse, 600000, null, "more-than", "2024-10-23", subject: "russian casualties"));
        ledger.Measures.Length.ShouldBe(3);
        ledger.Conflicts.ShouldBeEmpty();
        ledger.Revisions.ShouldBeEmpty();
    }

    [Fact]
    public void Figures_stated_weeks_apart_are_not_compared()
    {
        var ledger = Build(Figure(WhiteHouse, 3000, 3000, "exact", "2024-10-01"), Figure(Pentagon, 12000, 12000, "exact", "2024-11-20"));
        ledger.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void A_source_that_cites_another_is_not_independent_of_it()
    {
        var ledger = Build(
            Figure(PolishMedia, 3000, 3000, "exact", "2024-10-23", cites: JapaneseSources),
            Figure(JapaneseSources, 3000, 3000, "exact", "2024-10-22", source: "d.txt"));
        ledger.Corroborations.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_holder_repeated_by_several_outlets_counts_once()
    {
        var ledger = Build(
            Figure(Nis, 3000, 3000, "exact", "2024-10-23", source: "wire-copy-1.txt"),
            Figure(Nis, 3000, 3000, "exact", "2024-10-23", source: "wire-copy-2.txt"),
            Figure(Nis, 3000, 3000, "exact", "2024-10-23", source: "wire-copy-3.txt"));
        ledger.Corroborations.ShouldBeEmpty();
    }

    [Fact]
    public void Citation_edges_between_holders_are_followed_transitively()
    {
        var usa = new Holder("usa", "U.S.", HolderKind.Entity);
        var edge = new CitationEdge(usa, Nis, "d", "d.txt", new Span(0, 1), "The U.S. simply restated what the NIS said");
        var ledger = new LedgerBuilder().Build(
            [Figure(usa, 3000, null, "at-least", "2024-10-23"), Figure(Nis, 3000, 3000, "approximate", "2024-10-23", source: "e.txt")], [edge]);
        ledger.Corroborations.ShouldBeEmpty();
    }

    [Fact]
    public void Claims_of_different_stories_are_never_measured_together_compared_or_corroborated()
    {
        var claims = new[]
        {
            Figure(WhiteHouse, 3000, 3000, "exact", "2024-10-23", source: "story-a.txt"),
            Figure(Nis, 12000, null, "at-least", "2024-10-23", source: "story-b.txt"),
            Figure(Pentagon, 3000, 3000, "exact", "2024-10-23", source: "story-b.txt"),
            Event(Nis, Stance.Asserted, "deploy troops|north-korea|russia", source: "story-a.txt"),
            Event(NorthKorea, Stance.Denied, "deploy troops|north-korea|russia", source: "story-b.txt"),
        };
        ImmutableArray<Story> stories = [new("story-1", "a", ["story-a.txt"]), new("story-2", "b", ["story-b.txt"])];

        var apart = new LedgerBuilder().Build(claims, [], stories);
        apart.Measures.Select(m => (m.Story, m.Claims.Length)).ShouldBe([("story-2", 2), ("story-1", 1)]);
        apart.Conflicts.ShouldHaveSingleItem().Story.ShouldBe("story-2");
        apart.Corroborations.ShouldBeEmpty();

        var together = Build(claims);
        together.Conflicts.Count(c => c.Kind == ConflictKind.AssertionVersusDenial).ShouldBe(1);
        together.Corroborations.ShouldHaveSingleItem().IndependentOrigins.ShouldBe(["pentagon", "white-house"]);
    }

    [Fact]
    public void An_assertion_against_a_denial_is_a_conflict()
    {
        var ledger = Build(
            Event(Nis, Stance.Believed, "deploy troops|north-korea|russia"),
            Event(NorthKorea, Stance.Denied, "deploy troops|north-korea|russia"),
            Event(WhiteHouse, Stance.Hedged, "deploy troops|north-korea|russia"));
        var conflict = ledger.Conflicts.ShouldHaveSingleItem();
        conflict.Kind.ShouldBe(ConflictKind.AssertionVersusDenial);
        conflict.Second.Holder.ShouldBe(NorthKorea);
    }

    [Fact]
    public void Neither_confirming_nor_denying_is_no_conflict()
    {
        var ledger = Build(
            Event(Nis, Stance.Asserted, "deploy troops|north-korea|russia"),
            Event(NorthKorea, Stance.NeitherConfirmedNorDenied, "deploy troops|north-korea|russia"));
        ledger.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void Statements_form_a_dated_timeline()
    {
        var ledger = Build(Figure(Pentagon, 10000, 10000, "approximate", "2024-10-28"), Figure(Nis, 1500, 1500, "exact", "2024-10-18"));
        ledger.Timeline.Select(t => t.Date).ShouldBe(["2024-10-18", "2024-10-28"]);
        ledger.Timeline.ShouldAllBe(t => t.Kind == TimelineKind.Statement && t.Precision == "day");
    }
}
