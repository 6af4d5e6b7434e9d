using Shouldly;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Entities.Resolution;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Entities;

/// <summary>Merging across documents: only on strong evidence, since a wrong merge silently destroys a fact.</summary>
public sealed class EntityCatalogTests
{
    private static (string, DocumentEntities) Resolve(string id, string marked)
    {
        var (text, tagged) = ResolutionCaseTests.Parse(marked);
        var document = new Document(id, text, DocumentMetadata.ForSource(id + ".txt"), []);
        var segmentation = Segmenter.Default.Segment(text);
        return (id, EntityResolver.Default.Resolve(document, segmentation, tagged, Attributor.Default.Attribute(document, segmentation)));
    }

    [Fact]
    public void Same_full_name_in_two_documents_is_one_entity()
    {
        var catalog = EntityCatalog.Build([
            Resolve("doc-a0001", "[PER Sabrina Singh] said the units moved. Ms. [PER Singh] added more."),
            Resolve("doc-b0001", "Pentagon spokesperson [PER Sabrina Singh] spoke on Monday."),
        ]);
        var singh = catalog.Entities.Single(e => e.Name == "Sabrina Singh");
        singh.Documents.ShouldBe(["doc-a0001", "doc-b0001"]);
        singh.Mentions.Length.ShouldBe(3);
    }

    [Fact]
    public void A_bare_surname_in_another_document_stays_apart()
    {
        var catalog = EntityCatalog.Build([
            Resolve("doc-a0001", "[PER Kim Dong-yup] said pilots were sent."),
            Resolve("doc-b0001", "Mr. [PER Kim] said nothing."),
        ]);
        catalog.Entities.Count(e => e.Type == Triangulate.Entities.EntityType.Person).ShouldBe(2);
        catalog.Entities.Single(e => e.Name == "Mr. Kim").Documents.ShouldBe(["doc-b0001"]);
    }

    [Fact]
    public void An_acronym_declared_in_one_document_merges_its_bare_use_in_another()
    {
        var catalog = EntityCatalog.Build([
            Resolve("doc-a0001", "The [ORG Korea Institute for Defense Analyses] ([ORG KIDA]) published a report."),
            Resolve("doc-b0001", "[ORG KIDA] said the troops were elite."),
        ]);
        var kida = catalog.Entities.Single(e => e.Name == "Korea Institute for Defense Analyses");
        kida.Documents.ShouldBe(["doc-a0001", "doc-b0001"]);
        catalog.CanonicalId("org/kida").ShouldBe(kida.Id);
    }

    [Fact]
    public void Gazetteer_aliases_meet_across_documents()
    {
        var catalog = EntityCatalog.Build([
            Resolve("doc-a0001", "The Pentagon said about 10,000 troops were in Russia."),
            Resolve("doc-b0001", "The Defense Department declined to comment."),
        ]);
        catalog.Entities.Single(e => e.Name == "U.S. Department of Defense").Documents.Length.ShouldBe(2);
    }
}
