using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Triangulate.Ingest.Readers;

/// <summary>
/// Markdown via Markdig: every heading, paragraph, list item and quote becomes one block of its visible text;
/// markup (emphasis, inline HTML such as <c>&lt;u&gt;</c>, link targets, images) is dropped. The first heading is the title;
/// simple YAML front matter (title, date, author, url, outlet) is read as metadata.
/// </summary>
internal sealed partial class MarkdownReader : IArticleReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public IEnumerable<ReadItem> Read(string source, string text)
    {
        var (blocks, fields) = Extract(text);
        yield return ReadItem.Of(new RawArticle(source, blocks, fields));
    }

    public static (List<RawBlock> Blocks, Dictionary<Field, FieldValue> Fields) Extract(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var blocks = new List<RawBlock>();
        var fields = new Dictionary<Field, FieldValue>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            switch (leaf)
            {
                case YamlFrontMatterBlock yaml:
                    ReadFrontMatter(yaml.Lines.ToString(), fields);
                    break;
                case HeadingBlock heading:
                    var title = Inlines(heading.Inline);
                    blocks.Add(new RawBlock(title, IsHeading: true));
                    if (!string.IsNullOrWhiteSpace(title)) fields.TryAdd(Field.Title, new FieldValue(title.Trim(), "markdown:heading"));
                    break;
                case HtmlBlock html:
                    blocks.Add(new RawBlock(WebUtility.HtmlDecode(Tag().Replace(html.Lines.ToString(), " "))));
                    break;
                case ThematicBreakBlock or LinkReferenceDefinition:
                    break;
                default:
                    blocks.Add(new RawBlock(leaf.Inline is null ? leaf.Lines.ToString() : Inlines(leaf.Inline)));
                    break;
            }
        }
        return (blocks, fields);
    }

    private static string Inlines(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case AutolinkInline link: text.Append(link.Url); break;
                case LineBreakInline lineBreak: text.Append(lineBreak.IsHard ? '\n' : ' '); break;
                case LinkInline { IsImage: true }: break;
                case ContainerInline nested: Append(nested, text); break;
            }
        }
    }

    private static void ReadFrontMatter(string yaml, Dictionary<Field, FieldValue> fields)
    {
        foreach (var line in yaml.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim().Trim('"', '\'');
            if (value.Length == 0) continue;
            Field? field = key switch
            {
                "title" => Field.Title,
                "date" or "published" => Field.Published,
                "author" => Field.Author,
                "url" or "source" => Field.Url,
                "outlet" or "publisher" or "site" => Field.Outlet,
                _ => null,
            };
            if (field is { } f) fields[f] = new FieldValue(value, $"markdown:front-matter[{key}]");
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
