using Shouldly;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Attribution;

public class AttributorTests
{
    private static Attributions Attribute(string text) =>
        Attributor.Default.Attribute(new Document("t", text, DocumentMetadata.ForSource("t.txt"), []), Segmenter.Default.Segment(text));

    /// <summary>Cases in Cases/patterns.txt: text lines, then "> " expectation lines (format in the file's header).</summary>
    public static TheoryData<string, string[]> PatternCases()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var block in CaseFile.Blocks("Attribution/Cases/patterns.txt"))
            data.Add(string.Join('\n', block.Where(l => !l.StartsWith('>'))), block.Where(l => l.StartsWith('>')).Select(l => l[1..].Trim()).ToArray());
        return data;
    }

    [Theory]
    [MemberData(nameof(PatternCases))]
    public void Finds_source_cue_and_content(string text, string[] expectations)
    {
        var found = Attribute(text).Items;
        var described = string.Join("\n", found.Select(Describe));
        foreach (var expectation in expectations)
        {
            if (expectation == "none") { found.Where(a => !a.InsideQuote).ShouldBeEmpty(described); continue; }
            if (expectation.StartsWith("count ")) { found.Length.ShouldBe(int.Parse(expectation[6..]), described); continue; }
            var fields = expectation.Split(" | ");
            var match = found.FirstOrDefault(a => SourceText(a) == fields[0] && (a.Cue?.Text ?? "-") == fields[1]
                                                  && a.Content.Of(text) == fields[2] && a.Type.ToString().ToLowerInvariant() == fields[3]);
            match.ShouldNotBeNull($"expected {expectation}\nfound:\n{described}");
            foreach (var pair in fields.Skip(4).Select(f => f.Split('=', 2)))
                Property(match, text, pair[0]).ShouldBe(pair[1], $"{pair[0]} of {Describe(match)}");
        }
    }

    private static string SourceText(AttributionRelation a) => a.Source.Kind switch
    {
        SourceKind.Unknown => "(unknown)",
        SourceKind.Generic when a.Source.Span is null => "(generic)",
        _ => a.Source.Text,
    };

    private static string? Property(AttributionRelation a, string text, string key) => key switch
    {
        "kind" => a.Source.Kind.ToString().ToLowerInvariant(),
        "extent" => a.SourceExtent?.Of(text),
        "channel" => a.Channel?.Of(text),
        "time" => a.Time?.Of(text),
        "cites" => string.Join(", ", a.Cites.Select(c => c.Cited.Text)),
        "lemma" => a.Cue?.Lemma,
        "class" => a.Cue?.Class,
        _ => throw new ArgumentException($"unknown key {key}"),
    };

    private static string Describe(AttributionRelation a) =>
        $"{a.Source.Text} ({a.Source.Kind}) | {a.Cue?.Text ?? "-"} | [{a.Content}] | {a.Type}";

    [Fact]
    public void Spans_point_into_the_text_and_evidence_covers_the_parts()
    {
        const string text = "“The troops are in Kursk now,” Mr. Kirby said on Monday. Officials said the move was expected.";
        var found = Attribute(text).Items;
        found.ShouldNotBeEmpty();
        foreach (var a in found)
        {
            a.Evidence.Contains(a.Content).ShouldBeTrue();
            if (a.Source.Span is { } s) { s.Of(text).ShouldBe(a.Source.Text); a.Evidence.Contains(s).ShouldBeTrue(); }
            if (a.Cue is { } c) c.Span.Of(text).ShouldBe(c.Text);
        }
    }

    [Fact]
    public void A_resolved_entity_can_be_filled_in_later()
    {
        var a = Attribute("“We will respond firmly to this,” he said.").Items.ShouldHaveSingleItem();
        a.Source.Kind.ShouldBe(SourceKind.Pronoun);
        var resolved = a with { Source = a.Source with { EntityId = "e7", DisplayName = "Kim Tae-hyo" } };
        resolved.Source.Name.ShouldBe("Kim Tae-hyo");
        resolved.Source.Span.ShouldBe(a.Source.Span);
    }
}
