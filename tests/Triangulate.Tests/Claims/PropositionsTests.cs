using Shouldly;
using Triangulate.Claims;
using Xunit;

namespace Triangulate.Tests.Claims;

public class PropositionsTests
{
    public static TheoryData<string, string, string, string, string> MeasureCases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(CaseFile.PathOf("Claims/Cases/measures.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var p = line.Split('\t');
            data.Add(p[0], p[1], p[2], p[3], p[4]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MeasureCases))]
    public void Groups_figures_that_measure_the_same_thing(string expected, string thingA, string ownerA, string thingB, string ownerB)
    {
        var a = Propositions.Default.Measure(thingA, ownerA, null, null);
        var b = Propositions.Default.Measure(thingB, ownerB, null, null);
        (a.Key == b.Key).ShouldBe(expected == "same", $"{a.Key} vs {b.Key}");
    }

    [Fact]
    public void Money_rates_are_their_own_measure()
    {
        var pay = Propositions.Default.Measure("each soldier", "North Korea", "usd", "per month");
        var troops = Propositions.Default.Measure("soldiers", "North Korea", null, null);
        pay.Key.ShouldNotBe(troops.Key);
        pay.Key.ShouldContain("per month");
    }

    [Theory]
    [InlineData(null, "percent")]
    [InlineData("North Korea", "dollar")]
    public void A_unit_without_a_counted_thing_or_rate_measures_nothing_known(string? owner, string unit)
    {
        Propositions.Default.Measure(null, owner, unit, null).Key.ShouldBe(Propositions.Unspecified);
        Propositions.Default.Measure("", owner, unit, "per month").Key.ShouldNotBe(Propositions.Unspecified);
    }

    [Fact]
    public void An_assertion_and_a_denial_of_one_event_name_the_same_proposition()
    {
        var asserted = Propositions.Default.Event("North Korea has sent 3,000 troops to Russia", ["North Korea", "Russia"]);
        var denied = Propositions.Default.Event("reports of its troops sent to Russia were groundless rumors", ["Russia", "North Korea"]);
        asserted.ShouldNotBeNull();
        asserted.Key.ShouldBe(denied!.Key);
    }

    [Fact]
    public void Other_events_or_participants_are_other_propositions()
    {
        var deploy = Propositions.Default.Event("North Korea has sent troops to Russia", ["North Korea", "Russia"]);
        Propositions.Default.Event("Russia has sent troops to Syria", ["Russia", "Syria"])!.Key.ShouldNotBe(deploy!.Key);
        Propositions.Default.Event("the Duma ratified the treaty", ["Russia"])!.Key.ShouldNotBe(deploy.Key);
        Propositions.Default.Event("the weather was fine", ["Russia"]).ShouldBeNull();
    }
}
