using Shouldly;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Segmentation;

public class SegmenterTests
{
    /// <summary>Cases in Cases/sentences.txt: a paragraph, then its expected sentences one per line "> ".</summary>
    public static TheoryData<string, string[]> SentenceCases()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var block in CaseFile.Blocks("Segmentation/Cases/sentences.txt"))
            data.Add(block[0], block.Skip(1).Select(l => l.TrimStart('>', ' ')).ToArray());
        return data;
    }

    [Theory]
    [MemberData(nameof(SentenceCases))]
    public void Splits_news_sentences(string paragraph, string[] expected)
    {
        var seg = Segmenter.Default.Segment(paragraph);
        seg.Sentences.Select(s => s.Span.Of(paragraph)).ShouldBe(expected);
    }

    [Fact]
    public void Every_line_is_a_paragraph_and_ends_its_sentence()
    {
        const string text = "Here come Kim's men\nKyiv said so. Seoul agreed.\n\nA third line";
        var seg = Segmenter.Default.Segment(text);
        seg.Paragraphs.Select(p => p.Span.Of(text)).ShouldBe(["Here come Kim's men", "Kyiv said so. Seoul agreed.", "A third line"]);
        seg.Sentences.Select(s => s.Paragraph).ShouldBe([0, 1, 1, 2]);
    }

    [Fact]
    public void Tokens_keep_offsets_abbreviations_and_numbers()
    {
        const string text = "The U.S. sent 1,500 troops, Mr. Kirby said on Oct. 25 at 3 p.m.; Russia's don't.";
        var tokens = Segmenter.Default.Segment(text).Tokens;
        tokens.ShouldAllBe(t => text.Substring(t.Span.Start, t.Span.Length) == t.Text);
        tokens.Select(t => t.Text).ShouldBe(
            ["The", "U.S.", "sent", "1,500", "troops", ",", "Mr.", "Kirby", "said", "on", "Oct.", "25", "at", "3", "p.m.", ";", "Russia", "'s", "do", "n't", "."]);
    }
}
