using System.Collections.Immutable;
using Triangulate.Documents;

namespace Triangulate.Attribution;

/// <summary>What kind of expression names the source of a statement.</summary>
public enum SourceKind
{
    /// <summary>A proper name or title plus name: "Rep. Park Sun-won", "the White House", "Mr. Yang".</summary>
    Name,
    /// <summary>A personal pronoun: "he", "they"; the entity layer resolves it to an antecedent.</summary>
    Pronoun,
    /// <summary>A common-noun phrase for a specific source: "a government official", "a Russian state TV pundit".</summary>
    Nominal,
    /// <summary>An anonymous or agentless source: "officials", "reports", "it was reported".</summary>
    Generic,
    /// <summary>No source could be found; never guessed.</summary>
    Unknown,
}

/// <summary>Whether the content is the speaker's own words, a paraphrase, or a paraphrase with quoted parts.</summary>
public enum AttributionType { Direct, Indirect, Mixed }

/// <summary>
/// The source of a statement as written. <see cref="Span"/> is the head mention (without appositive) and is null
/// for agentless and unknown sources. <see cref="EntityId"/> and <see cref="DisplayName"/> are filled later by
/// the entity layer (by span overlap, pronoun to antecedent) with a <c>with</c> copy.
/// </summary>
public sealed record SourceMention(Span? Span, string Text, SourceKind Kind, string? EntityId = null, string? DisplayName = null)
{
    public static SourceMention Unknown { get; } = new(null, "", SourceKind.Unknown);

    /// <summary>The best name a reader can be shown: the resolved entity when there is one, else the text.</summary>
    public string Name => DisplayName ?? (Text.Length > 0 ? Text : Kind == SourceKind.Generic ? "(generic)" : "(unknown)");
}

/// <summary>The words that mark attribution: a reporting verb ("said", "denied") or phrase ("according to").</summary>
/// <param name="Lemma">The verb's lemma or the phrase ("say", "deny", "according to").</param>
/// <param name="Class">The stance class from the lexicon (say, believe, deny, confirm, claim, report, ...).</param>
public sealed record Cue(Span Span, string Text, string Lemma, string Class);

/// <summary>
/// A citation edge: the attribution's source relied on another source. <see cref="Evidence"/> is the text that
/// shows it ("citing Japanese sources", "after a briefing by NIS chief Cho Tae-yong", a nested "the NIS said").
/// </summary>
public sealed record Citation(SourceMention Cited, Span Evidence, string Kind);

/// <summary>
/// One attribution: who (source), the cue, what (content), how (direct, indirect, mixed), and where and when the
/// statement was made when the text says so. <see cref="SourceExtent"/> is the full source phrase including any
/// appositive ("Hugh Hill, a doctor,"); <see cref="Evidence"/> covers the whole attribution.
/// </summary>
public sealed record AttributionRelation(
    SourceMention Source,
    Span? SourceExtent,
    Cue? Cue,
    Span Content,
    AttributionType Type,
    Span Evidence,
    Span? Channel,
    string? ChannelKind,
    Span? Time,
    ImmutableArray<Citation> Cites)
{
    /// <summary>True when the speaker was carried over from an adjacent quote of the same paragraph or a continued quote.</summary>
    public bool Inherited { get; init; }

    /// <summary>True when the cue stands inside someone else's direct quote ("I think ..." within a quote).</summary>
    public bool InsideQuote { get; init; }
}

/// <summary>All attributions of one document, in text order of their content.</summary>
public sealed record Attributions(ImmutableArray<AttributionRelation> Items)
{
    public static Attributions Empty { get; } = new([]);
}
