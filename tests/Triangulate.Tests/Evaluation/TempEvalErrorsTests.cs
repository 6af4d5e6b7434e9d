using Shouldly;
using Triangulate.Evaluation.TempEval;
using Triangulate.Segmentation;
using Triangulate.Time;
using Xunit;

namespace Triangulate.Tests.Evaluation;

public class TempEvalErrorsTests
{
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML><DOCID>t1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-25" functionInDocument="CREATION_TIME">2024-10-25</TIMEX3></DCT>
        <TEXT>Kim said <TIMEX3 tid="t1" type="DATE" value="2024-10-23">Wednesday</TIMEX3> the units left <TIMEX3 tid="t2" type="DATE" value="2024-10-20">last week</TIMEX3>, and talks resume in <TIMEX3 tid="t3" type="DATE" value="2024-12">December</TIMEX3>. He spoke for two hours.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Lists_each_disagreement_with_gold_once_with_its_kind()
    {
        var doc = TimeMlDocument.Parse("t1.tml", Tml);
        var found = TimeRecognizer.Default.Recognize(doc.Text, Segmenter.Default.Segment(doc.Text), doc.CreationTime);

        var lines = TempEvalErrors.Describe(doc, found).Select(l => l.Split('\t')).ToList();

        // Wednesday and December agree with gold; "last week" is a week for us (2024-W42), a day for this gold;
        // "two hours" is not in the gold.
        lines.Select(l => (l[0], l[3], l[4])).ShouldBe(
        [
            ("VALUE", "last week | DATE | 2024-10-20", "last week | DATE | 2024-W42"),
            ("FP", "", "two hours | DURATION | PT2H"),
        ]);
        lines.ShouldAllBe(l => l.Length == TempEvalErrors.Header.Split('\t').Length && l[1] == "t1.tml" && l[2] == "2024-10-25");
        lines[0][5].ShouldContain("[last week]");
    }
}
