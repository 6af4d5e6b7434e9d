using System.IO.Compression;
using System.Runtime.Intrinsics;
using Triangulate.Learning;

namespace Triangulate.Attribution.Tagging;

/// <summary>
/// A linear-chain model over <see cref="RoleTags"/>: a weight row per hashed feature key, tag-to-tag transition
/// weights, and Viterbi decoding that forbids an I- tag without its B-. Immutable once built.
/// </summary>
public sealed class RoleTaggerModel
{
    internal const int Tags = RoleTags.Count;
    private const uint Magic = 0x41545452; // "ATTR"
    private const int Version = 1;

    internal static TagSet TagSet { get; } = new(Tags, RoleTags.Allowed, _ => true);

    private readonly LinearChainWeights _weights; // with the constrained transitions, so forbidden moves are stored as 0
    private readonly KeyIndex _rows;
    private readonly float[] _padded;       // rows × 8: each row one vector, for the emission sums
    private readonly float[] _transitions;  // constrained

    internal RoleTaggerModel(LinearChainWeights weights)
    {
        var (keys, rows, transitions) = weights;
        if (rows.Length != keys.Length * Tags || transitions.Length != (Tags + 1) * Tags)
            throw new ArgumentException("weight arrays do not match the key count and tag set");
        _transitions = TagSet.Constrain(transitions);
        _weights = weights with { Transitions = _transitions };
        _rows = new KeyIndex(keys.Select((key, row) => (key, row)), keys.Length);
        _padded = new float[keys.Length * 8];
        for (var row = 0; row < keys.Length; row++) Array.Copy(rows, row * Tags, _padded, row * 8, Tags);
    }

    public int KeyCount => _weights.Keys.Length;

    /// <summary>Best tags for every sequence of <paramref name="features"/>.</summary>
    internal int[] Tag(RoleFeatureSet features)
    {
        var tags = new int[features.TokenCount];
        var emissions = new float[Tags * 256];
        Span<float> sum = stackalloc float[8];
        for (var s = 0; s + 1 < features.SequenceStarts.Length; s++)
        {
            var start = features.SequenceStarts[s];
            var n = features.SequenceStarts[s + 1] - start;
            if (emissions.Length < n * Tags) emissions = new float[n * Tags];
            for (var i = 0; i < n; i++)
            {
                var acc = Vector256<float>.Zero;
                foreach (var key in features.Of(start + i))
                {
                    var row = _rows.IndexOf(key);
                    if (row >= 0) acc += Vector256.Create<float>(_padded.AsSpan(row * 8, 8));
                }
                acc.CopyTo(sum);
                sum[..Tags].CopyTo(emissions.AsSpan(i * Tags, Tags));
            }
            TagSet.Viterbi(_transitions, emissions, n, tags.AsSpan(start, n));
        }
        return tags;
    }

    /// <summary>Writes the model gzipped.</summary>
    public void Write(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        _weights.Write(w, Magic, Version, Tags);
    }

    public static RoleTaggerModel Read(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz);
        return new RoleTaggerModel(LinearChainWeights.Read(r, Magic, Version, Tags, "an attribution tagger model"));
    }
}
