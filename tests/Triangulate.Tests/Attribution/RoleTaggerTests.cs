using System.Collections.Immutable;
using System.IO.Compression;
using Shouldly;
using Triangulate.Attribution;
using Triangulate.Attribution.Tagging;
using Triangulate.Documents;
using Triangulate.Evaluation.PolNear;
using Triangulate.Resources;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Attribution;

public class RoleTaggerTests
{
    // Tags: 0 O; 1/2 B/I source; 3/4 B/I cue; 5/6 B/I content.
    [Theory]
    [InlineData("5 6 6 1 2 3 6 6", "5 6 6 1 2 3 5 6")]   // “A,” X said. “B.”: the content resumes after the cue as a new span
    [InlineData("6 6 0 4", "5 6 0 3")]                   // an I- tag at the start or after O begins a span
    [InlineData("1 2 3 4 5 6", "1 2 3 4 5 6")]           // well-formed tags are left alone
    [InlineData("1 4 2", "1 3 1")]                       // an I- of another role than the one before it begins its own span
    public void Repair_makes_every_span_begin_with_its_B_tag(string marked, string repaired)
    {
        var tags = marked.Split(' ').Select(int.Parse).ToArray();
        RoleTags.Repair(tags);
        string.Join(' ', tags).ShouldBe(repaired);
    }

    [Fact]
    public void Repair_begins_a_span_again_where_a_sequence_starts()
    {
        // A quote over two paragraphs (sequences 0-2 and 3-5) is two content spans, one per paragraph.
        int[] tags = [5, 6, 6, 6, 6, 0];
        RoleTags.Repair(tags, [0, 3, 6]);
        tags.ShouldBe([5, 6, 6, 5, 6, 0]);
    }

    // The refiner with a hand-made tagging: the tagged source phrase, and the source extent the rules' attribution then has.
    [Theory]
    // The tag stops inside the speaker's relative clause: the clause runs on to the sentence's end.
    [InlineData("“The dam will hold,” said Lena Ortiz, an engineer at the water board, who has inspected the site for a decade.",
        "Lena Ortiz, an engineer at the water board, who has inspected", "Lena Ortiz, an engineer at the water board, who has inspected the site for a decade")]
    // A tag without a relative clause is taken as it is.
    [InlineData("“The dam will hold,” said Lena Ortiz, an engineer at the water board.", "Lena Ortiz", "Lena Ortiz")]
    // The relative pronoun the rules found stays the source, as PolNeAR marks it.
    [InlineData("The plan was backed by Ms. Kline, who argued that the costs were small.", "Ms. Kline, who", "who")]
    // The tagger marks no source over the rules' phrase but one in the cue's clause: that one is the source.
    [InlineData("The senator unleashed a series of posts saying the vote was rigged.", "The senator", "The senator")]
    // ... but not the source of another statement in the sentence.
    [InlineData("Officials said the plant was safe, but the ministry confirmed the leak.", "Officials", "the ministry")]
    public void The_refiner_takes_the_tagged_source_phrase(string text, string tagged, string extent)
    {
        var segmentation = Segmenter.Default.Segment(text);
        var lex = AttributionLexicon.Default;
        var (rules, _) = new Attributor(lex).Rules(text, segmentation);
        var tags = new int[segmentation.Tokens.Length];
        RoleFeatures.Mark(segmentation, tags, new Span(text.IndexOf(tagged, StringComparison.Ordinal), tagged.Length), AttributionRole.Source);
        var refined = new RoleTagRefiner(text, segmentation, lex).Refine(rules, tags);
        refined.Select(a => (a.SourceExtent ?? a.Source.Span)?.Of(text)).ShouldContain(extent);
    }

    [Fact]
    public void A_saved_model_loads_and_attributes_the_same()
    {
        // A tiny model trained on made-up articles: what matters is that the round trip changes nothing.
        const string text = "The mayor said the bridge would reopen in May. Critics claim the cost is too high.";
        var article = new PolNearArticle("made-up", text, "made-up_a.ann",
        [
            Gold(text, "The mayor", "said", "the bridge would reopen in May"),
            Gold(text, "Critics", "claim", "the cost is too high"),
        ]);
        var model = PolNearTraining.Train([article, article with { Name = "again" }], new RoleTaggerOptions(Epochs: 3, MinFeatureCount: 1));
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        var loaded = RoleTaggerModel.Read(stream);
        loaded.KeyCount.ShouldBe(model.KeyCount);
        const string other = "The governor said the road would close. Residents claim the plan is unfair.";
        Describe(new Attributor(AttributionLexicon.Default, loaded), other).ShouldBe(Describe(new Attributor(AttributionLexicon.Default, model), other));
    }

    [Fact]
    public void The_shipped_model_is_what_train_attribution_builds_from_PolNeAR_train()
    {
        var train = Repo.SharedEval(Path.Combine("polnear", "train")) ?? throw new DirectoryNotFoundException("shared PolNeAR data is missing beside the repository");
        var model = PolNearTraining.Train(PolNearCorpus.Read(train), new RoleTaggerOptions());
        using var built = new MemoryStream();
        model.Write(built);
        built.Position = 0;
        using var shipped = Lexicon.Open(Attributor.TaggerResource);
        Inflate(built).ShouldBe(Inflate(shipped), "retrain with `triangulate train attribution` after changing features, rules or lexicons");
    }

    private static GoldAttribution Gold(string text, string source, string cue, string content)
    {
        Span Find(string part) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length);
        return new GoldAttribution([Find(source)], [Find(cue)], [Find(content)]);
    }

    private static string Describe(Attributor attributor, string text) =>
        string.Join("\n", attributor.Attribute(new Document("t", text, DocumentMetadata.ForSource("t.txt"), []), Segmenter.Default.Segment(text)).Items
            .Select(a => $"{(a.SourceExtent ?? a.Source.Span)?.Of(text)} | {a.Cue?.Text} | {a.Content.Of(text)}"));

    private static byte[] Inflate(Stream gzipped)
    {
        using var gz = new GZipStream(gzipped, CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gz.CopyTo(plain);
        return plain.ToArray();
    }
}
