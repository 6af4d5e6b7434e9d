using System.Collections.Immutable;
using Shouldly;
using Triangulate.Documents;
using Triangulate.Ledger;
using Triangulate.Pipeline;
using Xunit;

namespace Triangulate.Tests.Time;

public class TimeLedgerTests
{
    private const string Text = "Kim said Wednesday that troops had arrived last week.";

    [Fact]
    public void Analyzer_anchors_times_to_the_publication_date_and_the_ledger_carries_source_and_span()
    {
        var published = new PublicationTime(new DateTimeOffset(2024, 10, 25, 9, 0, 0, TimeSpan.Zero), TimePrecision.Day);
        var metadata = DocumentMetadata.ForSource("story.md") with { Published = published };
        var analyzed = Analyzer.Default.Analyze(new Document("d", Text, metadata, []));

        var records = TimeLedger.Records(analyzed).ToList();

        records.Select(r => (r.Evidence.Text, r.Value)).ShouldBe([("Wednesday", "2024-10-23"), ("last week", "2024-W42")]);
        records.ShouldAllBe(r => r.DocumentSource == "story.md" && r.Resolved && r.Anchor == "2024-10-25");
        records.ShouldAllBe(r => Text.Substring(r.Evidence.Start, r.Evidence.Length) == r.Evidence.Text);
    }

    [Fact]
    public void Without_a_publication_date_times_stay_unresolved()
    {
        var analyzed = Analyzer.Default.Analyze(new Document("d", Text, DocumentMetadata.ForSource("story.md"), ImmutableArray<RemovedSpan>.Empty));

        analyzed.Times.Length.ShouldBe(2);
        analyzed.Times.ShouldAllBe(t => !t.Resolved && t.Value.StartsWith("XXXX"));
        TimeLedger.Records(analyzed).ShouldAllBe(r => r.Anchor == null);
    }
}
