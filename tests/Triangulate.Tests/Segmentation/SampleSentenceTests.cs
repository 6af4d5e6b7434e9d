using Shouldly;
using Triangulate.Ingest;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Segmentation;

/// <summary>Sentence boundaries of two sample articles, written down and checked by hand.</summary>
public class SampleSentenceTests
{
    [Theory]
    [InlineData("001_93d353854f972ce8.txt", "Segmentation/Cases/sample-001-sentences.txt", 40)]
    [InlineData("004_3d7c92c67a1b745d.txt", "Segmentation/Cases/sample-004-sentences.txt", 29)]
    public void Sample_articles_split_into_the_hand_checked_sentences(string file, string expectedFile, int count)
    {
        var path = Path.Combine(Repo.Root(), "samples", "nk-troops", file);
        var document = new Ingestor().Ingest([path]).Documents.ShouldHaveSingleItem();
        var expected = File.ReadLines(CaseFile.PathOf(expectedFile)).Where(l => !l.StartsWith('#')).ToList();
        expected.Count.ShouldBe(count);
        Segmenter.Default.Segment(document.Text).Sentences.Select(s => s.Span.Of(document.Text)).ShouldBe(expected);
    }
}
