namespace Triangulate.Learning;

/// <summary>Hashed feature keys of every token of one document, split into the sequences a model decodes.</summary>
public interface ISequenceFeatures
{
    uint[] Keys { get; }
    /// <summary>First token of each sequence, then the token count.</summary>
    int[] SequenceStarts { get; }
    ReadOnlySpan<uint> Of(int token);
}

/// <summary>Training settings shared by the linear-chain models.</summary>
public sealed record PerceptronOptions(int Epochs, int Seed, int MinFeatureCount);

/// <summary>
/// Averaged structured perceptron (Collins 2002) over Viterbi decoding: for each sequence in a seeded shuffle, decode
/// with the current weights and move them toward the gold tags where the two differ. Deterministic for given options.
/// </summary>
public static class AveragedPerceptron
{
    /// <param name="gold">Each document's gold tag per token.</param>
    /// <param name="afterEpoch">Called after each epoch with the averaged weights so far.</param>
    public static LinearChainWeights Train(TagSet tagSet, IReadOnlyList<ISequenceFeatures> documents, IReadOnlyList<int[]> gold,
        PerceptronOptions options, Action<int, LinearChainWeights>? afterEpoch = null)
    {
        var T = tagSet.Count;
        // A key seen fewer than MinFeatureCount times is dropped to shrink the model (averaging already prunes keys
        // that never took part in a mistake).
        var counts = new Dictionary<uint, int>();
        foreach (var doc in documents)
            foreach (var k in doc.Keys) counts[k] = counts.GetValueOrDefault(k) + 1;
        var keys = counts.Where(kv => kv.Value >= options.MinFeatureCount).Select(kv => kv.Key).Order().ToArray();
        var index = new Dictionary<uint, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++) index[keys[i]] = i;

        var sequences = new List<(int[][] Rows, int[] Gold)>();
        for (var d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            for (var s = 0; s + 1 < doc.SequenceStarts.Length; s++)
            {
                var start = doc.SequenceStarts[s];
                var n = doc.SequenceStarts[s + 1] - start;
                var rows = new int[n][];
                for (var i = 0; i < n; i++)
                {
                    var list = new List<int>();
                    foreach (var k in doc.Of(start + i)) if (index.TryGetValue(k, out var r)) list.Add(r);
                    rows[i] = list.ToArray();
                }
                sequences.Add((rows, gold[d][start..(start + n)]));
            }
        }
        var w = new float[keys.Length * T];
        var u = new float[keys.Length * T];   // running sum of c·Δw, so the average is w - u/c
        var tw = new float[(T + 1) * T];
        var tu = new float[(T + 1) * T];
        var c = 1f;
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, sequences.Count).ToArray();
        var emissions = new float[T * 256];
        var predicted = new int[256];
        LinearChainWeights? averaged = null;

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var si in order)
            {
                var (rows, tags) = sequences[si];
                var n = rows.Length;
                if (emissions.Length < n * T) { emissions = new float[n * T]; predicted = new int[n]; }
                for (var i = 0; i < n; i++)
                {
                    var e = emissions.AsSpan(i * T, T);
                    e.Clear();
                    foreach (var r in rows[i])
                        for (var j = 0; j < T; j++) e[j] += w[r * T + j];
                }
                tagSet.Viterbi(tagSet.Constrain(tw), emissions, n, predicted);
                for (var i = 0; i < n; i++)
                {
                    var (g, p) = (tags[i], predicted[i]);
                    var (gp, pp) = i == 0 ? (-1, -1) : (tags[i - 1], predicted[i - 1]);
                    if (g != p)
                        foreach (var r in rows[i])
                        {
                            Update(w, u, r * T + g, 1, c);
                            Update(w, u, r * T + p, -1, c);
                        }
                    if (g != p || gp != pp)
                    {
                        Update(tw, tu, (gp + 1) * T + g, 1, c);
                        Update(tw, tu, (pp + 1) * T + p, -1, c);
                    }
                }
                c++;
            }
            if (afterEpoch is not null || epoch == options.Epochs)
            {
                averaged = Average(T, keys, w, u, tw, tu, c);
                afterEpoch?.Invoke(epoch, averaged);
            }
        }
        return averaged ?? throw new ArgumentException("at least one epoch is needed");
    }

    private static void Update(float[] w, float[] u, int i, float delta, float c)
    {
        w[i] += delta;
        u[i] += c * delta;
    }

    /// <summary>The averaged weights, keeping only keys with a non-zero averaged weight.</summary>
    private static LinearChainWeights Average(int T, uint[] keys, float[] w, float[] u, float[] tw, float[] tu, float c)
    {
        var keptKeys = new List<uint>();
        var kept = new List<float>();
        var row = new float[T];
        for (var k = 0; k < keys.Length; k++)
        {
            var any = false;
            for (var j = 0; j < T; j++)
            {
                row[j] = w[k * T + j] - u[k * T + j] / c;
                any |= Math.Abs(row[j]) > 1e-3f;
            }
            if (!any) continue;
            keptKeys.Add(keys[k]);
            kept.AddRange(row);
        }
        var transitions = new float[tw.Length];
        for (var i = 0; i < tw.Length; i++) transitions[i] = tw[i] - tu[i] / c;
        return new LinearChainWeights([.. keptKeys], [.. kept], transitions);
    }
}
