using System.Collections.Frozen;
using Triangulate.Resources;

namespace Triangulate.Entities.Recognition;

/// <summary>
/// Word clusters as paths in a binary tree (Brown-cluster style bit strings), learnt from unlabeled news text by
/// <see cref="NerClusterBuilder"/>. Prefixes of a path name coarser clusters, so the tagger can generalize from
/// "Rotterdam" in training to a test-only town that appears in the same contexts.
/// </summary>
public sealed class NerClusters
{
    public const string Resource = "Entities/Resources/clusters.tsv";

    private readonly FrozenDictionary<ulong, ulong> _paths;

    /// <param name="entries">Words (digits written as 0) and their paths as strings of '0' and '1'.</param>
    public NerClusters(IEnumerable<(string Word, string Path)> entries)
    {
        var map = new Dictionary<ulong, ulong>();
        foreach (var (word, path) in entries)
        {
            if (path.Length is 0 or > 62) continue;
            var bits = 1UL;   // a leading 1 keeps the path's length: "01" and "001" differ
            foreach (var c in path) bits = bits << 1 | (c == '1' ? 1UL : 0UL);
            map[NerHash.Cased(word)] = bits;
        }
        _paths = map.ToFrozenDictionary();
    }

    public static NerClusters Default => LazyDefault.Value;

    private static readonly Lazy<NerClusters> LazyDefault = new(() =>
        new NerClusters(Lexicon.Rows(Resource).Where(r => r.Length >= 2).Select(r => (r[0], r[1]))));

    public int Count => _paths.Count;

    /// <summary>
    /// The word's path with its leading 1, or 0 when it has none; an all-capital headline word falls back to its
    /// capitalized form ("GERMANY" → "Germany"), then to lower case.
    /// </summary>
    public ulong PathOf(string word)
    {
        if (_paths.TryGetValue(NerHash.Cased(word), out var path)) return path;
        if (word.Length < 2 || !char.IsUpper(word[0])) return 0;
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        buffer[0] = word[0];
        for (var i = 1; i < word.Length; i++) buffer[i] = char.ToLowerInvariant(word[i]);
        if (_paths.TryGetValue(NerHash.Cased(buffer), out path)) return path;
        buffer[0] = char.ToLowerInvariant(word[0]);
        return _paths.GetValueOrDefault(NerHash.Cased(buffer));
    }

    /// <summary>The first <paramref name="bits"/> of a path (the whole path when shorter), still with its leading 1.</summary>
    public static ulong Prefix(ulong path, int bits)
    {
        if (path == 0) return 0;
        var length = 63 - System.Numerics.BitOperations.LeadingZeroCount(path);
        return length <= bits ? path : path >> (length - bits);
    }
}
