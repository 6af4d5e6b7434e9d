using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Documents;

namespace Triangulate.Entities.Resolution;

/// <summary>One mention of a canonical entity: which document, where, as written, and why it was linked.</summary>
public sealed record EntityMentionRef(string DocumentId, Span Span, string Text, MentionLink Link);

/// <summary>A canonical entity across all documents, with every name it went by and every mention.</summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Roles,
    ImmutableArray<string> Affiliations,
    ImmutableArray<string> Documents,
    ImmutableArray<EntityMentionRef> Mentions);

/// <summary>
/// Canonical entities across documents. Documents already share ids where the evidence is strong (gazetteer, same
/// full name); the one merge added here is an alias a document declares ("Korea Institute for Defense Analyses
/// (KIDA)") for a bare "KIDA" in another document, and only when that alias names exactly one entity.
/// </summary>
public sealed class EntityCatalog
{
    private readonly FrozenDictionary<string, string> _canonical;
    private readonly FrozenDictionary<string, Entity> _byId;

    private EntityCatalog(ImmutableArray<Entity> entities, FrozenDictionary<string, string> canonical)
    {
        Entities = entities;
        _canonical = canonical;
        _byId = entities.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public static EntityCatalog Empty { get; } = new([], FrozenDictionary<string, string>.Empty);

    /// <summary>Most mentioned first.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>The canonical id for a document-level id (itself unless a cross-document alias merged it).</summary>
    public string CanonicalId(string id) => _canonical.GetValueOrDefault(id, id);

    public Entity? this[string id] => _byId.GetValueOrDefault(CanonicalId(id));

    public static EntityCatalog Build(IEnumerable<(string DocumentId, DocumentEntities Entities)> documents)
    {
        var docs = documents.ToList();
        var declared = docs
            .SelectMany(d => d.Entities.Mentions.Where(m => m.Link == MentionLink.Acronym).Select(m => (m.Text, m.EntityId)))
            .Distinct()
            .GroupBy(x => x.Text)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().EntityId);
        var canonical = new Dictionary<string, string>();
        foreach (var entity in docs.SelectMany(d => d.Entities.Entities))
            if (declared.TryGetValue(entity.Name, out var target) && target != entity.Id && entity.Id.StartsWith(entity.Type.ToString().ToLowerInvariant() + "/"))
                canonical[entity.Id] = target;
        string Canon(string id) => canonical.GetValueOrDefault(id, id);

        var mentions = docs
            .SelectMany(d => d.Entities.Mentions.Select(m => (Id: Canon(m.EntityId), Ref: new EntityMentionRef(d.DocumentId, m.Span, m.Text, m.Link))))
            .ToLookup(x => x.Id, x => x.Ref);
        var merged = docs
            .SelectMany(d => d.Entities.Entities)
            .GroupBy(e => Canon(e.Id))
            .Select(g =>
            {
                var refs = mentions[g.Key].ToImmutableArray();
                // The entity the others merged into names the group; a person goes by the fullest form of the name.
                var own = g.FirstOrDefault(e => e.Id == g.Key) ?? g.First();
                var name = own.Type == EntityType.Person ? g.MaxBy(e => e.Name.Length)!.Name : own.Name;
                return new Entity(
                    g.Key, name, own.Type,
                    [.. g.SelectMany(e => e.Aliases.Append(e.Name)).Where(a => a != name).Distinct().Order(StringComparer.Ordinal)],
                    [.. g.SelectMany(e => e.Roles).Distinct().Order(StringComparer.Ordinal)],
                    [.. g.SelectMany(e => e.Affiliations).Distinct().Order(StringComparer.Ordinal)],
                    [.. refs.Select(r => r.DocumentId).Distinct()],
                    refs);
            })
            .OrderByDescending(e => e.Mentions.Length)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new EntityCatalog(merged, canonical.ToFrozenDictionary());
    }
}
