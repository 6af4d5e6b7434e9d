using Shouldly;
using Triangulate.Ingest;
using Xunit;

namespace Triangulate.Tests.Ingest;

public class DedupTests
{
    private static string Fixture(string name) => File.ReadAllText(CaseFile.PathOf("Ingest/Cases/dedup/" + name));

    private static string Sample(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(Repo.Root(), "samples", "nk-troops"), prefix + "_*.txt").Single());

    [Fact]
    public void Exact_copy_links_to_the_earlier_published_one()
    {
        using var folder = new TempFolder();
        var text = Fixture("other-story.txt");
        folder.Write("a.txt", text);
        // Same words, other whitespace and line endings: still an exact copy.
        folder.Write("b.txt", text.Replace("\n", "\r\n\r\n").Replace(" the ", "\u00A0the "));
        folder.Write("sources.csv", "file,published\na.txt,2024-10-23\nb.txt,2024-10-21\n");

        var result = folder.Ingest();

        var docs = result.Documents.ToDictionary(d => d.Metadata.Source, d => d.Id);
        docs["a.txt"].ShouldNotBe(docs["b.txt"]);
        result.Duplicates.ShouldBe([new DuplicateLink(docs["a.txt"], docs["b.txt"], 1.0, DuplicateKind.Exact)]);
    }

    [Fact]
    public void Edited_copy_is_a_near_duplicate_of_the_first_seen()
    {
        using var folder = new TempFolder();
        var original = Sample("000");
        var paragraphs = original.Split('\n').ToList();
        paragraphs.RemoveRange(20, 4);
        paragraphs[2] = paragraphs[2].Replace("Brazil, Russia, India, China and South Africa", "five emerging economies");
        folder.Write("1-original.txt", original);
        folder.Write("2-edited.txt", string.Join('\n', paragraphs));

        var result = folder.Ingest();

        var docs = result.Documents.ToDictionary(d => d.Metadata.Source, d => d.Id);
        var link = result.Duplicates.ShouldHaveSingleItem();
        (link.DocumentId, link.OriginalId, link.Kind).ShouldBe((docs["2-edited.txt"], docs["1-original.txt"], DuplicateKind.Near));
        link.Similarity.ShouldBeInRange(0.5, 0.999);
    }

    [Fact]
    public void Trimmed_wire_copy_with_the_same_tag_is_linked()
    {
        using var folder = new TempFolder();
        folder.Write("original.txt", Fixture("wire-original.txt"));
        folder.Write("trimmed.txt", Fixture("wire-trimmed.txt"));

        var result = folder.Ingest();

        result.Documents.ShouldAllBe(d => d.Metadata.WireTag == "AP");
        var docs = result.Documents.ToDictionary(d => d.Metadata.Source, d => d.Id);
        var link = result.Duplicates.ShouldHaveSingleItem();
        (link.DocumentId, link.OriginalId, link.Kind).ShouldBe((docs["trimmed.txt"], docs["original.txt"], DuplicateKind.Near));
    }

    [Fact]
    public void Different_articles_on_the_same_story_are_not_linked()
    {
        using var folder = new TempFolder();
        folder.Write("wire.txt", Fixture("wire-original.txt"));
        folder.Write("other-wire.txt", Fixture("other-story.txt"));
        folder.Write("000.txt", Sample("000"));
        folder.Write("003.txt", Sample("003"));
        folder.Write("001.txt", Sample("001"));

        var result = folder.Ingest();

        result.Documents.Length.ShouldBe(5);
        result.Duplicates.ShouldBeEmpty();
    }
}
