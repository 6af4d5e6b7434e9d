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
    private readonly EntityResolver _entities;

    public Analyzer(Segmenter segmenter, EntityResolver entities)
    {
        _segmenter = segmenter;
        _entities = entities;
    }

    public static Analyzer Default { get; } = new(Segmenter.Default, EntityResolver.Default);

    /// <summary>An analyzer that also knows a newsroom's own entities and aliases (<see cref="Gazetteer.Extend"/>).</summary>
    public static Analyzer WithGazetteer(string? path) =>
        path is null ? Default : new(Segmenter.Default, new EntityResolver(Gazetteer.Default.Extend(path)));

    public AnalyzedDocument Analyze(Document document)
    {
        var segmentation = _segmenter.Segment(document.Text);
        var attributions = Attributor.Default.Attribute(document, segmentation);
        var entities = _entities.Resolve(document, segmentation, NerTagger.Default.Recognize(document.Text, segmentation), attributions);
        var times = TimeRecognizer.Default.Recognize(document.Text, segmentation, document.Metadata.Published);
        return new(document, segmentation)
        {
            Attributions = SourceLinking.Link(attributions, entities, document.Text),
            Times = times,
            Quantities = QuantityRecognizer.Default.Recognize(document.Text, segmentation, times),
            Entities = entities,
        };
    }
}
