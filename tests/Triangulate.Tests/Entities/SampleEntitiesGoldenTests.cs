using Shouldly;
using Triangulate.Entities.Resolution;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Xunit;

namespace Triangulate.Tests.Entities;

/// <summary>The sample story's entities across its five documents; expectations and reasons in Cases/sample-entities.tsv.</summary>
public sealed class SampleEntitiesGoldenTests
{
    private static readonly Lazy<EntityCatalog> Catalog = new(() =>
    {
        var ingested = new Ingestor().Ingest([Path.Combine(Repo.Root(), "samples", "nk-troops")]);
        return LedgerStage.EntitiesOf([.. ingested.Documents.Select(Analyzer.Default.Analyze)]);
    });

    public static TheoryData<string> Expected() => [.. CaseFile.Blocks("Entities/Cases/sample-entities.tsv").SelectMany(b => b)];

    [Theory]
    [MemberData(nameof(Expected))]
    public void Entity_is_resolved(string line)
    {
        var f = line.Split('\t');
        var why = f[^1];
        var entity = Catalog.Value.Entities.SingleOrDefault(e => e.Name == f[0]);
        entity.ShouldNotBeNull($"{f[0]}: {why}");
        entity.Type.ToString().ToLowerInvariant().ShouldBe(f[1], why);
        foreach (var alias in List(f[2])) entity.Aliases.ShouldContain(alias, why);
        entity.Documents.Length.ShouldBe(int.Parse(f[3]), why);
        foreach (var role in List(f[4])) entity.Roles.ShouldContain(role, why);
        foreach (var affiliation in List(f[5])) entity.Affiliations.ShouldContain(affiliation, why);
    }

    [Fact]
    public void Different_people_who_share_a_surname_stay_apart()
    {
        var kims = Catalog.Value.Entities.Where(e => e.Type == Triangulate.Entities.EntityType.Person && e.Name.StartsWith("Kim ")).Select(e => e.Name).ToList();
        kims.ShouldContain("Kim Jong Un");
        kims.ShouldContain("Kim Dong-yup");
        kims.ShouldContain("Kim Tae-hyo");
        kims.ShouldContain("Kim Yong-hyun");
        kims.ShouldBeUnique();
    }

    private static IEnumerable<string> List(string field) => field == "-" ? [] : field.Split('|');
}
