using Triangulate.Learning;

namespace Triangulate.Attribution.Tagging;

/// <summary>Training settings; the defaults are what the shipped model was trained with.</summary>
public sealed record RoleTaggerOptions(int Epochs = 10, int Seed = 17, int MinFeatureCount = 10);

/// <summary>One training document: its features and each token's gold tag.</summary>
internal sealed record RoleTrainingDocument(RoleFeatureSet Features, int[] Gold);

/// <summary>Trains the role tagger with the averaged perceptron, one paragraph per sequence.</summary>
internal static class RoleTaggerTrainer
{
    public static RoleTaggerModel Train(IReadOnlyList<RoleTrainingDocument> documents, RoleTaggerOptions options,
        Action<int, RoleTaggerModel>? afterEpoch = null)
    {
        var weights = AveragedPerceptron.Train(RoleTaggerModel.TagSet, documents.Select(d => d.Features).ToArray(), documents.Select(d => d.Gold).ToArray(),
            new PerceptronOptions(options.Epochs, options.Seed, options.MinFeatureCount),
            afterEpoch is null ? null : (epoch, averaged) => afterEpoch(epoch, new RoleTaggerModel(averaged)));
        return new RoleTaggerModel(weights);
    }
}
