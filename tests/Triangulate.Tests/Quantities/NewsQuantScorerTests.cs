using Shouldly;
using Triangulate.Evaluation.NewsQuant;
using Triangulate.Quantities;
using Xunit;

namespace Triangulate.Tests.Quantities;

public class NewsQuantScorerTests
{
    private static NewsQuantQuantity Q(double low, double high, string change = "=", string unit = "-") => new(low, high, change, unit, unit, []);

    [Fact]
    public void Values_and_ranges_parse_as_the_dataset_writes_them()
    {
        NewsQuantScorer.ParseValue("3000.0").ShouldBe((3000, 3000));
        NewsQuantScorer.ParseValue("1.0-1.5").ShouldBe((1.0, 1.5));
        NewsQuantScorer.ParseValue("3.0 - 4.0").ShouldBe((3.0, 4.0));
        NewsQuantScorer.ParseValue("-5.0").ShouldBe((-5, -5));
        Q(3000, 3000).ValueText.ShouldBe("3000.0");
        Q(1, 1.5).ValueText.ShouldBe("1.0-1.5");
    }

    [Fact]
    public void Each_gold_quantity_matches_at_most_one_prediction_with_the_same_value()
    {
        var gold = new[] { Q(3000, 3000), Q(3000, 3000, ">"), Q(1, 1.5) };
        var predicted = new[] { Q(3000.00001, 3000.00001), Q(1, 1.5), Q(1.5, 1.5) };

        NewsQuantScorer.Matches(gold, predicted, (_, _) => true).ShouldBe(2);
        NewsQuantScorer.Matches(gold, predicted, (g, p) => g.Change == p.Change).ShouldBe(2);
        NewsQuantScorer.Matches([Q(3000, 3000, ">")], [Q(3000, 3000)], (g, p) => g.Change == p.Change).ShouldBe(0);
    }

    [Fact]
    public void Our_qualifiers_and_changes_map_to_the_dataset_change_field()
    {
        static Quantity Of(Qualifier qualifier, Change change, double? low, double? high) =>
            new(new(0, 1), "x", qualifier is Qualifier.Range or Qualifier.Vague ? null : low ?? high, low, high, qualifier, "percent", null, null, null, change, qualifier == Qualifier.Vague);

        NewsQuantScorer.ToNewsQuant(Of(Qualifier.Approximate, Change.None, 5, 5))!.Change.ShouldBe("~");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.AtLeast, Change.None, 5, null))!.Change.ShouldBe(">");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.AtMost, Change.None, null, 5))!.Change.ShouldBe("<");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.Exact, Change.Up, 5, 5))!.Change.ShouldBe("up");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.Range, Change.None, 1, 2))!.ValueText.ShouldBe("1.0-2.0");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.Exact, Change.None, 5, 5))!.NormalizedUnit.ShouldBe("percentage");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.Vague, Change.None, 2000, 9999)).ShouldBeNull();
    }
}
