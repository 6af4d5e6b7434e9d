using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using Triangulate.Resources;

namespace Triangulate.Ingest.Readers;

/// <summary>
/// HTML pages: the main article text by readability scoring (SmartReader), or, when that finds nothing, the blocks of
/// the page's &lt;article&gt;/&lt;main&gt;/&lt;body&gt; without navigation and scripts. Metadata from JSON-LD
/// (NewsArticle and kin), then the meta/link tags listed in Resources/html-meta.tsv. AngleSharp parses any HTML,
/// however malformed, the way a browser would.
/// </summary>
internal sealed class HtmlReader : IArticleReader
{
    private static readonly IReadOnlyList<(Field Field, string Selector, string Attribute)> MetaRules =
        Lexicon.Rows("Ingest/Resources/html-meta.tsv").Select(r => (Enum.Parse<Field>(r[0], ignoreCase: true), r[1], r[2])).ToList();

    private static readonly HashSet<string> ArticleTypes =
        ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "Report", "LiveBlogPosting"];

    private static readonly HashSet<string> Unseen =
        ["script", "style", "noscript", "template", "svg", "iframe", "button", "select", "textarea", "head", "object", "canvas"];

    private static readonly HashSet<string> PageChrome = ["nav", "header", "footer", "aside", "form", "menu", "dialog"];

    private static readonly HashSet<string> BlockTags =
        ["p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
         "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "figure", "header", "footer"];

    private static readonly HtmlParser Parser = new();

    /// <summary>Readability's text must hold at least this share of the page's paragraph text to be trusted.</summary>
    private const double MinReadableShare = 0.7;

    public IEnumerable<ReadItem> Read(string source, string text)
    {
        var (blocks, fields) = Extract(text);
        yield return ReadItem.Of(new RawArticle(source, blocks, fields));
    }

    public static (List<RawBlock> Blocks, Dictionary<Field, FieldValue> Fields) Extract(string html)
    {
        var document = Parser.ParseDocument(html);
        var fields = new Dictionary<Field, FieldValue>();
        foreach (var script in document.QuerySelectorAll("script[type=\"application/ld+json\"]"))
            ReadJsonLd(script.TextContent, fields);
        ReadMeta(document, fields);

        var readable = Readable(html, fields);
        foreach (var chrome in document.QuerySelectorAll(string.Join(',', PageChrome)).ToList()) chrome.Remove();
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]")
            ?? (IElement?)document.Body ?? document.DocumentElement;
        // Readability may miss paragraphs of small or broken pages; then the plain block walk of the page is the better read.
        var paragraphText = root.QuerySelectorAll("p").Sum(p => p.TextContent.Trim().Length);
        var readableText = readable.Where(b => b.Drop is null).Sum(b => b.Text.Trim().Length);
        var blocks = readableText >= MinReadableShare * paragraphText && readableText > 0 ? readable : Blocks(root);
        return (blocks, fields);
    }

    /// <summary>SmartReader's article content cut into blocks, and what it found of the metadata we lack.</summary>
    private static List<RawBlock> Readable(string html, Dictionary<Field, FieldValue> fields)
    {
        Article article;
        try
        {
            article = new Reader("https://localhost/", html).GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readability heuristics can trip over odd markup; the block fallback still reads the page.
            return [];
        }
        if (!article.Completed || string.IsNullOrWhiteSpace(article.Content)) return [];
        AddIfMissing(fields, Field.Title, article.Title, "html:readability");
        AddIfMissing(fields, Field.Author, article.Author ?? article.Byline, "html:readability");
        AddIfMissing(fields, Field.Outlet, article.SiteName, "html:readability");
        if (article.PublicationDate is { } date)
            AddIfMissing(fields, Field.Published, date.ToString("yyyy-MM-dd"), "html:readability");
        var content = Parser.ParseDocument(article.Content);
        return Blocks(content.Body ?? content.DocumentElement);
    }

    private static List<RawBlock> Blocks(INode root)
    {
        var blocks = new List<RawBlock>();
        var text = new StringBuilder();
        Walk(root, text, blocks);
        Flush(text, blocks);
        return blocks;
    }

    private static void Walk(INode node, StringBuilder text, List<RawBlock> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t) { text.Append(t.Data); continue; }
            if (child is not IElement element) continue;
            var tag = element.LocalName;
            if (Unseen.Contains(tag) || element.HasAttribute("hidden")) continue;
            if (tag == "br") { Flush(text, blocks); continue; }
            if (tag == "figcaption")
            {
                Flush(text, blocks);
                blocks.Add(new RawBlock(element.TextContent, Drop: "photo-caption"));
                continue;
            }
            if (!BlockTags.Contains(tag)) { Walk(element, text, blocks); continue; }
            Flush(text, blocks);
            Walk(element, text, blocks);
            Flush(text, blocks, heading: tag.Length == 2 && tag[0] == 'h' && char.IsAsciiDigit(tag[1]));
        }
    }

    private static void Flush(StringBuilder text, List<RawBlock> blocks, bool heading = false)
    {
        if (text.Length == 0) return;
        var block = text.ToString();
        text.Clear();
        if (!string.IsNullOrWhiteSpace(block)) blocks.Add(new RawBlock(block, heading));
    }

    private static void ReadMeta(IDocument document, Dictionary<Field, FieldValue> fields)
    {
        foreach (var (field, selector, attribute) in MetaRules)
        {
            if (fields.ContainsKey(field)) continue;
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var value = attribute == "text" ? element.TextContent : element.GetAttribute(attribute);
                if (string.IsNullOrWhiteSpace(value) || (field == Field.Author && value.Contains("://"))) continue;
                fields[field] = new FieldValue(Collapse(value), $"html:{selector.Split(',')[0].Trim()}");
                break;
            }
        }
    }

    private static void ReadJsonLd(string json, Dictionary<Field, FieldValue> fields)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            foreach (var item in Items(doc.RootElement))
            {
                if (!IsArticle(item, out var type)) continue;
                var origin = $"html:json-ld[{type}]";
                AddIfMissing(fields, Field.Title, Str(item, "headline") ?? Str(item, "name"), origin + ".headline");
                AddIfMissing(fields, Field.Published, Str(item, "datePublished") ?? Str(item, "dateCreated"), origin + ".datePublished");
                AddIfMissing(fields, Field.Author, Names(item, "author"), origin + ".author");
                AddIfMissing(fields, Field.Outlet, Names(item, "publisher") ?? Names(item, "sourceOrganization"), origin + ".publisher");
                AddIfMissing(fields, Field.Url, Str(item, "url") ?? Id(item, "mainEntityOfPage"), origin + ".url");
                AddIfMissing(fields, Field.Language, Str(item, "inLanguage"), origin + ".inLanguage");
            }
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; the meta tags still apply.
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var inner in Items(item)) yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var inner in Items(graph)) yield return inner;
        }
    }

    private static bool IsArticle(JsonElement item, out string type)
    {
        type = "";
        if (!item.TryGetProperty("@type", out var t)) return false;
        var types = t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.ToString()) : [t.ToString()];
        type = types.FirstOrDefault(ArticleTypes.Contains) ?? "";
        return type.Length > 0;
    }

    private static string? Str(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Id(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? Str(v, "@id") : null
            : null;

    /// <summary>A person or organisation as a name: a string, an object with "name", or a list of either.</summary>
    internal static string? Names(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var v)) return null;
        return Name(v);

        static string? Name(JsonElement v) => v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Str(v, "name"),
            JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Select(Name).Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } s ? s : null,
            _ => null,
        };
    }

    private static void AddIfMissing(Dictionary<Field, FieldValue> fields, Field field, string? value, string origin)
    {
        if (!string.IsNullOrWhiteSpace(value) && !fields.ContainsKey(field)) fields[field] = new FieldValue(Collapse(value), origin);
    }

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
