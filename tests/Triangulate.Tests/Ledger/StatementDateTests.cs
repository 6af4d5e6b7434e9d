using Shouldly;
using Triangulate.Pipeline;
using Triangulate.Segmentation;
using Triangulate.Time;
using Xunit;

namespace Triangulate.Tests.Ledger;

/// <summary>When a statement was made, as the first day its resolved date expression covers, with its precision.</summary>
public sealed class StatementDateTests
{
    [Theory]
    [InlineData("The agency said Wednesday that troops had left.", "Wednesday", "2024-10-23", "day")]
    [InlineData("The agency said last week that troops had left.", "last week", "2024-10-14", "week")]
    [InlineData("The agency said in October that troops had left.", "October", "2024-10-01", "month")]
    public void Date_of_a_resolved_expression(string text, string expression, string date, string precision)
    {
        var times = TimeRecognizer.Default.Recognize(text, Segmenter.Default.Segment(text), new Triangulate.Documents.PublicationTime(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero), Triangulate.Documents.TimePrecision.Day));
        var time = times.Single(t => t.Text == expression);
        var stated = LedgerStage.DateOf(time);
        stated.ShouldNotBeNull();
        stated.Value.Date.ShouldBe(DateOnly.Parse(date));
        stated.Value.Precision.ShouldBe(precision);
    }

    [Fact]
    public void Without_a_publication_date_nothing_is_dated()
    {
        const string text = "The agency said Wednesday that troops had left.";
        var time = TimeRecognizer.Default.Recognize(text, Segmenter.Default.Segment(text), null).Single(t => t.Text == "Wednesday");
        LedgerStage.DateOf(time).ShouldBeNull();
    }
}
