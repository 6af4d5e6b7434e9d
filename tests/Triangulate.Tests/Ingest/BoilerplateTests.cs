using Shouldly;
using Xunit;

namespace Triangulate.Tests.Ingest;

public class BoilerplateTests
{
    /// <summary>Cases/boilerplate.txt: per block, a reason, then paragraphs marked kept or removed (format in the file).</summary>
    public static TheoryData<string, string[]> Cases()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var block in CaseFile.Blocks("Ingest/Cases/boilerplate.txt"))
            data.Add(block[0], [.. block.Skip(1)]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Removes_boilerplate_by_rule_and_keeps_article_text(string reason, string[] lines)
    {
        var kept = lines.Where(l => l.StartsWith("  ")).Select(l => l[2..]).ToList();
        var removed = lines.Where(l => l.StartsWith('-')).Select(Removed).ToList();
        using var folder = new TempFolder();
        folder.Write("article.txt", string.Join('\n', lines.Select(l => l.StartsWith("  ") ? l[2..] : Removed(l).Text)));

        var result = folder.Ingest();

        result.Errors.ShouldBeEmpty();
        var document = result.Documents.ShouldHaveSingleItem();
        document.Text.Split('\n').ShouldBe(kept);
        document.Removed.Select(r => (r.Text, r.Reason)).ShouldBe(removed.Select(r => (r.Text, r.Reason ?? reason)));
        foreach (var span in document.Removed) span.CleanOffset.ShouldBeInRange(0, document.Text.Length);

        (string Text, string? Reason) Removed(string line) =>
            line.StartsWith("-(") ? (line[(line.IndexOf(')') + 2)..], line[2..line.IndexOf(')')]) : (line[2..], null);
    }

    [Fact]
    public void Corrections_are_kept_in_metadata_too()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "The company reported record profits.\nCorrection: An earlier version of this article misstated the revenue.");
        var document = folder.Ingest().Documents.ShouldHaveSingleItem();
        document.Metadata.Corrections.ShouldBe(["Correction: An earlier version of this article misstated the revenue."]);
        document.Text.ShouldBe("The company reported record profits.");
    }

    [Fact]
    public void Removed_span_offset_points_where_the_text_stood()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "First paragraph here.\nSEE ALSO: Another story\nSecond paragraph here.");
        var document = folder.Ingest().Documents.ShouldHaveSingleItem();
        document.Removed.ShouldHaveSingleItem().CleanOffset.ShouldBe(document.Text.IndexOf("Second", StringComparison.Ordinal));
    }
}
