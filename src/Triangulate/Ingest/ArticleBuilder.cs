using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Documents;
using Triangulate.Ingest.Readers;

namespace Triangulate.Ingest;

/// <summary>The clean text of one article, its metadata and what was taken out, before it gets its id.</summary>
internal sealed record BuiltArticle(string Text, DocumentMetadata Metadata, ImmutableArray<RemovedSpan> Removed);

/// <summary>
/// Turns a raw article into clean text (one paragraph per line), removing boilerplate by the data-file rules, repairing
/// paragraphs broken mid-sentence, and merging metadata: sources.csv first, then what the format says
/// (HTML meta, JSON fields, Markdown heading), then what the text itself shows (byline, date line, sign-off).
/// </summary>
internal sealed partial class ArticleBuilder(BoilerplateRules rules)
{
    private const int CaptionMaxWords = 60;

    private sealed record Paragraph(string Text, bool IsHeading);

    private sealed record Removal(int KeptBefore, string Text, string Reason);

    public BuiltArticle? Build(RawArticle raw, IReadOnlyDictionary<Field, FieldValue> manifest, string? decodingNote)
    {
        var paragraphs = new List<(Paragraph Paragraph, string? Drop)>();
        foreach (var block in raw.Blocks)
            foreach (var line in TextNormalizer.Lines(block.Text))
                paragraphs.Add((new Paragraph(line, block.IsHeading), block.Drop));

        var kept = new List<Paragraph>();
        var removed = new List<Removal>();
        var fromText = new Dictionary<Field, FieldValue>();
        var corrections = ImmutableArray.CreateBuilder<string>();
        string? wire = null, dateline = null;

        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (paragraph, drop) = paragraphs[i];
            if (drop is not null) { removed.Add(new Removal(kept.Count, paragraph.Text, drop)); continue; }
            if (rules.Find(paragraph.Text, i, paragraphs.Count) is not var (rule, match))
            {
                kept.Add(paragraph);
                continue;
            }

            foreach (var (field, group) in TextFields)
                if (match.Groups[group] is { Success: true } g && g.Value.Trim().Length > 0)
                    fromText.TryAdd(field, new FieldValue(g.Value.Trim(), $"text:{rule.Reason}"));
            if (match.Groups["wire"] is { Success: true } w) wire ??= CanonicalAgency(w.Value);
            if (match.Groups["dateline"] is { Success: true } d && d.Value.Trim().Length > 0) dateline ??= d.Value.Trim().TrimEnd(',');

            switch (rule.Action)
            {
                case RuleAction.Keep:
                    kept.Add(paragraph);
                    break;
                case RuleAction.Rest:
                    for (var j = i; j < paragraphs.Count; j++) removed.Add(new Removal(kept.Count, paragraphs[j].Paragraph.Text, rule.Reason));
                    i = paragraphs.Count;
                    break;
                case RuleAction.Caption:
                    if (kept.Count > 0 && !kept[^1].IsHeading && BoilerplateRules.WordCount(kept[^1].Text) <= CaptionMaxWords)
                    {
                        removed.Add(new Removal(kept.Count - 1, kept[^1].Text, "photo-caption"));
                        kept.RemoveAt(kept.Count - 1);
                    }
                    removed.Add(new Removal(kept.Count, paragraph.Text, rule.Reason));
                    break;
                case RuleAction.UrlNext:
                    removed.Add(new Removal(kept.Count, paragraph.Text, rule.Reason));
                    if (i + 1 < paragraphs.Count && BareUrl().IsMatch(paragraphs[i + 1].Paragraph.Text))
                    {
                        i++;
                        fromText.TryAdd(Field.Url, new FieldValue(paragraphs[i].Paragraph.Text, $"text:{rule.Reason}"));
                        removed.Add(new Removal(kept.Count, paragraphs[i].Paragraph.Text, rule.Reason));
                    }
                    break;
                default:
                    removed.Add(new Removal(kept.Count, paragraph.Text, rule.Reason));
                    if (rule.Reason == "correction") corrections.Add(paragraph.Text);
                    break;
            }
        }

        if (kept.Count == 0) return null;
        var (text, starts) = Join(kept);
        var removedSpans = removed
            .OrderBy(r => r.KeptBefore)
            .Select(r => new RemovedSpan(r.KeptBefore < starts.Length ? starts[r.KeptBefore] : text.Length, r.Text, r.Reason))
            .ToImmutableArray();
        var metadata = Metadata(raw, manifest, fromText, decodingNote, corrections.ToImmutable()) with { WireTag = wire, Dateline = dateline };
        return new BuiltArticle(text, metadata, removedSpans);
    }

    private static readonly (Field Field, string Group)[] TextFields =
        [(Field.Author, "author"), (Field.Published, "published"), (Field.Url, "url"), (Field.Outlet, "outlet")];

    /// <summary>
    /// One paragraph per line; a paragraph that stops mid-sentence (no terminal punctuation) and is followed by one that
    /// starts in lower case is the same paragraph broken by a stray blank line, so the two are joined with a space.
    /// Returns where each kept paragraph starts in the text (after joins, inside its line).
    /// </summary>
    private static (string Text, int[] Starts) Join(List<Paragraph> kept)
    {
        var text = new StringBuilder();
        var starts = new int[kept.Count];
        for (var k = 0; k < kept.Count; k++)
        {
            if (k > 0)
            {
                var continues = !kept[k - 1].IsHeading && !kept[k].IsHeading && !EndsSentence(kept[k - 1].Text) && char.IsLower(kept[k].Text[0]);
                text.Append(continues ? ' ' : '\n');
            }
            starts[k] = text.Length;
            text.Append(kept[k].Text);
        }
        return (text.ToString(), starts);
    }

    private static bool EndsSentence(string paragraph)
    {
        var end = paragraph.AsSpan().TrimEnd("\"'”’»)]*");
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' or ':';
    }

    private static DocumentMetadata Metadata(
        RawArticle raw,
        IReadOnlyDictionary<Field, FieldValue> manifest,
        Dictionary<Field, FieldValue> fromText,
        string? decodingNote,
        ImmutableArray<string> corrections)
    {
        var provenance = ImmutableDictionary.CreateBuilder<string, string>();
        FieldValue? Pick(Field field)
        {
            var value = manifest.GetValueOrDefault(field) ?? raw.Fields.GetValueOrDefault(field) ?? fromText.GetValueOrDefault(field);
            if (value is not null) provenance[field.ToString().ToLowerInvariant()] = value.Origin;
            return value;
        }

        var published = Pick(Field.Published);
        PublicationTime? time = null;
        if (published is not null)
        {
            time = PublishedDate.Parse(published.Value);
            if (time is null) provenance["published"] = $"{published.Origin} (unreadable or placeholder date '{published.Value}', ignored)";
        }
        if (decodingNote is not null) provenance["encoding"] = decodingNote;
        if (raw.Format is not null) provenance["format"] = raw.Format;
        if (corrections.Length > 0) provenance["corrections"] = "text:correction";

        var language = Pick(Field.Language)?.Value;
        return new DocumentMetadata(
            raw.Source,
            Pick(Field.Url)?.Value,
            Pick(Field.Title)?.Value,
            Pick(Field.Outlet)?.Value,
            Pick(Field.Author)?.Value,
            time,
            string.IsNullOrWhiteSpace(language) ? "en" : language.Split('-', '_')[0].ToLowerInvariant(),
            corrections,
            provenance.ToImmutable());
    }

    /// <summary>"REUTERS" and "Reuters" are one agency; short acronyms stay upper-case.</summary>
    private static string CanonicalAgency(string tag)
    {
        var t = tag.Trim();
        return t.Length <= 3 ? t.ToUpperInvariant() : string.Join(' ', t.Split(' ').Select(w => w.Length <= 3 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex BareUrl();
}
