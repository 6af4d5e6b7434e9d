using System.Collections.Immutable;

namespace Triangulate.Ledger;

/// <summary>Documents about the same developing story; claims are compared only within one.</summary>
public sealed record Story(string Id, string Label, ImmutableArray<string> DocumentIds);

/// <summary>What story grouping reads of a document: its date and how often it names each canonical entity.</summary>
public sealed record StoryDocument(string DocumentId, DateOnly? Published, IReadOnlyDictionary<string, int> EntityCounts);

/// <summary>
/// Groups documents into stories by the entities they name. A batch of one story stays one story; a corpus of many
/// unrelated articles must not become one, or every percentage in it would contradict every other and every dollar
/// figure would "measure" the same thing. Two documents link when the cosine of their entity vectors (log counts
/// weighted by a smoothed inverse document frequency, so that names every article repeats count for little) reaches
/// <see cref="LinkSimilarity"/> and, when both are dated, they appeared within <see cref="LinkWindowDays"/>; stories
/// are the linked components.
/// </summary>
public static class StoryGrouping
{
    /// <summary>
    /// Chosen on the sample story mixed with PolNeAR dev articles: at 0.3 the five sample articles form one story with
    /// none of the others; at 0.2 an unrelated article joins them.
    /// </summary>
    public const double LinkSimilarity = 0.3;

    public const int LinkWindowDays = 14;

    /// <summary>
    /// An entity named in more documents than this proposes no candidate pairs (it still counts in the similarity of
    /// pairs found through rarer names), so the work stays near-linear in a corpus where a few names are everywhere.
    /// </summary>
    public const int MaxPostingsPerEntity = 2000;

    public static ImmutableArray<Story> Group(IReadOnlyList<StoryDocument> documents, Func<string, string> entityName)
    {
        var n = documents.Count;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in documents)
            foreach (var id in d.EntityCounts.Keys) frequency[id] = frequency.GetValueOrDefault(id) + 1;
        double Weight(string id, int count) => (1 + Math.Log(count)) * Math.Log(1 + (double)n / frequency[id]);
        var vectors = documents.Select(d => Normalized(d.EntityCounts.ToDictionary(e => e.Key, e => Weight(e.Key, e.Value), StringComparer.Ordinal))).ToList();

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
            foreach (var id in documents[i].EntityCounts.Keys)
                (postings.TryGetValue(id, out var list) ? list : postings[id] = []).Add(i);

        var parent = Enumerable.Range(0, n).ToArray();
        int Root(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        var candidates = new HashSet<int>();
        for (var i = 0; i < n; i++)
        {
            candidates.Clear();
            foreach (var id in documents[i].EntityCounts.Keys)
                if (postings[id] is { Count: <= MaxPostingsPerEntity } docs)
                    foreach (var j in docs) if (j > i) candidates.Add(j);
            foreach (var j in candidates)
                if (Root(i) != Root(j) && Close(documents[i].Published, documents[j].Published) && Cosine(vectors[i], vectors[j]) >= LinkSimilarity)
                    parent[Root(i)] = Root(j);
        }

        // Stories in order of their first document, so that ids follow the input.
        var stories = ImmutableArray.CreateBuilder<Story>();
        foreach (var members in Enumerable.Range(0, n).GroupBy(Root).OrderBy(g => g.Min()))
        {
            var label = string.Join(", ", members
                .SelectMany(i => vectors[i])
                .GroupBy(e => e.Key, StringComparer.Ordinal)
                .Select(g => (Id: g.Key, Weight: g.Sum(e => e.Value)))
                .OrderByDescending(e => e.Weight).ThenBy(e => e.Id, StringComparer.Ordinal)
                .Take(3)
                .Select(e => entityName(e.Id)));
            stories.Add(new Story($"story-{stories.Count + 1}", label.Length > 0 ? label : "(no named entities)", [.. members.Select(i => documents[i].DocumentId)]));
        }
        return stories.ToImmutable();
    }

    /// <summary>Each document's story id.</summary>
    public static Dictionary<string, string> ByDocument(IEnumerable<Story> stories) =>
        stories.SelectMany(s => s.DocumentIds.Select(d => (Document: d, Story: s.Id))).ToDictionary(x => x.Document, x => x.Story, StringComparer.Ordinal);

    private static bool Close(DateOnly? a, DateOnly? b) =>
        a is not { } x || b is not { } y || Math.Abs(x.DayNumber - y.DayNumber) <= LinkWindowDays;

    private static Dictionary<string, double> Normalized(Dictionary<string, double> vector)
    {
        var norm = Math.Sqrt(vector.Values.Sum(w => w * w));
        foreach (var key in vector.Keys.ToList()) vector[key] = norm > 0 ? vector[key] / norm : 0;
        return vector;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var sum = 0.0;
        foreach (var (key, weight) in a)
            if (b.TryGetValue(key, out var other)) sum += weight * other;
        return sum;
    }
}
