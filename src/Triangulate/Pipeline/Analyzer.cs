using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Entities.Recognition;
using Triangulate.Entities.Resolution;
using Triangulate.Quantities;
using Triangulate.Segmentation;
using Triangulate.Time;

namespace Triangulate.Pipeline;

/// <summary>Runs the per-document stages in order. Stateless after construction, so safe to share across threads.</summary>
public sealed class Analyzer
{
    private readonly Segmenter _segmenter;

    public Analyzer(Segmenter segmenter) => _segmenter = segmenter;

    public static Analyzer Default { get; } = new(Segmenter.Default);

    public AnalyzedDocument Analyze(Document document)
    {
        var segmentation = _segmenter.Segment(document.Text);
        var attributions = Attributor.Default.Attribute(document, segmentation);
        var entities = EntityResolver.Default.Resolve(document, segmentation, NerTagger.Default.Recognize(document.Text, segmentation), attributions);
        var times = TimeRecognizer.Default.Recognize(document.Text, segmentation, document.Metadata.Published);
        return new(document, segmentation)
        {
            Attributions = SourceLinking.Link(attributions, entities),
            Times = times,
            Quantities = QuantityRecognizer.Default.Recognize(document.Text, segmentation, times),
            Entities = entities,
        };
    }
}
