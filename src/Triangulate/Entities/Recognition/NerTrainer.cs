using Triangulate.Learning;

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
        var weights = AveragedPerceptron.Train(NerModel.TagSet, extracted, gold,
            new PerceptronOptions(options.Epochs, options.Seed, options.MinFeatureCount),
            afterEpoch is null ? null : (epoch, averaged) => afterEpoch(epoch, new NerModel(averaged)));
        return new NerModel(weights);
    }
}
