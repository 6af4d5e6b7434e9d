using Shouldly;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Evaluation.PolNear;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Evaluation;

public class PolNearTests
{
    private static Attributions Attribute(string text) =>
        PolNearScorer.ToPolNearConvention(
            Attributor.Default.Attribute(new Document("t", text, DocumentMetadata.ForSource("t.txt"), []), Segmenter.Default.Segment(text)), text);

    [Fact]
    public void A_quote_that_carries_on_after_its_cue_joins_the_quote_not_a_later_indirect_statement()
    {
        const string text = "“We built this town from nothing, and we will build it again,” the mayor said when praising the crews. “Nobody here is going to give up now.”";
        var found = Attribute(text).Items;
        var said = found.Single(a => a.Cue?.Text == "said");
        said.Content.Of(text).ShouldStartWith("“We built");
        said.Content.Of(text).ShouldEndWith("give up now.”");
        found.Single(a => a.Cue?.Text == "praising").Content.Of(text).ShouldBe("the crews");
    }

    [Fact]
    public void A_description_in_PolNeAR_convention_holds_what_is_described()
    {
        const string text = "The senator called the new tax law “a gift to the wealthy.”";
        var found = Attribute(text).Items;
        found.Single(a => a.Cue?.Text == "called").Content.Of(text).ShouldBe("the new tax law “a gift to the wealthy.”");
    }

    [Fact]
    public void Errors_list_misses_boundary_errors_and_false_positives_with_context()
    {
        const string text = "The mayor said the bridge would reopen. Critics argue the cost is too high.";
        // Gold: the mayor's statement with its final period in the content, and an argument annotated without source.
        string T(string id, string role, string part)
        {
            var start = text.IndexOf(part, StringComparison.Ordinal);
            return $"{id}\t{role} {start} {start + part.Length}\t{part}";
        }
        var ann = new[]
        {
            T("T1", "Source", "The mayor"), T("T2", "Cue", "said"), T("T3", "Content", "the bridge would reopen."),
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
            T("T4", "Content", "the cost is too high"), "E2\tAttribution:T4 Content:T4",
        };
        var article = new PolNearArticle("a", text, "a_x.ann", PolNearCorpus.ParseAnn(ann));
        var found = Attribute(text);
        var lines = PolNearErrors.Describe(article, found).Select(l => l.Split('\t')).ToList();
        var described = string.Join("\n", lines.Select(l => string.Join(" || ", l)));
        lines.Select(l => l[0]).ShouldBe(["CONTENT", "SOURCE"], described);
        lines[0][2].ShouldBe("The mayor | said | the bridge would reopen.");
        lines[0][3].ShouldBe("The mayor | said | the bridge would reopen");
        lines[1][2].ShouldBe("- | - | the cost is too high");
        lines[1][3].ShouldStartWith("Critics | argue | ");
        lines[1][4].ShouldBe("The mayor said the bridge would reopen. Critics argue [[the cost is too high]].");
    }
}
