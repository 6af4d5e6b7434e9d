using Shouldly;
using Triangulate.Ingest;
using Triangulate.Ledger;
using Triangulate.Pipeline;
using Xunit;

namespace Triangulate.Tests.Ledger;

public class StoryGroupingTests
{
    private static StoryDocument Doc(string id, string? published, params string[] entities) =>
        new(id, published is null ? null : DateOnly.Parse(published), entities.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count()));

    private static string[][] Group(params StoryDocument[] documents) =>
        [.. StoryGrouping.Group(documents, id => id).Select(s => s.DocumentIds.ToArray())];

    [Fact]
    public void Articles_naming_the_same_people_and_places_are_one_story_and_others_are_not()
    {
        var stories = Group(
            Doc("a", null, "nis", "north-korea", "russia", "kursk", "kursk"),
            Doc("b", null, "pentagon", "north-korea", "russia", "kursk"),
            Doc("c", null, "fed", "powell", "inflation"),
            Doc("d", null, "nis", "north-korea", "kursk", "zelensky"),
            Doc("e", null, "powell", "fed", "treasury"));
        stories.ShouldBe([["a", "b", "d"], ["c", "e"]]);
    }

    [Fact]
    public void Articles_weeks_apart_are_different_stories_even_about_the_same_names()
    {
        Group(Doc("a", "2024-10-01", "nis", "north-korea", "kursk"), Doc("b", "2024-12-20", "nis", "north-korea", "kursk"))
            .ShouldBe([["a"], ["b"]]);
        Group(Doc("a", "2024-10-01", "nis", "north-korea", "kursk"), Doc("b", "2024-10-10", "nis", "north-korea", "kursk"))
            .ShouldBe([["a", "b"]]);
        Group(Doc("a", "2024-10-01", "nis", "north-korea", "kursk"), Doc("b", null, "nis", "north-korea", "kursk"))
            .ShouldBe([["a", "b"]], "an undated article may belong to any date");
    }

    [Fact]
    public void A_name_that_every_article_repeats_does_not_make_one_story_of_them()
    {
        // Twelve articles all name "trump"; each pair shares nothing else.
        var documents = Enumerable.Range(0, 12).Select(i => Doc($"d{i}", null, "trump", $"topic-{i}", $"place-{i}", $"person-{i}")).ToArray();
        Group(documents).Length.ShouldBe(12);
    }

    [Fact]
    public void Articles_without_named_entities_stand_alone_and_stories_are_labelled_by_their_names()
    {
        var stories = StoryGrouping.Group([Doc("a", null), Doc("b", null, "nis", "nis", "kursk"), Doc("c", null), Doc("d", null, "nis", "kursk")],
            id => id.ToUpperInvariant());
        stories.Select(s => (s.Id, s.Label, s.DocumentIds.Length)).ShouldBe(
            [("story-1", "(no named entities)", 1), ("story-2", "NIS, KURSK", 2), ("story-3", "(no named entities)", 1)]);
    }

    /// <summary>
    /// Real articles: the sample story mixed into PolNeAR's development articles (US politics, 2016). The five sample
    /// articles must come out as one story that holds none of the others.
    /// </summary>
    [Fact]
    public void The_sample_story_comes_out_whole_and_alone_from_a_mixed_batch()
    {
        var polnear = Repo.SharedEval("polnear/dev/text");
        polnear.ShouldNotBeNull("../shared/eval/polnear is needed (CI provides it)");
        var sample = Path.Combine(Repo.Root(), "samples", "nk-troops");
        var ingested = new Ingestor().Ingest([sample, polnear]);
        var analyzed = ingested.Documents.AsParallel().AsOrdered().Select(Analyzer.Default.Analyze).ToList();

        var stories = LedgerStage.StoriesOf(analyzed, LedgerStage.EntitiesOf(analyzed));

        var sampleIds = new Ingestor().Ingest([sample]).Documents.Select(d => d.Id).ToList();
        sampleIds.Count.ShouldBe(5);
        var story = stories.Single(s => s.DocumentIds.Contains(sampleIds[0]));
        story.DocumentIds.Order().ShouldBe(sampleIds.Order());
        stories.Length.ShouldBeGreaterThan(40, "84 articles on many campaign events are not a handful of stories");
    }
}
