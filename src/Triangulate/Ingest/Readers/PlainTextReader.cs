using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Readers;

/// <summary>
/// Plain text: one paragraph per line. Text hard-wrapped at a fixed width (blank lines between paragraphs, short
/// lines inside them) is unwrapped first. Text that is really Markdown (headings, inline HTML, bold) saved as .txt, as
/// scrapers often do, is read as Markdown so its markup does not leak into the clean text.
/// </summary>
internal sealed partial class PlainTextReader : IArticleReader
{
    private const int WrapWidth = 100;

    public IEnumerable<ReadItem> Read(string source, string text)
    {
        var (blocks, fields, format) = Extract(text);
        yield return ReadItem.Of(new RawArticle(source, blocks, fields, format));
    }

    public static (List<RawBlock> Blocks, Dictionary<Field, FieldValue> Fields, string? Format) Extract(string text)
    {
        if (LooksLikeMarkdown().IsMatch(text))
        {
            var (blocks, fields) = MarkdownReader.Extract(text);
            return (blocks, fields, "markdown (detected in plain text)");
        }
        var lines = text.Split('\n');
        var paragraphs = IsHardWrapped(lines) ? Unwrap(lines) : lines.Select(l => new RawBlock(l));
        return ([.. paragraphs], [], IsHardWrapped(lines) ? "plain text (hard-wrapped lines joined)" : null);
    }

    /// <summary>Hard-wrapped: paragraphs are separated by blank lines and almost no line is longer than a terminal.</summary>
    private static bool IsHardWrapped(string[] lines)
    {
        var nonEmpty = lines.Where(l => l.Trim().Length > 0).ToList();
        if (nonEmpty.Count < 4 || nonEmpty.Count == lines.Length) return false;
        var withinWidth = nonEmpty.Count(l => l.TrimEnd().Length <= WrapWidth);
        var multiLineBlocks = string.Join('\n', lines).Split("\n\n").Count(b => b.Trim().Contains('\n'));
        return withinWidth >= 0.95 * nonEmpty.Count && multiLineBlocks > 0;
    }

    private static IEnumerable<RawBlock> Unwrap(string[] lines)
    {
        var block = new List<string>();
        foreach (var line in lines.Append(""))
        {
            if (line.Trim().Length > 0) { block.Add(line.Trim()); continue; }
            if (block.Count > 0) yield return new RawBlock(string.Join(' ', block));
            block.Clear();
        }
    }

    [GeneratedRegex(@"^#{1,6}[ \t]+\S|</?(?:u|b|i|em|strong|a|span)\b[^>]*>|\*\*\S[^*\n]*\*\*|\[[^\]\n]+\]\(https?://", RegexOptions.Multiline)]
    private static partial Regex LooksLikeMarkdown();
}
