using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Shouldly;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Entities;
using Triangulate.Entities.Resolution;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Entities;

public sealed partial class ResolutionCaseTests
{
    public static TheoryData<string> Cases() => [.. CaseFile.Blocks("Entities/Cases/resolution.txt").Select(b => b[0])];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves(string marked)
    {
        var block = CaseFile.Blocks("Entities/Cases/resolution.txt").First(b => b[0] == marked);
        var (text, tagged) = Parse(marked);
        var document = new Document("doc00001", text, DocumentMetadata.ForSource("case.txt"), []);
        var segmentation = Segmenter.Default.Segment(text);
        var resolved = EntityResolver.Default.Resolve(document, segmentation, tagged, Attributor.Default.Attribute(document, segmentation));

        foreach (var expectation in block.Skip(1).Select(l => l.TrimStart('>', ' ')))
        {
            if (expectation.StartsWith("roles ") || expectation.StartsWith("affiliations "))
            {
                var (field, rest) = (expectation[..expectation.IndexOf(' ')], expectation[(expectation.IndexOf(' ') + 1)..]);
                var name = rest[..rest.IndexOf(" = ")];
                var values = rest[(rest.IndexOf(" = ") + 3)..].Split(", ");
                var entity = resolved.Entities.SingleOrDefault(e => e.Name == name);
                entity.ShouldNotBeNull($"no entity named {name}");
                (field == "roles" ? entity.Roles : entity.Affiliations).ShouldBe(values, ignoreOrder: true, customMessage: expectation);
            }
            else if (expectation.StartsWith("unresolved "))
            {
                var surface = expectation["unresolved ".Length..];
                resolved.Mentions.Select(x => x.Text).ShouldNotContain(surface, expectation);
            }
            else
            {
                var m = ExpectationPattern().Match(expectation);
                m.Success.ShouldBeTrue(expectation);
                var nth = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value) : 1;
                var mention = resolved.Mentions.Where(x => x.Text == m.Groups["surface"].Value).Skip(nth - 1).FirstOrDefault();
                mention.ShouldNotBeNull($"no mention '{m.Groups["surface"].Value}' #{nth}");
                resolved.Entity(mention.EntityId)!.Name.ShouldBe(m.Groups["name"].Value, expectation);
                mention.Link.ToString().ShouldBe(m.Groups["link"].Value, expectation);
            }
        }
    }

    [GeneratedRegex(@"^(?<surface>.+?)(?:#(?<n>\d+))? => (?<name>.+) \((?<link>\w+)\)$")]
    private static partial Regex ExpectationPattern();

    [GeneratedRegex(@"\[(?<type>PER|ORG|GPE|LOC|NORP|MISC) (?<text>[^\]]+)\]")]
    private static partial Regex MarkupPattern();

    /// <summary>Plain text and the marked mentions with their offsets in it.</summary>
    public static (string Text, ImmutableArray<EntityMention> Mentions) Parse(string marked)
    {
        var text = new StringBuilder();
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var last = 0;
        foreach (Match m in MarkupPattern().Matches(marked))
        {
            text.Append(marked, last, m.Index - last);
            var type = m.Groups["type"].Value switch
            {
                "PER" => EntityType.Person, "ORG" => EntityType.Org, "GPE" => EntityType.Gpe,
                "LOC" => EntityType.Loc, "NORP" => EntityType.Norp, _ => EntityType.Misc,
            };
            mentions.Add(new EntityMention(new Span(text.Length, m.Groups["text"].Length), m.Groups["text"].Value, type));
            text.Append(m.Groups["text"].Value);
            last = m.Index + m.Length;
        }
        text.Append(marked, last, marked.Length - last);
        return (text.ToString(), mentions.ToImmutable());
    }
}
