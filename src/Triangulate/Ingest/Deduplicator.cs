using System.Collections.Immutable;
using System.Text;
using Triangulate.Documents;

namespace Triangulate.Ingest;

/// <summary>
/// Finds copies among the documents of a batch: exact (same words once case, punctuation and a leading dateline/wire tag
/// are ignored) and near (MinHash estimate of the Jaccard similarity of 5-word shingles, candidates found by LSH
/// banding). Two stories carrying the same wire tag ("(AP)") are copies at a lower similarity, since outlets trim and
/// re-edit wire copy. Each copy links to the earliest-published document of its group, else the first seen.
/// </summary>
internal sealed class Deduplicator
{
    private const int ShingleSize = 5;
    private const int Hashes = 128;
    private const int BandRows = 2;
    private const int MinShingles = 8;

    /// <summary>Similarity from which two texts are the same story in different copies, and the same with a shared wire tag.</summary>
    public const double NearThreshold = 0.5, WireThreshold = 0.25;

    /// <summary>Share of the shorter text found in the longer one from which a trimmed copy counts as a copy.</summary>
    public const double ContainmentThreshold = 0.8;

    private static readonly ulong[] Seeds = [.. Enumerable.Range(0, Hashes).Select(i => Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1)))];

    private sealed record Fingerprint(int Index, Document Document, string Exact, ulong[] Signature, int Shingles);

    public ImmutableArray<DuplicateLink> Find(IReadOnlyList<Document> documents)
    {
        var order = documents
            .Select((d, i) => new Fingerprint(i, d, ExactKey(Words(d.Text)), [], 0))
            .Select(f => Sign(f))
            .OrderBy(f => f.Document.Metadata.Published?.Value ?? DateTimeOffset.MaxValue)
            .ThenBy(f => f.Index)
            .ToList();

        var links = ImmutableArray.CreateBuilder<DuplicateLink>();
        var originalOf = new Dictionary<int, Fingerprint>();
        var exact = new Dictionary<string, Fingerprint>(StringComparer.Ordinal);
        var buckets = new Dictionary<(int Band, ulong Key), List<Fingerprint>>();

        foreach (var current in order)
        {
            if (exact.TryGetValue(current.Exact, out var same))
            {
                links.Add(new DuplicateLink(current.Document.Id, same.Document.Id, 1.0, DuplicateKind.Exact));
                originalOf[current.Index] = same;
                continue;
            }
            exact[current.Exact] = current;
            if (current.Shingles < MinShingles) continue;

            Fingerprint? best = null;
            var bestSimilarity = 0.0;
            var seen = new HashSet<int>();
            for (var band = 0; band < Hashes / BandRows; band++)
            {
                var key = BandKey(current.Signature, band);
                if (!buckets.TryGetValue((band, key), out var bucket)) buckets[(band, key)] = bucket = [];
                foreach (var other in bucket)
                {
                    if (!seen.Add(other.Index)) continue;
                    var similarity = Jaccard(current, other);
                    if (IsCopy(current, other, similarity) && similarity > bestSimilarity) (best, bestSimilarity) = (other, similarity);
                }
                bucket.Add(current);
            }
            if (best is null) continue;
            var original = originalOf.GetValueOrDefault(best.Index, best);
            originalOf[current.Index] = original;
            var toOriginal = original == best ? bestSimilarity : Jaccard(current, original);
            links.Add(new DuplicateLink(current.Document.Id, original.Document.Id, Math.Round(toOriginal, 3), DuplicateKind.Near));
        }
        return links.ToImmutable();
    }

    private static bool IsCopy(Fingerprint a, Fingerprint b, double jaccard)
    {
        var sameWire = a.Document.Metadata.WireTag is { } tag && tag == b.Document.Metadata.WireTag;
        if (jaccard >= (sameWire ? WireThreshold : NearThreshold)) return true;
        // |A∩B| from the Jaccard estimate and the set sizes: J(|A|+|B|)/(1+J).
        var shared = jaccard * (a.Shingles + b.Shingles) / (1 + jaccard);
        return shared / Math.Min(a.Shingles, b.Shingles) >= ContainmentThreshold;
    }

    private static Fingerprint Sign(Fingerprint f)
    {
        var words = Words(StripLead(f.Document));
        var shingles = new HashSet<ulong>();
        for (var i = 0; i + ShingleSize <= words.Count; i++)
            shingles.Add(Hash(words, i));
        var signature = new ulong[Hashes];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
            for (var h = 0; h < Hashes; h++)
                signature[h] = Math.Min(signature[h], Mix(shingle ^ Seeds[h]));
        return f with { Signature = signature, Shingles = shingles.Count };
    }

    private static double Jaccard(Fingerprint a, Fingerprint b)
    {
        var equal = 0;
        for (var h = 0; h < Hashes; h++) if (a.Signature[h] == b.Signature[h]) equal++;
        return (double)equal / Hashes;
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        var key = 1469598103934665603UL;
        for (var r = 0; r < BandRows; r++) key = Mix(key ^ signature[band * BandRows + r]);
        return key;
    }

    /// <summary>The text without the dateline and wire tag, which differ between copies of one story.</summary>
    private static string StripLead(Document d)
    {
        var text = d.Text;
        var dash = text.IndexOfAny(['—', '–']);
        return (d.Metadata.WireTag is not null || d.Metadata.Dateline is not null) && dash is > 0 and < 80 ? text[(dash + 1)..] : text;
    }

    private static string ExactKey(List<string> words) => string.Join(' ', words);

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) { word.Append(char.ToLowerInvariant(c)); continue; }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    /// <summary>FNV-1a over the shingle's words, separated, then mixed.</summary>
    private static ulong Hash(List<string> words, int start)
    {
        var hash = 14695981039346656037UL;
        for (var w = start; w < start + ShingleSize; w++)
        {
            foreach (var c in words[w]) hash = (hash ^ c) * 1099511628211UL;
            hash = (hash ^ ' ') * 1099511628211UL;
        }
        return Mix(hash);
    }

    /// <summary>SplitMix64 finaliser: a cheap, well-spread 64-bit mix, giving one hash function per seed.</summary>
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30; x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27; x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
