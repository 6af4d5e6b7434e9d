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
    public void Matching_follows_the_official_script()
    {
        var gold = new[] { Q(3000, 3000), Q(3000, 3000, ">"), Q(1, 1.5) };
        var predicted = new[] { Q(3000.00001, 3000.00001), Q(1, 1.5), Q(1.5, 1.5) };
        NewsQuantScorer.OfficialMatches(gold, predicted).ShouldBe((2, 2, 2));

        // A prediction whose unit differs is not used up: it matches the value of every gold quantity it equals.
        NewsQuantScorer.OfficialMatches([Q(5, 5, "=", "dollar"), Q(5, 5, "=", "euro")], [Q(5, 5, "=", "percentage")]).ShouldBe((2, 2, 0));
        NewsQuantScorer.OfficialMatches([Q(3000, 3000, ">")], [Q(3000, 3000)]).ShouldBe((1, 0, 1));
        NewsQuantScorer.OfficialMatches([Q(1, 2)], [Q(1, 1)]).ShouldBe((0, 0, 0));
        NewsQuantScorer.OfficialMatches([Q(5, 5, "=", "Dollar")], [Q(5, 5, "=", "dollar")]).ShouldBe((1, 1, 1));
    }

    [Theory]
    [InlineData("delegates", "delegate")]
    [InlineData("casualties", "casualty")]
    [InlineData("businesses", "business")]
    [InlineData("children", "child")]
    [InlineData("people", "people")]
    [InlineData("status", "status")]
    [InlineData("indices", "index")]
    public void Counted_nouns_are_named_by_their_singular(string plural, string singular) =>
        NewsQuantScorer.Singular(plural).ShouldBe(singular);

    [Fact]
    public void Our_qualifiers_and_changes_map_to_the_dataset_change_field()
    {
        static Quantity Of(Qualifier qualifier, Change change, double? low, double? high) =>
            new(new(0, 1), "x", qualifier is Qualifier.Range or Qualifier.Vague ? null : low ?? high, low, high, qualifier, "percent", null, null, null, change, qualifier == Qualifier.Vague);

        NewsQuantScorer.ToNewsQuant(Of(Qualifier.Approximate, Change.None, 5, 5), "x")!.Change.ShouldBe("~");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.AtLeast, Change.None, 5, null), "x")!.Change.ShouldBe(">");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.AtMost, Change.None, null, 5), "x")!.Change.ShouldBe("<");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.Exact, Change.Up, 5, 5), "x")!.Change.ShouldBe("up");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.Range, Change.None, 1, 2), "x")!.ValueText.ShouldBe("1.0-2.0");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.Exact, Change.None, 5, 5), "x")!.NormalizedUnit.ShouldBe("percentage");
        NewsQuantScorer.ToNewsQuant(Of(Qualifier.Vague, Change.None, 2000, 9999), "x").ShouldBeNull();
    }

    [Theory]
    [InlineData("A 52-year-old man was arrested.", "52-year-old", "year of age")]
    [InlineData("He is 62 years old.", "62 years", "year of age")]
    [InlineData("A 60-member council met.", "60-member", "member")]
    [InlineData("At least 80 other guests came.", "At least 80", "guest")]
    [InlineData("He mentioned it 37 times.", "37 times", "count")]
    [InlineData("It lost 2.4 billion yen.", "2.4 billion yen", "japanese yen")]
    [InlineData("Net profit was 41.2 million guilders against 38.9 million.", "38.9 million", "netherlands guilde")]
    [InlineData("Forty killed as floods plunge the city into chaos.", "Forty", "-")]
    [InlineData("All four wounded are in hospital.", "four", "-")]
    [InlineData("Police found a 9mm pistol.", "9mm", "millimetre")]
    public void Units_take_CQE_names(string sentence, string quantity, string unit)
    {
        var found = Recognize(sentence);
        var q = found.Single(q => q.Text == quantity);
        NewsQuantScorer.Predictions(found, sentence)[found.IndexOf(q)].NormalizedUnit.ShouldBe(unit);
    }

    [Fact]
    public void Plural_magnitudes_before_of_are_broad_ranges()
    {
        const string sentence = "Thousands of people marched.";
        NewsQuantScorer.Predictions(Recognize(sentence), sentence).Single().ValueText.ShouldBe("1000.0-10000.0");
    }

    private static List<Quantity> Recognize(string text)
    {
        var seg = Triangulate.Segmentation.Segmenter.Default.Segment(text);
        return [.. QuantityRecognizer.Default.Recognize(text, seg, Triangulate.Time.TimeRecognizer.Default.Recognize(text, seg, null)).OrderBy(q => q.Span.Start)];
    }
}
