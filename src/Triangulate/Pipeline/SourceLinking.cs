using Triangulate.Attribution;
using Triangulate.Entities.Resolution;

namespace Triangulate.Pipeline;

/// <summary>Gives each attribution's source (and each cited source) the entity the entity stage resolved it to.</summary>
public static class SourceLinking
{
    public static Attributions Link(Attributions attributions, DocumentEntities entities) =>
        entities.Mentions.IsEmpty
            ? attributions
            : new([.. attributions.Items.Select(a => a with
            {
                Source = Link(a.Source, entities),
                Cites = [.. a.Cites.Select(c => c with { Cited = Link(c.Cited, entities) })],
            })]);

    /// <summary>
    /// A name links through its head, the mention it ends with ("NIS chief Cho Tae-yong" → Cho Tae-yong); a common-noun
    /// source only when a known alias covers it whole ("South Korea's spy agency"), since "a South Korean official"
    /// is not South Korea; generic sources ("officials in Seoul") never.
    /// </summary>
    public static SourceMention Link(SourceMention source, DocumentEntities entities)
    {
        if (source.Span is not { } span || source.EntityId is not null) return source;
        var end = span.End - TrailingAcronym(source.Text).Length;
        var head = source.Kind switch
        {
            SourceKind.Pronoun => entities.Mentions.FirstOrDefault(m => m.Span == span && m.Link == MentionLink.Pronoun),
            SourceKind.Name => entities.Mentions.LastOrDefault(m => span.Contains(m.Span) && m.Span.End == end) is { } m && !AfterLocative(source.Text, span, m) ? m : null,
            SourceKind.Nominal => entities.Mentions.LastOrDefault(m => span.Contains(m.Span) && m.Span.End == end) is { } m && CoversAllButArticle(source.Text, span, m) ? m : null,
            SourceKind.Generic => VoiceOf(source.Text, span, entities),
            _ => null,
        };
        return head is null || entities.Entity(head.EntityId) is not { } entity
            ? source
            : source with { EntityId = entity.Id, DisplayName = entity.Name };
    }

    /// <summary>"officials in Seoul" are not Seoul: a place after a preposition says where the source is.</summary>
    private static bool AfterLocative(string sourceText, Documents.Span phrase, ResolvedMention mention)
    {
        var before = sourceText[..(mention.Span.Start - phrase.Start)].TrimEnd();
        var space = before.LastIndexOf(' ');
        return space >= 0 && Entities.Resolution.Gazetteer.Default.Locatives.Contains(before[(space + 1)..]);
    }

    /// <summary>"Pentagon officials", "U.S. officials": a name followed only by a word that speaks for it.</summary>
    private static ResolvedMention? VoiceOf(string sourceText, Documents.Span phrase, DocumentEntities entities)
    {
        if (entities.Mentions.FirstOrDefault(m => phrase.Contains(m.Span)) is not { } first || !CoversAllButArticle(sourceText, phrase, first)) return null;
        var rest = sourceText[(first.Span.End - phrase.Start)..].Trim();
        return SpeaksFor.Contains(rest) && first.Type is not Entities.EntityType.Person ? first : null;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> SpeaksFor =
        Resources.Lexicon.Set("Entities/Resources/speaks-for.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>"National Intelligence Service (NIS)": the acronym in brackets restates the head, it is not one.</summary>
    private static string TrailingAcronym(string text)
    {
        if (!text.EndsWith(')')) return "";
        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        return open < 0 ? "" : text[open..];
    }

    private static bool CoversAllButArticle(string sourceText, Documents.Span phrase, ResolvedMention mention) =>
        mention.Span.Start == phrase.Start ||
        sourceText.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && mention.Span.Start == phrase.Start + 4;
}
