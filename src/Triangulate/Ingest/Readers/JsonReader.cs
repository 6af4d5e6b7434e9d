using System.Text.Json;

namespace Triangulate.Ingest.Readers;

/// <summary>
/// JSON articles: one object, an array of objects, or (JSON Lines) one object per line. Each object has
/// <c>text</c> or <c>html</c>, and optionally <c>title</c>, <c>url</c>, <c>published</c>, <c>outlet</c>, <c>author</c>
/// (common aliases accepted). A record that is not valid or has no text fails alone, named by line or index.
/// </summary>
internal sealed class JsonReader(bool lines) : IArticleReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly (Field Field, string[] Names)[] Aliases =
    [
        (Field.Title, ["title", "headline"]),
        (Field.Url, ["url", "link", "canonical_url"]),
        (Field.Published, ["published", "datePublished", "date", "published_at", "publishedAt", "pubdate"]),
        (Field.Outlet, ["outlet", "source", "publisher", "site_name", "siteName"]),
        (Field.Author, ["author", "authors", "byline"]),
        (Field.Language, ["language", "lang", "inLanguage"]),
    ];

    public IEnumerable<ReadItem> Read(string source, string text) => lines ? ReadLines(source, text) : ReadWhole(source, text);

    private static IEnumerable<ReadItem> ReadLines(string source, string text)
    {
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            var where = $"{source}:{number}";
            var item = Parse(line, where, root => root.ValueKind == JsonValueKind.Object
                ? Article(where, root)
                : ReadItem.Failed(where, "the line is not a JSON object"));
            if (item is not null) yield return item;
        }
    }

    private static IEnumerable<ReadItem> ReadWhole(string source, string text)
    {
        var items = new List<ReadItem>();
        var whole = Parse(text, source, root =>
        {
            if (root.ValueKind == JsonValueKind.Object) return Article(source, root);
            if (root.ValueKind != JsonValueKind.Array) return ReadItem.Failed(source, "the JSON is neither an article object nor an array of them");
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                var where = $"{source}[{index++}]";
                items.Add(element.ValueKind == JsonValueKind.Object ? Article(where, element) : ReadItem.Failed(where, "the array item is not a JSON object"));
            }
            return null;
        });
        return whole is null ? items : [whole];
    }

    private static ReadItem? Parse(string json, string where, Func<JsonElement, ReadItem?> read)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, Options);
            return read(doc.RootElement);
        }
        catch (JsonException e)
        {
            return ReadItem.Failed(where, $"invalid JSON: {e.Message}");
        }
    }

    private static ReadItem Article(string where, JsonElement obj)
    {
        var fields = new Dictionary<Field, FieldValue>();
        List<RawBlock> blocks;
        if (Get(obj, "text") is { } text)
        {
            (blocks, var textFields, _) = PlainTextReader.Extract(text);
            foreach (var (field, value) in textFields) fields[field] = value;
        }
        else if (Get(obj, "html", "content") is { } html)
        {
            (blocks, var htmlFields) = HtmlReader.Extract(html);
            foreach (var (field, value) in htmlFields) fields[field] = value;
        }
        else return ReadItem.Failed(where, "the record has no \"text\" or \"html\" field");

        foreach (var (field, names) in Aliases)
        {
            foreach (var name in names)
            {
                var value = field == Field.Author || field == Field.Outlet ? Named(obj, name) : Get(obj, name);
                if (string.IsNullOrWhiteSpace(value)) continue;
                fields[field] = new FieldValue(value.Trim(), $"json:{name}");
                break;
            }
        }
        return ReadItem.Of(new RawArticle(where, blocks, fields));
    }

    private static string? Get(JsonElement obj, params string[] names)
    {
        foreach (var property in obj.EnumerateObject())
            if (names.Contains(property.Name, StringComparer.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                return property.Value.GetString();
        return null;
    }

    private static string? Named(JsonElement obj, string name)
    {
        foreach (var property in obj.EnumerateObject())
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                return HtmlReader.Names(obj, property.Name);
        return null;
    }
}
