using Shouldly;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Entities.Resolution;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Entities;

/// <summary>A newsroom's own entities and aliases, in front of the shipped gazetteer.</summary>
public sealed class UserGazetteerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"gazetteer-{Guid.NewGuid():N}.tsv");

    public void Dispose() => File.Delete(_path);

    private DocumentEntities Resolve(string gazetteer, string text)
    {
        File.WriteAllText(_path, gazetteer);
        var resolver = new EntityResolver(Gazetteer.Default.Extend(_path));
        var document = new Document("doc00001", text, DocumentMetadata.ForSource("case.txt"), []);
        var segmentation = Segmenter.Default.Segment(text);
        return resolver.Resolve(document, segmentation, [], Attributor.Default.Attribute(document, segmentation));
    }

    [Fact]
    public void A_user_alias_joins_the_entity_the_shipped_gazetteer_knows()
    {
        var resolved = Resolve("# our desk's aliases\nVladimir Putin\tperson\tKremlin leader\n", "The Kremlin leader spoke. Vladimir Putin left.");
        resolved.Mentions.Select(m => m.EntityId).Distinct().ShouldBe(["person/vladimir-putin"]);
        resolved.Mentions.Single(m => m.Text == "Kremlin leader").Link.ShouldBe(MentionLink.Alias);
    }

    [Fact]
    public void A_new_organization_and_its_acronym_are_one_entity()
    {
        var resolved = Resolve("Korea Institute for National Unification\torg\tKINU\n", "KINU said the talks failed.");
        resolved.Entities.ShouldHaveSingleItem().Name.ShouldBe("Korea Institute for National Unification");
    }

    [Theory]
    [InlineData("Vladimir Putin\n", ":1: expected")]
    [InlineData("# comment\nVladimir Putin\tpolitician\n", ":2: unknown type 'politician'")]
    public void A_malformed_row_names_the_file_and_line(string gazetteer, string message)
    {
        File.WriteAllText(_path, gazetteer);
        Should.Throw<InvalidDataException>(() => Gazetteer.Default.Extend(_path)).Message.ShouldContain(_path + message);
    }
}
