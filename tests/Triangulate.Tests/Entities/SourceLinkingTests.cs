using Shouldly;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Entities.Recognition;
using Triangulate.Entities.Resolution;
using Triangulate.Pipeline;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Entities;

/// <summary>Which entity a statement's source is, once names are resolved.</summary>
public sealed class SourceLinkingTests
{
    [Theory]
    [InlineData("NIS chief Cho Tae-yong said 3,000 troops had left.", "Cho Tae-yong")]
    [InlineData("South Korea's National Intelligence Service (NIS) said 1,500 troops had left.", "National Intelligence Service")]
    [InlineData("Pentagon officials said 10,000 troops had arrived.", "U.S. Department of Defense")]
    [InlineData("U.S. officials said 10,000 troops had arrived.", "United States")]
    [InlineData("Pyongyang denied that troops had been sent.", "North Korea")]
    [InlineData("“Troops had been sent,” said the Institute for the Study of War think tank.", "Institute for the Study of War")]
    [InlineData("Kremlin spokesmen said troops had been sent.", "Kremlin")]
    [InlineData("A South Korean official said troops had been sent.", null)]
    [InlineData("Officials in Seoul said troops had been sent.", null)]
    public void A_source_is_the_entity_it_names_or_speaks_for(string text, string? expected)
    {
        var document = new Document("doc00001", text, DocumentMetadata.ForSource("case.txt"), []);
        var segmentation = Segmenter.Default.Segment(text);
        var attributions = Attributor.Default.Attribute(document, segmentation);
        var entities = EntityResolver.Default.Resolve(document, segmentation, NerTagger.Default.Recognize(text, segmentation), attributions);
        var source = SourceLinking.Link(attributions, entities, text).Items.ShouldHaveSingleItem().Source;
        source.DisplayName.ShouldBe(expected);
    }
}
