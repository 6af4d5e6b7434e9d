using System.IO.Compression;
using System.Runtime.Intrinsics;
using Triangulate.Entities.Recognition;

namespace Triangulate.Attribution.Tagging;

/// <summary>
/// A linear-chain model (keys in ascending order) over <see cref="RoleTags"/>: a weight row per hashed feature key, tag-to-tag transition
/// weights, and Viterbi decoding that forbids an I- tag without its B-. Immutable once built.
/// </summary>
public sealed class RoleTaggerModel
{
    internal const int Tags = RoleTags.Count;
    private const float Forbidden = -1e30f;
    private const uint Magic = 0x41545452; // "ATTR"
    private const int Version = 1;

    private readonly uint[] _keys;
    private readonly KeyIndex _rows;
    private readonly float[] _weights;      // rows × Tags
    private readonly float[] _padded;       // rows × 8: each row one aligned vector, for the emission sums
    private readonly float[] _transitions;  // (Tags + 1) × Tags; row 0 is the sequence start

    internal RoleTaggerModel(uint[] keys, float[] weights, float[] transitions)
    {
        if (weights.Length != keys.Length * Tags || transitions.Length != (Tags + 1) * Tags)
            throw new ArgumentException("weight arrays do not match the key count and tag set");
        _keys = keys;
        _rows = new KeyIndex(keys.Select((key, row) => (key, row)), keys.Length);
        _weights = weights;
        _padded = new float[keys.Length * 8];
        for (var row = 0; row < keys.Length; row++) Array.Copy(weights, row * Tags, _padded, row * 8, Tags);
        _transitions = Constrain(transitions);
    }

    public int KeyCount => _keys.Length;

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
            Viterbi(_transitions, emissions, n, tags.AsSpan(start, n));
        }
        return tags;
    }

    internal static float[] Constrain(ReadOnlySpan<float> transitions)
    {
        var t = transitions.ToArray();
        for (var prev = -1; prev < Tags; prev++)
            for (var next = 0; next < Tags; next++)
                if (!RoleTags.Allowed(prev, next)) t[(prev + 1) * Tags + next] = Forbidden;
        return t;
    }

    internal static void Viterbi(ReadOnlySpan<float> trans, ReadOnlySpan<float> emissions, int n, Span<int> tags)
    {
        if (n == 0) return;
        Span<float> score = stackalloc float[Tags];
        Span<float> next = stackalloc float[Tags];
        var back = new int[n * Tags];
        for (var j = 0; j < Tags; j++) score[j] = trans[j] + emissions[j];
        for (var i = 1; i < n; i++)
        {
            for (var j = 0; j < Tags; j++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < Tags; p++)
                {
                    var v = score[p] + trans[(p + 1) * Tags + j];
                    if (v > best) { best = v; arg = p; }
                }
                next[j] = best + emissions[i * Tags + j];
                back[i * Tags + j] = arg;
            }
            next.CopyTo(score);
        }
        var end = 0;
        for (var j = 1; j < Tags; j++) if (score[j] > score[end]) end = j;
        tags[n - 1] = end;
        for (var i = n - 1; i > 0; i--) tags[i - 1] = back[i * Tags + tags[i]];
    }

    /// <summary>Writes the model gzipped: sorted keys delta-coded, each with only its non-zero weights as halves.</summary>
    public void Write(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Tags);
        foreach (var t in _transitions) w.Write(t <= Forbidden ? 0f : t);
        w.Write(_keys.Length);
        uint prev = 0;
        for (var row = 0; row < _keys.Length; row++)
        {
            var key = _keys[row];
            w.Write7BitEncodedInt((int)(key - prev));
            prev = key;
            var mask = 0;
            for (var j = 0; j < Tags; j++) if ((Half)_weights[row * Tags + j] != Half.Zero) mask |= 1 << j;
            w.Write7BitEncodedInt(mask);
            for (var j = 0; j < Tags; j++) if ((mask & (1 << j)) != 0) w.Write((Half)_weights[row * Tags + j]);
        }
    }

    public static RoleTaggerModel Read(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz);
        if (r.ReadUInt32() != Magic || r.ReadInt32() != Version || r.ReadInt32() != Tags)
            throw new InvalidDataException("not an attribution tagger model of this version");
        var transitions = new float[(Tags + 1) * Tags];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
        var count = r.ReadInt32();
        var keys = new uint[count];
        var weights = new float[count * Tags];
        uint prev = 0;
        for (var i = 0; i < count; i++)
        {
            prev += (uint)r.Read7BitEncodedInt();
            keys[i] = prev;
            var mask = r.Read7BitEncodedInt();
            for (var j = 0; j < Tags; j++) if ((mask & (1 << j)) != 0) weights[i * Tags + j] = (float)r.ReadHalf();
        }
        return new RoleTaggerModel(keys, weights, transitions);
    }
}
