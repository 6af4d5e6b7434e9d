using System.Collections.Immutable;
using Triangulate.Documents;

namespace Triangulate.Entities.Resolution;

/// <summary>Why a mention belongs to its entity.</summary>
public enum MentionLink
{
    /// <summary>The entity's own name, or a full name introduced here.</summary>
    Name,
    /// <summary>A gazetteer alias ("the Pentagon" for the U.S. Department of Defense).</summary>
    Alias,
    /// <summary>An acronym defined in the text ("National Intelligence Service (NIS)") or spelling its initials.</summary>
    Acronym,
    /// <summary>A surname, with or without honorific ("Mr. Yang"), for a full name introduced earlier.</summary>
    ShortName,
    /// <summary>A nationality word for its country ("North Korean" → North Korea).</summary>
    Demonym,
    /// <summary>A place standing for its government ("Pyongyang denied" → North Korea); the surface text is untouched.</summary>
    Metonym,
    /// <summary>A pronoun that is the subject of a reporting verb, linked to the speaker before it.</summary>
    Pronoun,
}

/// <summary>A mention in one document and the entity it refers to.</summary>
public sealed record ResolvedMention(Span Span, string Text, EntityType Type, string EntityId, MentionLink Link);

/// <summary>
/// An entity as one document knows it: id (shared across documents when the evidence is strong, see
/// <see cref="EntityResolver"/>), display name, type, the other names it goes by, and roles and affiliations the text
/// gives it ("NIS chief Cho Tae-yong": role "chief", affiliation "National Intelligence Service").
/// </summary>
public sealed record DocumentEntity(
    string Id,
    string Name,
    EntityType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Roles,
    ImmutableArray<string> Affiliations);

/// <summary>Every resolved mention of one document, in text order, and the entities they refer to.</summary>
public sealed record DocumentEntities(ImmutableArray<DocumentEntity> Entities, ImmutableArray<ResolvedMention> Mentions)
{
    public static DocumentEntities Empty { get; } = new([], []);

    public DocumentEntity? Entity(string id) => Entities.FirstOrDefault(e => e.Id == id);

    /// <summary>
    /// The mention that heads a phrase: the last one inside it ("NIS chief Cho Tae-yong" → Cho Tae-yong;
    /// "South Korea's National Intelligence Service" → the service).
    /// </summary>
    public ResolvedMention? HeadIn(Span phrase) => Mentions.LastOrDefault(m => phrase.Contains(m.Span));
}
