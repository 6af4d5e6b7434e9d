using Shouldly;
using Triangulate.Documents;
using Triangulate.Ledger;
using Triangulate.Pipeline;
using Triangulate.Quantities;
using Xunit;

namespace Triangulate.Tests.Quantities;

public class QuantityLedgerTests
{
    private const string Text = "The spy agency said Wednesday that some 12,000 troops were sent in 2024, with the first 1,500 in Vladivostok.";

    [Fact]
    public void Analyzer_finds_quantities_and_the_ledger_carries_document_span_and_text()
    {
        var analyzed = Analyzer.Default.Analyze(new Document("d1", Text, DocumentMetadata.ForSource("story.md"), []));

        analyzed.Quantities.Select(q => q.Text).ShouldBe(["some 12,000", "1,500"]);
        var records = QuantityLedger.Records(analyzed).ToList();
        records.ShouldAllBe(r => r.Document == "d1" && r.DocumentSource == "story.md" && r.Sentence!.Text == Text);
        records.ShouldAllBe(r => Text.Substring(r.Evidence.Start, r.Evidence.Length) == r.Evidence.Text);
        records[0].Qualifier.ShouldBe(Qualifier.Approximate);
        records[0].CountedThing.ShouldBe("troops");

        var ledger = LedgerJson.Build([analyzed], []);
        ledger.Quantities.Count.ShouldBe(2);
    }

    [Fact]
    public void Csv_has_one_row_per_quantity()
    {
        var analyzed = Analyzer.Default.Analyze(new Document("d1", Text, DocumentMetadata.ForSource("story.md"), []));
        using var writer = new StringWriter();
        QuantityLedger.WriteCsv(QuantityLedger.Records(analyzed), writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[1].ShouldContain("some 12,000");
        lines[1].ShouldContain("approximate");
    }
}
