using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Triangulate.Learning;

namespace Triangulate.Entities.Recognition;

/// <summary>
/// The NER linear-chain model: a weight row per feature key (one weight per tag), tag-to-tag transition weights, and
/// Viterbi decoding under BILOU constraints; emission sums are vectorised for its 17 tags. Immutable once built.
/// </summary>
internal sealed class NerModel
{
    public const int Tags = NerTags.Count;
    private const uint Magic = 0x4E45524D; // "NERM"
    private const int Version = 1;

    /// <summary>BILOU over CoNLL's four types.</summary>
    public static TagSet TagSet { get; } = new(Tags, NerTags.Allowed, NerTags.AllowedLast);

    private readonly uint[] _keys;
    private readonly float[] _weights;      // _keys.Length × Tags
    private readonly float[] _transitions;  // (Tags + 1) × Tags; row 0 is the sentence start
    private readonly KeyIndex _index;

    public NerModel(LinearChainWeights weights)
    {
        var (keys, rows, transitions) = weights;
        if (rows.Length != keys.Length * Tags || transitions.Length != (Tags + 1) * Tags)
            throw new ArgumentException("weight arrays do not match the key count and tag set");
        _keys = keys;
        _weights = rows;
        _transitions = TagSet.Constrain(transitions);
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
    public void Decode(ReadOnlySpan<float> emissions, int n, Span<int> tags) => TagSet.Viterbi(_transitions, emissions, n, tags);

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
    public void Write(BinaryWriter w) => new LinearChainWeights(_keys, _weights, _transitions).Write(w, Magic, Version, Tags);

    public static NerModel Read(BinaryReader r) => new(LinearChainWeights.Read(r, Magic, Version, Tags, "a NER model"));
}
