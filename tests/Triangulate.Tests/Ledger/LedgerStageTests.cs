using Shouldly;
using Triangulate.Claims;
using Triangulate.Documents;
using Triangulate.Pipeline;
using Xunit;

namespace Triangulate.Tests.Ledger;

/// <summary>Where the stages meet: entities, statements and figures read as claim inputs.</summary>
public sealed class LedgerStageTests
{
    private static IReadOnlyList<Claim> Claims(string text)
    {
        var document = new Document("doc00001", text, DocumentMetadata.ForSource("case.txt") with
        {
            Published = new PublicationTime(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day),
        }, []);
        var analyzed = new[] { Analyzer.Default.Analyze(document) };
        return LedgerStage.Default.Build(analyzed, LedgerStage.EntitiesOf(analyzed)).Claims;
    }

    [Fact]
    public void Countries_are_parties_to_an_event_and_cities_are_only_where_it_happens()
    {
        var claims = Claims("Officials said North Korea has sent troops to Vladivostok in Russia.");
        claims.ShouldContain(c => c.Kind == ClaimKind.Event && c.Subject == "deploy troops: North Korea, Russia");
    }

    [Fact]
    public void Officials_of_a_country_hold_its_figures()
    {
        var claims = Claims("U.S. officials said about 10,000 North Korean soldiers were in Russia.");
        var figure = claims.Single(c => c.Kind == ClaimKind.Quantity);
        figure.Holder.DisplayName.ShouldBe("United States");
        figure.Subject.ShouldBe("North Korea troops");
    }
}
