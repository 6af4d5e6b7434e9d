using System.Collections.Frozen;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Entities;
using Triangulate.Entities.Resolution;
using Triangulate.Resources;

namespace Triangulate.Pipeline;

/// <summary>Gives each attribution's source (and each cited source) the entity the entity stage resolved it to.</summary>
public static class SourceLinking
{
    private const int MaxDescriptorWords = 3;

    /// <summary>Words after a name that speak for it: "Pentagon officials", "Kremlin spokesman".</summary>
    private static readonly FrozenSet<string> SpeaksFor = Lexicon.Set("Entities/Resources/speaks-for.txt", StringComparer.OrdinalIgnoreCase);

    public static Attributions Link(Attributions attributions, DocumentEntities entities, string text) =>
        entities.Mentions.IsEmpty
            ? attributions
            : new([.. attributions.Items.Select(a => a with
            {
                Source = Link(a.Source, a.SourceExtent, entities, text),
                Cites = [.. a.Cites.Select(c => c with { Cited = Link(c.Cited, null, entities, text) })],
            })]);

    /// <summary>
    /// A name links through its head, the mention it ends with ("NIS chief Cho Tae-yong" → Cho Tae-yong); a common-noun
    /// source only when a known alias covers it whole ("South Korea's spy agency") or when it is an organization's
    /// own description ("the Institute for the Study of War think tank"), since "a South Korean official" is not
    /// South Korea; a generic source only when it speaks for the name before it ("Pentagon officials"), never
    /// where it merely is ("officials in Seoul").
    /// </summary>
    public static SourceMention Link(SourceMention source, Span? extent, DocumentEntities entities, string text)
    {
        if (source.Span is not { } span || source.EntityId is not null) return source;
        var end = span.End - TrailingAcronym(source.Text).Length;
        var ending = entities.Mentions.LastOrDefault(m => span.Contains(m.Span) && m.Span.End == end && m.Link != MentionLink.Pronoun);
        var head = source.Kind switch
        {
            SourceKind.Pronoun => entities.Mentions.FirstOrDefault(m => m.Span == span && m.Link == MentionLink.Pronoun),
            SourceKind.Name when ending is not null && !AfterLocative(text, span, ending) => ending,
            SourceKind.Nominal when ending is not null && StartsPhrase(text, span, ending) => ending,
            SourceKind.Name or SourceKind.Nominal => DescribedBy(text, span, entities) ?? (extent is { } e ? DescribedBy(text, e, entities) : null),
            SourceKind.Generic => VoiceOf(text, span, entities),
            _ => null,
        };
        return head is null || entities.Entity(head.EntityId) is not { } entity
            ? source
            : source with { EntityId = entity.Id, DisplayName = entity.Name };
    }

    /// <summary>"officials in Seoul" are not Seoul: a place after a preposition says where the source is.</summary>
    private static bool AfterLocative(string text, Span phrase, ResolvedMention mention)
    {
        var before = text[phrase.Start..mention.Span.Start].TrimEnd();
        var space = before.LastIndexOf(' ');
        return space >= 0 && Gazetteer.Default.Locatives.Contains(before[(space + 1)..]);
    }

    /// <summary>
    /// "the Institute for the Study of War think tank", "Kremlin spokesman": an organization or country named first
    /// and followed only by a few lower-case words that describe it or speak for it. A nationality word describes,
    /// it does not name: "Ukrainian intelligence" is not Ukraine.
    /// </summary>
    private static ResolvedMention? DescribedBy(string text, Span phrase, DocumentEntities entities)
    {
        if (FirstIn(phrase, entities) is not { Type: not EntityType.Person, Link: not MentionLink.Demonym } first || !StartsPhrase(text, phrase, first)) return null;
        var rest = text[first.Span.End..phrase.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return rest.Length is > 0 and <= MaxDescriptorWords && rest.All(w => w.All(char.IsLower)) ? first : null;
    }

    /// <summary>"Pentagon officials", "U.S. officials": a name followed only by a word that speaks for it.</summary>
    private static ResolvedMention? VoiceOf(string text, Span phrase, DocumentEntities entities)
    {
        if (FirstIn(phrase, entities) is not { Type: not EntityType.Person } first || !StartsPhrase(text, phrase, first)) return null;
        return SpeaksFor.Contains(text[first.Span.End..phrase.End].Trim()) ? first : null;
    }

    private static ResolvedMention? FirstIn(Span phrase, DocumentEntities entities) =>
        entities.Mentions.FirstOrDefault(m => phrase.Contains(m.Span) && m.Link != MentionLink.Pronoun);

    /// <summary>"National Intelligence Service (NIS)": the acronym in brackets restates the head, it is not one.</summary>
    private static string TrailingAcronym(string text)
    {
        if (!text.EndsWith(')')) return "";
        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        return open < 0 ? "" : text[open..];
    }

    private static bool StartsPhrase(string text, Span phrase, ResolvedMention mention) =>
        mention.Span.Start == phrase.Start ||
        text.AsSpan(phrase.Start).StartsWith("the ", StringComparison.OrdinalIgnoreCase) && mention.Span.Start == phrase.Start + 4;
}
