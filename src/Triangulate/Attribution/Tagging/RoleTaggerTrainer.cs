namespace Triangulate.Attribution.Tagging;

/// <summary>Training settings; the defaults are what the shipped model was trained with.</summary>
public sealed record RoleTaggerOptions(int Epochs = 10, int Seed = 17, int MinFeatureCount = 10);

/// <summary>
/// Averaged structured perceptron (Collins 2002) over Viterbi decoding: for each paragraph in a seeded shuffle,
/// decode with the current weights and move them toward the gold tags where the two differ.
/// </summary>
internal static class RoleTaggerTrainer
{
    private const int T = RoleTaggerModel.Tags;

    internal static RoleTaggerModel Train(IReadOnlyList<RoleTrainingDocument> documents, RoleTaggerOptions options,
        Action<int, RoleTaggerModel>? afterEpoch = null)
    {
        var counts = new Dictionary<uint, int>();
        foreach (var doc in documents)
            foreach (var k in doc.Features.Keys) counts[k] = counts.GetValueOrDefault(k) + 1;
        var keys = counts.Where(kv => kv.Value >= options.MinFeatureCount).Select(kv => kv.Key).Order().ToArray();
        var index = new Dictionary<uint, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++) index[keys[i]] = i;

        var sequences = new List<(int[][] Rows, int[] Gold)>();
        foreach (var doc in documents)
        {
            var f = doc.Features;
            for (var s = 0; s + 1 < f.SequenceStarts.Length; s++)
            {
                var start = f.SequenceStarts[s];
                var n = f.SequenceStarts[s + 1] - start;
                if (n == 0) continue;
                var rows = new int[n][];
                for (var i = 0; i < n; i++)
                {
                    var list = new List<int>();
                    foreach (var k in f.Of(start + i)) if (index.TryGetValue(k, out var r)) list.Add(r);
                    rows[i] = [.. list];
                }
                sequences.Add((rows, doc.Gold[start..(start + n)]));
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
        RoleTaggerModel? averaged = null;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var si in order)
            {
                var (rows, gold) = sequences[si];
                var n = rows.Length;
                if (emissions.Length < n * T) { emissions = new float[n * T]; predicted = new int[n]; }
                for (var i = 0; i < n; i++)
                {
                    var e = emissions.AsSpan(i * T, T);
                    e.Clear();
                    foreach (var r in rows[i])
                        for (var j = 0; j < T; j++) e[j] += w[r * T + j];
                }
                RoleTaggerModel.Viterbi(RoleTaggerModel.Constrain(tw), emissions, n, predicted);
                for (var i = 0; i < n; i++)
                {
                    var (g, p) = (gold[i], predicted[i]);
                    var (gp, pp) = i == 0 ? (-1, -1) : (gold[i - 1], predicted[i - 1]);
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
                averaged = Average(keys, w, u, tw, tu, c);
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

    /// <summary>The averaged model, keeping only keys with a non-zero averaged weight.</summary>
    private static RoleTaggerModel Average(uint[] keys, float[] w, float[] u, float[] tw, float[] tu, float c)
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
        return new RoleTaggerModel([.. keptKeys], [.. kept], transitions);
    }
}

/// <summary>One training document: its features and each token's gold tag.</summary>
internal sealed record RoleTrainingDocument(RoleFeatureSet Features, int[] Gold);
