using Shouldly;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Attribution;

/// <summary>Golden test: every direct quote of the sample story (written down by hand in Cases/sample-quotes.tsv) has its speaker.</summary>
public class SampleQuotesTests
{
    public static TheoryData<string, string, string> Quotes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(CaseFile.PathOf("Attribution/Cases/sample-quotes.tsv")))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Quotes))]
    public void Quote_has_its_speaker(string file, string quoteStart, string speaker)
    {
        var text = File.ReadAllText(Path.Combine(SampleFolder(), file));
        var at = text.IndexOf("“" + quoteStart, StringComparison.Ordinal);
        if (at < 0) at = text.IndexOf("\"" + quoteStart, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"quote not found: {quoteStart}");
        var quote = new Span(at, quoteStart.Length + 1);

        var found = Attributor.Default.Attribute(new Document(file, text, DocumentMetadata.ForSource(file), []), Segmenter.Default.Segment(text));
        var owner = found.Items.Where(a => !a.InsideQuote && a.Content.Contains(quote)).MinBy(a => a.Content.Length);
        if (speaker == "-")
        {
            owner.ShouldBeNull($"'{quoteStart}' is nobody's statement");
            return;
        }
        owner.ShouldNotBeNull($"no attribution for '{quoteStart}'");
        owner.Source.Text.ShouldBe(speaker);
    }

    private static string SampleFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples", "nk-troops"))) dir = dir.Parent;
        return dir is null ? throw new DirectoryNotFoundException("samples/nk-troops not found") : Path.Combine(dir.FullName, "samples", "nk-troops");
    }
}
