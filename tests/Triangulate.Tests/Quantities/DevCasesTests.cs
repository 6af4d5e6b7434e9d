using Shouldly;
using Triangulate.Evaluation.NewsQuant;
using Triangulate.Quantities;
using Triangulate.Segmentation;
using Triangulate.Time;
using Xunit;

namespace Triangulate.Tests.Quantities;

/// <summary>
/// Our development set (Cases/dev-news.txt, NewsQuant's conventions, sentences written for it) scored as
/// `triangulate eval quantities --cases` scores it: the floors are the figures last measured, so a regression fails.
/// </summary>
public class DevCasesTests
{
    [Fact]
    public void Development_cases_stay_at_or_above_their_measured_floor()
    {
        var cases = NewsQuantScorer.ReadCases(CaseFile.PathOf("Quantities/Cases/dev-news.txt"));
        cases.Length.ShouldBeGreaterThan(150);
        var figures = new NewsQuantScorer(Segmenter.Default, TimeRecognizer.Default, QuantityRecognizer.Default).Score(cases);

        figures.Value.F1.ShouldBeGreaterThanOrEqualTo(99.5);
        figures.ValueChange.F1.ShouldBeGreaterThanOrEqualTo(98.5);
        figures.ValueUnit.F1.ShouldBeGreaterThanOrEqualTo(98.5);
    }

    /// <summary>
    /// The second set (Cases/dev-news-2.txt): news sentences sampled at random from development text and
    /// paraphrased, annotated before the recognizer was tuned on them (with the code before that: value 93.89,
    /// value+change 89.96, value+unit 85.81 on all 356). Floors a little under the figures last measured.
    /// </summary>
    [Fact]
    public void Sampled_news_cases_stay_at_or_above_their_measured_floor()
    {
        var cases = NewsQuantScorer.ReadCases(CaseFile.PathOf("Quantities/Cases/dev-news-2.txt"));
        cases.Length.ShouldBeGreaterThan(350);
        var figures = new NewsQuantScorer(Segmenter.Default, TimeRecognizer.Default, QuantityRecognizer.Default).Score(cases);

        figures.Value.F1.ShouldBeGreaterThanOrEqualTo(95.3);
        figures.ValueChange.F1.ShouldBeGreaterThanOrEqualTo(94.2);
        figures.ValueUnit.F1.ShouldBeGreaterThanOrEqualTo(92.4);
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
