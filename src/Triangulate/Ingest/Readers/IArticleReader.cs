namespace Triangulate.Ingest.Readers;

/// <summary>Reads one decoded file of one format into raw articles (a JSON file may hold many).</summary>
internal interface IArticleReader
{
    /// <param name="source">How the file is named in the output (its path relative to the folder given).</param>
    IEnumerable<ReadItem> Read(string source, string text);
}

/// <summary>One article read from a file, or one record of it that failed (a bad JSON line).</summary>
internal sealed record ReadItem(RawArticle? Article, IngestError? Error)
{
    public static ReadItem Of(RawArticle article) => new(article, null);
    public static ReadItem Failed(string where, string reason) => new(null, new IngestError(where, reason));
}

/// <summary>A paragraph as the format gave it, before cleaning. Headings are kept as paragraphs but never joined.</summary>
/// <param name="Drop">Why the block is not article text, when the format says so (e.g. an HTML figcaption).</param>
internal sealed record RawBlock(string Text, bool IsHeading = false, string? Drop = null);

internal enum Field { Title, Url, Published, Outlet, Author, Language }

/// <summary>A metadata value and where it came from (e.g. <c>html:meta[og:site_name]</c>), for Provenance.</summary>
internal sealed record FieldValue(string Value, string Origin);

/// <param name="Source">The file, or <c>file:line</c> / <c>file[index]</c> for one record of a JSON file.</param>
/// <param name="Format">How the text was read, when that is not obvious from the extension (e.g. Markdown in a .txt).</param>
internal sealed record RawArticle(
    string Source,
    IReadOnlyList<RawBlock> Blocks,
    IReadOnlyDictionary<Field, FieldValue> Fields,
    string? Format = null);
