using Shouldly;
using Triangulate.Entities.Recognition;
using Xunit;

namespace Triangulate.Tests.Entities;

public class NerClustersTests
{
    [Fact]
    public void Prefixes_keep_the_path_length_and_shorter_paths_stay_whole()
    {
        var clusters = new NerClusters([("Paris", "0110"), ("London", "0111"), ("said", "10")]);
        var paris = clusters.PathOf("Paris");
        var london = clusters.PathOf("London");
        NerClusters.Prefix(paris, 3).ShouldBe(NerClusters.Prefix(london, 3));
        NerClusters.Prefix(paris, 4).ShouldNotBe(NerClusters.Prefix(london, 4));
        NerClusters.Prefix(clusters.PathOf("said"), 4).ShouldBe(clusters.PathOf("said"));
        // "0110" and "110" differ only in the leading zero, which the path keeps
        new NerClusters([("x", "110")]).PathOf("x").ShouldNotBe(paris);
    }

    [Fact]
    public void Headline_capitals_and_digits_find_the_written_form()
    {
        var clusters = new NerClusters([("Germany", "0101"), ("1996", "11"), ("bank", "001")]);
        clusters.PathOf("GERMANY").ShouldBe(clusters.PathOf("Germany"));
        clusters.PathOf("Bank").ShouldBe(clusters.PathOf("bank"));
        clusters.PathOf("2001").ShouldBe(clusters.PathOf("1996"));
        clusters.PathOf("Atlantis").ShouldBe(0UL);
    }

    [Fact]
    public void Words_in_the_same_contexts_share_longer_prefixes_than_words_in_different_ones()
    {
        // towns follow "in" and precede "on"; weekdays follow "on" and precede "." — each set shares its contexts
        var towns = new[] { "Paris", "Berlin", "Madrid", "Rome" };
        var days = new[] { "Monday", "Tuesday", "Friday", "Sunday" };
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var t in towns)
            foreach (var d in days)
            {
                sentences.Add(["He", "arrived", "in", t, "on", d, "."]);
                sentences.Add(["They", "met", "in", t, "on", d, "."]);
            }
        var paths = NerClusterBuilder.Build(sentences, new NerClusterOptions(MinCount: 2, Contexts: 20, Dimensions: 64))
            .ToDictionary(x => x.Word, x => x.Path);
        static int Shared(string a, string b) => a.Zip(b).TakeWhile(p => p.First == p.Second).Count();
        var within = Shared(paths["Paris"], paths["Berlin"]);
        var across = Shared(paths["Paris"], paths["Monday"]);
        within.ShouldBeGreaterThan(across);
        Shared(paths["Monday"], paths["Sunday"]).ShouldBeGreaterThan(across);
    }
}
