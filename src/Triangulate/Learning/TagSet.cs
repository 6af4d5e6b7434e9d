namespace Triangulate.Learning;

/// <summary>
/// The tags of a linear-chain model, the moves between them that the encoding allows (BILOU, BIO), and Viterbi
/// decoding under those constraints.
/// </summary>
public sealed class TagSet
{
    private const float Forbidden = -1e30f;

    private readonly Func<int, bool> _allowedLast;
    /// <summary>For each tag, the tags allowed to precede it.</summary>
    private readonly int[][] _predecessors;
    private readonly bool[] _allowed; // (Count + 1) × Count; row 0 is the sequence start

    /// <param name="allowed">Whether the second tag may follow the first (-1 = the sequence start).</param>
    /// <param name="allowedLast">Whether a sequence may end on the tag.</param>
    public TagSet(int count, Func<int, int, bool> allowed, Func<int, bool> allowedLast)
    {
        Count = count;
        _allowedLast = allowedLast;
        _allowed = new bool[(count + 1) * count];
        for (var prev = -1; prev < count; prev++)
            for (var next = 0; next < count; next++)
                _allowed[(prev + 1) * count + next] = allowed(prev, next);
        _predecessors = Enumerable.Range(0, count).Select(next => Enumerable.Range(0, count).Where(prev => allowed(prev, next)).ToArray()).ToArray();
    }

    public int Count { get; }

    /// <summary>Transition weights ((Count + 1) × Count, row 0 the start) with the forbidden moves set to a score no path can pay.</summary>
    public float[] Constrain(ReadOnlySpan<float> transitions)
    {
        var t = transitions.ToArray();
        for (var i = 0; i < t.Length; i++) if (!_allowed[i]) t[i] = Forbidden;
        return t;
    }

    /// <summary>The transition weights as stored: forbidden moves as 0.</summary>
    public static float Stored(float transition) => transition <= Forbidden ? 0f : transition;

    /// <summary>Best tag sequence for emission scores (n × Count) under constrained transitions.</summary>
    public void Viterbi(ReadOnlySpan<float> trans, ReadOnlySpan<float> emissions, int n, Span<int> tags)
    {
        if (n == 0) return;
        var count = Count;
        Span<float> score = stackalloc float[count];
        Span<float> next = stackalloc float[count];
        var back = n * count <= 4096 ? stackalloc int[n * count] : new int[n * count];
        for (var j = 0; j < count; j++) score[j] = trans[j] + emissions[j];
        for (var i = 1; i < n; i++)
        {
            var e = emissions.Slice(i * count, count);
            for (var j = 0; j < count; j++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                foreach (var p in _predecessors[j])
                {
                    var v = score[p] + trans[(p + 1) * count + j];
                    if (v > best) { best = v; arg = p; }
                }
                next[j] = best + e[j];
                back[i * count + j] = arg;
            }
            next.CopyTo(score);
        }
        var end = 0;
        var endScore = float.NegativeInfinity;
        for (var j = 0; j < count; j++)
            if (_allowedLast(j) && score[j] > endScore) { endScore = score[j]; end = j; }
        tags[n - 1] = end;
        for (var i = n - 1; i > 0; i--) tags[i - 1] = back[i * count + tags[i]];
    }
}
