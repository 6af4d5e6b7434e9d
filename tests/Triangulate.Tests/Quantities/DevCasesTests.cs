using Shouldly;
using Triangulate.Evaluation.NewsQuant;
using Triangulate.Quantities;
using Triangulate.Segmentation;
using Triangulate.Time;
using Xunit;

namespace Triangulate.Tests.Quantities;

/// <summary>
/// Our development sets scored as `triangulate eval quantities --cases` scores them: the floors are a little under
/// the figures last measured, so a regression fails. dev-news.txt holds sentences written for NewsQuant's
/// conventions; dev-news-2.txt news sentences sampled at random from development text and paraphrased, annotated
/// before the recognizer was tuned on them (with the code before that: value 93.89, value+change 89.96, value+unit
/// 85.81 on all 356); dev-news-3.txt a third such sample (batch 1 scored before its fixes: 93.24 / 91.84 / 84.38);
/// dev-news-4.txt a fourth (batch 1 before its fixes: 92.26 / 90.54 / 87.68; batch 2 drawn after them).
/// </summary>
public class DevCasesTests
{
    [Theory]
    [InlineData("dev-news.txt", 150, 99.5, 98.5, 98.5)]
    [InlineData("dev-news-2.txt", 350, 97.9, 97.0, 95.6)]
    [InlineData("dev-news-3.txt", 250, 97.8, 97.4, 95.0)]
    [InlineData("dev-news-4.txt", 250, 95.1, 93.9, 92.3)]
    public void Development_cases_stay_at_or_above_their_measured_floor(string file, int atLeast, double value, double valueChange, double valueUnit)
    {
        var cases = NewsQuantScorer.ReadCases(CaseFile.PathOf("Quantities/Cases/" + file));
        cases.Length.ShouldBeGreaterThan(atLeast);
        var figures = new NewsQuantScorer(Segmenter.Default, TimeRecognizer.Default, QuantityRecognizer.Default).Score(cases);

        figures.Value.F1.ShouldBeGreaterThanOrEqualTo(value);
        figures.ValueChange.F1.ShouldBeGreaterThanOrEqualTo(valueChange);
        figures.ValueUnit.F1.ShouldBeGreaterThanOrEqualTo(valueUnit);
    }

    [Fact]
    public void Case_blocks_read_values_ranges_changes_units_and_concepts()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "# comment\nPrices rose 5% to $12.\n5\tup\tpercentage\n12\t=\tdollar\n\nNo figures here.\n\nBetween 2 and 3 troops.\n2-3\t=\t-\ttroops\n");
        var cases = NewsQuantScorer.ReadCases(path);
        File.Delete(path);

        cases.Length.ShouldBe(3);
        cases[0].Quantities.Select(q => (q.Low, q.Change, q.NormalizedUnit)).ShouldBe([(5.0, "up", "percentage"), (12.0, "=", "dollar")]);
        cases[1].Quantities.ShouldBeEmpty();
        cases[2].Quantities.Single().ValueText.ShouldBe("2.0-3.0");
        cases[2].Quantities.Single().Concepts.ShouldBe(["troops"]);
    }
}
