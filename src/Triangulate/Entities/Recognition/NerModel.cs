using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Triangulate.Entities.Recognition;

/// <summary>
/// A linear-chain model: a weight row per feature key (one weight per tag), tag-to-tag transition weights, and
/// Viterbi decoding under BILOU constraints. Immutable once built.
/// </summary>
internal sealed class NerModel
{
    public const int Tags = NerTags.Count;
    private const float Forbidden = -1e30f;
    private const uint Magic = 0x4E45524D; // "NERM"
    private const int Version = 1;

    private readonly uint[] _keys;
    private readonly float[] _weights;      // _keys.Length × Tags
    private readonly float[] _transitions;  // (Tags + 1) × Tags; row 0 is the sentence start
    private readonly KeyIndex _index;

    public NerModel(uint[] keys, float[] weights, float[] transitions)
    {
        if (weights.Length != keys.Length * Tags || transitions.Length != (Tags + 1) * Tags)
            throw new ArgumentException("weight arrays do not match the key count and tag set");
        _keys = keys;
        _weights = weights;
        _transitions = Constrain(transitions);
        _index = new KeyIndex(keys.Select((key, row) => (key, row)), keys.Length);
    }

    public int KeyCount => _keys.Length;

    /// <summary>The feature keys, and their weight rows (Tags wide, in key order).</summary>
    public ReadOnlySpan<uint> Keys => _keys;
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Row index of a feature key, or -1 when the model does not know it.</summary>
    public int IndexOf(uint key) => _index.IndexOf(key);

    /// <summary>Sums the rows of the token's known features into <paramref name="scores"/> (Tags wide).</summary>
    public void Emissions(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var acc0 = Vector256<float>.Zero;
        var acc1 = Vector256<float>.Zero;
        var last = 0f;
        ref var w = ref MemoryMarshal.GetArrayDataReference(_weights);
        foreach (var key in features)
        {
            var row = IndexOf(key);
            if (row < 0) continue;
            var offset = (nuint)(row * Tags);
            acc0 += Vector256.LoadUnsafe(ref w, offset);
            acc1 += Vector256.LoadUnsafe(ref w, offset + 8);
            last += Unsafe.Add(ref w, (nint)offset + 16);
        }
        acc0.CopyTo(scores);
        acc1.CopyTo(scores[8..]);
        scores[16] = last;
    }

    /// <summary>Best tag sequence for one sentence given each token's emission scores (n × Tags).</summary>
    public void Decode(ReadOnlySpan<float> emissions, int n, Span<int> tags) => Viterbi(_transitions, emissions, n, tags);

    /// <summary>Transition weights with the moves BILOU forbids set to a score no path can pay.</summary>
    public static float[] Constrain(ReadOnlySpan<float> transitions)
    {
        var t = transitions.ToArray();
        for (var prev = -1; prev < Tags; prev++)
            for (var next = 0; next < Tags; next++)
                if (!NerTags.Allowed(prev, next)) t[(prev + 1) * Tags + next] = Forbidden;
        return t;
    }

    /// <summary>For each tag, the tags BILOU lets precede it (O, L-, U- before O/B-/U-; B-/I- of its type before I-/L-).</summary>
    private static readonly int[][] Predecessors = Enumerable.Range(0, Tags)
        .Select(next => Enumerable.Range(0, Tags).Where(prev => NerTags.Allowed(prev, next)).ToArray()).ToArray();

    /// <summary>Viterbi over constrained transitions ((Tags + 1) × Tags, row 0 the start).</summary>
    public static void Viterbi(ReadOnlySpan<float> trans, ReadOnlySpan<float> emissions, int n, Span<int> tags)
    {
        if (n == 0) return;
        Span<float> score = stackalloc float[Tags];
        Span<float> next = stackalloc float[Tags];
        var back = n * Tags <= 4096 ? stackalloc int[n * Tags] : new int[n * Tags];
        for (var j = 0; j < Tags; j++) score[j] = trans[j] + emissions[j];
        for (var i = 1; i < n; i++)
        {
            var e = emissions.Slice(i * Tags, Tags);
            for (var j = 0; j < Tags; j++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                foreach (var p in Predecessors[j])
                {
                    var v = score[p] + trans[(p + 1) * Tags + j];
                    if (v > best) { best = v; arg = p; }
                }
                next[j] = best + e[j];
                back[i * Tags + j] = arg;
            }
            next.CopyTo(score);
        }
        var end = 0;
        var endScore = float.NegativeInfinity;
        for (var j = 0; j < Tags; j++)
            if (NerTags.AllowedLast(j) && score[j] > endScore) { endScore = score[j]; end = j; }
        tags[n - 1] = end;
        for (var i = n - 1; i > 0; i--) tags[i - 1] = back[i * Tags + tags[i]];
    }

    /// <summary>Tags every sentence of a document.</summary>
    public int[] Tag(DocumentFeatures doc)
    {
        var total = doc.SentenceStarts[^1];
        var tags = new int[total];
        var buffer = new float[Tags * 64];
        for (var s = 0; s + 1 < doc.SentenceStarts.Length; s++)
        {
            var start = doc.SentenceStarts[s];
            var n = doc.SentenceStarts[s + 1] - start;
            if (buffer.Length < n * Tags) buffer = new float[n * Tags];
            for (var i = 0; i < n; i++) Emissions(doc.Of(start + i), buffer.AsSpan(i * Tags, Tags));
            Decode(buffer, n, tags.AsSpan(start, n));
        }
        return tags;
    }

    /// <summary>Writes the model: sorted keys delta-coded, and per key only its non-zero weights as halves.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Magic);
        w.Write(Version);
        w.Write(Tags);
        foreach (var t in _transitions) w.Write(t <= Forbidden ? 0f : t);
        w.Write(_keys.Length);
        uint prev = 0;
        for (var i = 0; i < _keys.Length; i++)
        {
            w.Write7BitEncodedInt((int)(_keys[i] - prev));
            prev = _keys[i];
            var mask = 0;
            for (var j = 0; j < Tags; j++) if ((Half)_weights[i * Tags + j] != Half.Zero) mask |= 1 << j;
            w.Write7BitEncodedInt(mask);
            for (var j = 0; j < Tags; j++) if ((mask & (1 << j)) != 0) w.Write((Half)_weights[i * Tags + j]);
        }
    }

    public static NerModel Read(BinaryReader r)
    {
        if (r.ReadUInt32() != Magic || r.ReadInt32() != Version || r.ReadInt32() != Tags)
            throw new InvalidDataException("not a NER model of this version");
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
        return new NerModel(keys, weights, transitions);
    }
}
