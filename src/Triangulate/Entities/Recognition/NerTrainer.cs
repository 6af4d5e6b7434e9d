namespace Triangulate.Entities.Recognition;

/// <summary>A training document: sentences of tokens with their gold BILOU tag ids.</summary>
public sealed record NerTrainingDocument(IReadOnlyList<IReadOnlyList<string>> Sentences, IReadOnlyList<int[]> Tags);

/// <summary>Training settings; the defaults are what the shipped model was trained with.</summary>
public sealed record NerTrainingOptions(int Epochs = 12, int Seed = 17, int MinFeatureCount = 1);

/// <summary>
/// Averaged structured perceptron (Collins 2002) over Viterbi decoding: for each sentence in a seeded shuffle,
/// decode with the current weights and move them toward the gold tags where the two differ.
/// </summary>
public static class NerTrainer
{
    private const int Folds = 5;

    /// <summary>
    /// Trains the first pass on all documents, then the second pass on features stacked from first-pass tags
    /// that were predicted for each document by a model trained without it (5-fold jackknife), so the second
    /// pass learns how far to trust first-pass tags on unseen text.
    /// </summary>
    /// <param name="afterEpoch">Called after each second-pass epoch with the epoch number and the tagger so far.</param>
    public static NerTagger Train(IReadOnlyList<NerTrainingDocument> documents, NerTrainingOptions options,
        Action<int, NerTagger>? afterEpoch = null, Action<string>? log = null)
    {
        var features = new NerFeatures(NerGazetteer.Default, NerClusters.Default);
        var extracted = documents.Select(d => features.Extract(d.Sentences)).ToArray();
        var gold = documents.Select(d => d.Tags.SelectMany(t => t).ToArray()).ToArray();

        var heldOut = new int[documents.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var inFold = Enumerable.Range(0, documents.Count).Where(d => d % Folds == fold).ToArray();
            var rest = Enumerable.Range(0, documents.Count).Where(d => d % Folds != fold).ToArray();
            var model = TrainModel(rest.Select(d => extracted[d]).ToArray(), rest.Select(d => gold[d]).ToArray(), options, null);
            foreach (var d in inFold) heldOut[d] = model.Tag(extracted[d]);
            log?.Invoke($"first pass, fold {fold + 1}/{Folds} tagged");
        }
        var first = TrainModel(extracted, gold, options, null);
        log?.Invoke($"first pass trained: {first.KeyCount:N0} features");
        var stacked = extracted.Select((doc, d) => NerFeatures.Stack(doc, heldOut[d])).ToArray();
        var second = TrainModel(stacked, gold, options, (epoch, model) => afterEpoch?.Invoke(epoch, new NerTagger(first, model, features)));
        return new NerTagger(first, second, features);
    }

    private static NerModel TrainModel(IReadOnlyList<DocumentFeatures> extracted, IReadOnlyList<int[]> gold,
        NerTrainingOptions options, Action<int, NerModel>? afterEpoch)
    {
        const int T = NerModel.Tags;

        // a key seen fewer than MinFeatureCount times can be dropped to shrink the model (averaging already prunes
        // keys that never took part in a mistake)
        var counts = new Dictionary<uint, int>();
        foreach (var doc in extracted)
            foreach (var k in doc.Keys) counts[k] = counts.GetValueOrDefault(k) + 1;
        var keys = counts.Where(kv => kv.Value >= options.MinFeatureCount).Select(kv => kv.Key).Order().ToArray();
        var index = new Dictionary<uint, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++) index[keys[i]] = i;

        var sentences = new List<(int[][] Rows, int[] Gold)>();
        for (var d = 0; d < extracted.Count; d++)
        {
            var doc = extracted[d];
            for (var s = 0; s + 1 < doc.SentenceStarts.Length; s++)
            {
                var start = doc.SentenceStarts[s];
                var n = doc.SentenceStarts[s + 1] - start;
                var rows = new int[n][];
                for (var i = 0; i < n; i++)
                {
                    var list = new List<int>();
                    foreach (var k in doc.Of(start + i)) if (index.TryGetValue(k, out var r)) list.Add(r);
                    rows[i] = list.ToArray();
                }
                sentences.Add((rows, gold[d][start..(start + n)]));
            }
        }
        var w = new float[keys.Length * T];
        var u = new float[keys.Length * T];   // running sum of c·Δw, so the average is w - u/c
        var tw = new float[(T + 1) * T];
        var tu = new float[(T + 1) * T];
        var c = 1f;
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var emissions = new float[T * 256];
        var predicted = new int[256];
        NerModel? averaged = null;

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var si in order)
            {
                var (rows, tags) = sentences[si];
                var n = rows.Length;
                if (emissions.Length < n * T) { emissions = new float[n * T]; predicted = new int[n]; }
                for (var i = 0; i < n; i++)
                {
                    var e = emissions.AsSpan(i * T, T);
                    e.Clear();
                    foreach (var r in rows[i])
                        for (var j = 0; j < T; j++) e[j] += w[r * T + j];
                }
                NerModel.Viterbi(NerModel.Constrain(tw), emissions, n, predicted);
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
    private static NerModel Average(uint[] keys, float[] w, float[] u, float[] tw, float[] tu, float c)
    {
        const int T = NerModel.Tags;
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
        return new NerModel(keptKeys.ToArray(), kept.ToArray(), transitions);
    }
}

