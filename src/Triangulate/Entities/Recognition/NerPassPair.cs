using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Triangulate.Learning;

namespace Triangulate.Entities.Recognition;

/// <summary>
/// Tags with both passes over one hash table. The second pass sees every first-pass key again, so each key's
/// rows for both passes sit side by side and one probe scores it for both; only the few keys stacked from
/// first-pass tags need a lookup of their own. Same results as tagging each pass on its own, at about half the
/// memory traffic.
/// </summary>
internal sealed class NerPassPair
{
    private const int T = NerModel.Tags;
    private const int Width = 2 * T;

    private readonly NerModel _first;
    private readonly NerModel _second;
    private readonly KeyIndex _index;
    private readonly float[] _weights; // per key: its first-pass row, then its second-pass row (zeros where a pass lacks it)

    public NerPassPair(NerModel first, NerModel second)
    {
        _first = first;
        _second = second;
        var index = new Dictionary<uint, int>(first.KeyCount + second.KeyCount);
        foreach (var k in first.Keys) index.TryAdd(k, index.Count);
        foreach (var k in second.Keys) index.TryAdd(k, index.Count);
        _weights = new float[index.Count * Width];
        Copy(first, index, 0);
        Copy(second, index, T);
        _index = new KeyIndex(index.Select(kv => (kv.Key, kv.Value)), index.Count);
    }

    private void Copy(NerModel model, Dictionary<uint, int> index, int offset)
    {
        var keys = model.Keys;
        var weights = model.Weights;
        for (var i = 0; i < keys.Length; i++)
            weights.Slice(i * T, T).CopyTo(_weights.AsSpan(index[keys[i]] * Width + offset, T));
    }

    /// <summary>The second pass's tags for every token of the document.</summary>
    public int[] Tag(DocumentFeatures doc)
    {
        var total = doc.SentenceStarts[^1];
        var first = new float[total * T];
        var second = new float[total * T];
        ref var w = ref MemoryMarshal.GetArrayDataReference(_weights);
        for (var k = 0; k < total; k++)
        {
            Vector256<float> a0 = default, a1 = default, b0 = default, b1 = default;
            float aLast = 0, bLast = 0;
            foreach (var key in doc.Of(k))
            {
                var row = _index.IndexOf(key);
                if (row < 0) continue;
                var o = (nuint)(row * Width);
                a0 += Vector256.LoadUnsafe(ref w, o);
                a1 += Vector256.LoadUnsafe(ref w, o + 8);
                aLast += Unsafe.Add(ref w, (nint)o + 16);
                b0 += Vector256.LoadUnsafe(ref w, o + T);
                b1 += Vector256.LoadUnsafe(ref w, o + T + 8);
                bLast += Unsafe.Add(ref w, (nint)o + T + 16);
            }
            var e = first.AsSpan(k * T, T);
            a0.CopyTo(e);
            a1.CopyTo(e[8..]);
            e[16] = aLast;
            e = second.AsSpan(k * T, T);
            b0.CopyTo(e);
            b1.CopyTo(e[8..]);
            e[16] = bLast;
        }

        var tags = new int[total];
        Decode(_first, doc, first, tags);
        var stacked = NerFeatures.StackedKeys(doc, tags);
        Span<float> extra = stackalloc float[T];
        for (var k = 0; k < total; k++)
        {
            _second.Emissions(stacked.Of(k), extra);
            var e = second.AsSpan(k * T, T);
            for (var j = 0; j < T; j++) e[j] += extra[j];
        }
        Decode(_second, doc, second, tags);
        return tags;
    }

    private static void Decode(NerModel model, DocumentFeatures doc, float[] emissions, int[] tags)
    {
        for (var s = 0; s + 1 < doc.SentenceStarts.Length; s++)
        {
            var start = doc.SentenceStarts[s];
            var n = doc.SentenceStarts[s + 1] - start;
            model.Decode(emissions.AsSpan(start * T, n * T), n, tags.AsSpan(start, n));
        }
    }
}
