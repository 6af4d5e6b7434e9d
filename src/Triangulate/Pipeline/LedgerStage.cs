using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Attribution;
using Triangulate.Claims;
using Triangulate.Documents;
using Triangulate.Quantities;
using System.Text.Json;
using Triangulate.Entities;
using Triangulate.Entities.Resolution;
using Triangulate.Ledger;
using System.Globalization;
using Triangulate.Resources;
using Triangulate.Time;

namespace Triangulate.Pipeline;

/// <summary>
/// The cross-document step: reads every analyzed document's layers as claim inputs, extracts claims, and
/// aggregates them into the ledger. This is where the stages meet; each adapter below maps one stage's output.
/// </summary>
public sealed class LedgerStage
{
    private readonly ClaimExtractor _extractor;
    private readonly FrozenDictionary<string, Stance> _cueStances;

    public LedgerStage(ClaimExtractor extractor, FrozenDictionary<string, Stance> cueStances)
    {
        _extractor = extractor;
        _cueStances = cueStances;
    }

    public static LedgerStage Default { get; } = new(
        ClaimExtractor.Default,
        Lexicon.Rows("Claims/Resources/cue-stance.tsv").ToFrozenDictionary(r => r[0], r => StanceReader.ParseStance(r[1])));

    /// <summary>The entities across all documents: built first, since claims name their holders by canonical entity.</summary>
    public static EntityCatalog EntitiesOf(IReadOnlyList<AnalyzedDocument> documents) =>
        EntityCatalog.Build(documents.Select(d => (d.Document.Id, d.Entities)));

    /// <summary>
    /// The stories of the batch, from the canonical entities each document names; a pronoun repeats a name already
    /// counted, so it adds nothing.
    /// </summary>
    public static ImmutableArray<Story> StoriesOf(IReadOnlyList<AnalyzedDocument> documents, EntityCatalog entities)
    {
        var counts = documents.ToDictionary(d => d.Document.Id, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var entity in entities.Entities)
            foreach (var mention in entity.Mentions)
                if (mention.Link != MentionLink.Pronoun && counts.TryGetValue(mention.DocumentId, out var named))
                    named[entity.Id] = named.GetValueOrDefault(entity.Id) + 1;
        return StoryGrouping.Group([.. documents.Select(d => new StoryDocument(d.Document.Id, d.Document.Metadata.Published?.Date, counts[d.Document.Id]))],
            id => entities[id]?.Name ?? id);
    }

    public ClaimLedger Build(IReadOnlyList<AnalyzedDocument> documents, EntityCatalog entities)
    {
        var inputs = documents.AsParallel().AsOrdered().Select(d => InputsOf(d, entities)).ToList();
        var storyOwners = ClaimExtractor.Dominant(inputs.SelectMany(_extractor.OwnersNamed));
        var claims = inputs.AsParallel().AsOrdered().SelectMany(i => _extractor.Extract(i, storyOwners)).ToList();
        var citations = documents.SelectMany(d => CitationsOf(d, entities)).ToList();
        return new LedgerBuilder().Build(claims, citations, StoriesOf(documents, entities));
    }

    public ClaimInputs InputsOf(AnalyzedDocument analyzed, EntityCatalog entities) => new(
        analyzed.Document,
        analyzed.Segmentation,
        [.. analyzed.Attributions.Items.Where(a => !a.InsideQuote).SelectMany(a => StatementsOf(analyzed, a, entities))],
        [.. analyzed.Quantities.Where(IsFigure).Select(FigureOf)],
        [.. ParticipantsOf(analyzed, entities)],
        [.. analyzed.Times.Where(t => t.Resolved && t.Type is TimexType.Date or TimexType.Time && char.IsDigit(t.Value[0])).Select(t => new TimeInput(t.Span, t.Value))]);

    /// <summary>One statement per speaker: "Russia and North Korea have neither confirmed nor denied" is both of theirs.</summary>
    private IEnumerable<StatementInput> StatementsOf(AnalyzedDocument analyzed, AttributionRelation a, EntityCatalog entities)
    {
        var statedOn = a.Time is { } span && analyzed.Times.Covering(span) is { } time ? DateOf(time) : null;
        return SpeakersOf(analyzed, a.Source, entities).Select(holder => new StatementInput(
            holder,
            a.Cue?.Span,
            a.Cue?.Text,
            a.Cue is { } cue ? CueStance(analyzed.Document.Text, a, cue) : Stance.Asserted,
            a.Content,
            [.. a.Cites.Where(IsReliableCitation).Select(c => HolderOf(c.Cited, entities)).Where(h => h.Kind != HolderKind.Unknown)],
            statedOn?.Date,
            statedOn?.Precision,
            a.Time?.Of(analyzed.Document.Text)));
    }

    private static IEnumerable<Holder> SpeakersOf(AnalyzedDocument analyzed, SourceMention source, EntityCatalog entities)
    {
        if (source is { Kind: SourceKind.Name, Span: { } span } && Conjuncts(analyzed, span) is { Count: > 1 } conjuncts)
            return conjuncts.Select(m => entities[m.EntityId] is { } e ? new Holder(e.Id, e.Name, HolderKind.Entity) : HolderOf(source, entities)).DistinctBy(h => h.Key);
        return [HolderOf(source, entities)];
    }

    /// <summary>The entity mentions a coordinated source is made of ("Russia and North Korea"), or none when it is not one.</summary>
    private static List<ResolvedMention> Conjuncts(AnalyzedDocument analyzed, Span phrase)
    {
        var text = analyzed.Document.Text;
        var inside = analyzed.Entities.Mentions.Where(m => phrase.Contains(m.Span) && m.Link != MentionLink.Pronoun).ToList();
        if (inside.Count < 2 || inside[^1].Span.End != phrase.End) return [];
        var lead = text[phrase.Start..inside[0].Span.Start].Trim();
        if (lead.Length > 0 && !lead.Equals("the", StringComparison.OrdinalIgnoreCase)) return [];
        for (var i = 1; i < inside.Count; i++)
            if (text[inside[i - 1].Span.End..inside[i].Span.Start].Trim() is not ("and" or "," or ", and")) return [];
        return inside;
    }

    /// <summary>
    /// A level something is measured at: not a change ("rose 7%"), not a span of time ("over nine years"), and
    /// bounded by at least one number.
    /// </summary>
    private static bool IsFigure(Quantity q) =>
        q.Change == Change.None && q.Unit is not ("year" or "month" or "week" or "day" or "hour" or "minute") && (q.Low ?? q.High) is not null;

    private static FigureInput FigureOf(Quantity q) => new(
        q.Span, q.Text, q.Low, q.High, JsonNamingPolicy.KebabCaseLower.ConvertName(q.Qualifier.ToString()), q.Unit, q.Rate, q.CountedThing, q.CountedThingSpan);

    /// <summary>
    /// Countries, groups, organizations and people the text names, under their canonical names: a demonym or a
    /// metonymic capital is its country ("North Korean troops" are North Korea's). Speaking pronouns are not
    /// participants of what is said.
    /// </summary>
    private static IEnumerable<ParticipantInput> ParticipantsOf(AnalyzedDocument analyzed, EntityCatalog entities)
    {
        foreach (var mention in analyzed.Entities.Mentions.Where(m => m.Link != MentionLink.Pronoun))
        {
            if (entities[mention.EntityId] is not { } entity) continue;
            ParticipantKind? kind = entity.Type switch
            {
                EntityType.Gpe or EntityType.Loc => Gazetteer.Default.IsCountry(entity.Id) ? ParticipantKind.Place : ParticipantKind.Locality,
                EntityType.Norp => ParticipantKind.Group,
                EntityType.Org => ParticipantKind.Organization,
                EntityType.Person => ParticipantKind.Person,
                _ => null,
            };
            if (kind is not { } k) continue;
            var country = k == ParticipantKind.Organization
                ? entity.Affiliations.FirstOrDefault(a => Gazetteer.Default.Lookup(a) is { Type: EntityType.Gpe, Form: GazetteerForm.Name })
                : null;
            yield return new ParticipantInput(mention.Span, entity.Id, entity.Name, k, country);
        }
    }

    /// <summary>
    /// The first day a resolved date expression covers, with its precision: "Wednesday" is a day, "last week" the
    /// Monday of that week at week precision. Unresolved expressions (no publication date) give nothing.
    /// </summary>
    public static (DateOnly Date, string Precision)? DateOf(TimeExpression time)
    {
        if (!time.Resolved || time.Type != TimexType.Date) return null;
        var precision = time.Precision.ToString().ToLowerInvariant();
        if (time.RangeStart is { } start) return (start, precision);
        var v = time.Value;
        if (v.Length >= 10 && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", out var day)) return (day, precision);
        if (v.Length == 8 && v[4] == '-' && v[5] == 'W' && int.TryParse(v[..4], out var wy) && int.TryParse(v[6..], out var week))
            return (DateOnly.FromDateTime(ISOWeek.ToDateTime(wy, week, DayOfWeek.Monday)), precision);
        if (v.Length == 7 && DateOnly.TryParseExact(v + "-01", "yyyy-MM-dd", out var month)) return (month, precision);
        if (v.Length == 4 && int.TryParse(v, out var year)) return (new DateOnly(year, 1, 1), precision);
        return null;
    }

    /// <summary>
    /// What the cue says, read with its own words ("has not confirmed" is no confirmation), the word that opens its
    /// content ("did not say whether") and a source word that stands right before it for a source named elsewhere
    /// ("Neither has confirmed": none of the group has).
    /// </summary>
    private Stance CueStance(string text, AttributionRelation a, Cue cue)
    {
        var byWord = _cueStances.TryGetValue(cue.Lemma, out var byLemma) ? byLemma : _cueStances.GetValueOrDefault(cue.Class, Stance.Asserted);
        var start = a.SourceExtent is { } extent && a.Source.Span is { } head && !head.Overlaps(extent) && Adjacent(text, extent, cue.Span)
            ? extent.Start
            : cue.Span.Start;
        var end = Adjacent(text, cue.Span, a.Content) && text.IndexOf(' ', a.Content.Start, a.Content.Length) is var space and > 0
            ? space
            : cue.Span.End;
        return StanceReader.Default.Read(text, Span.FromBounds(start, end), byWord).Stance;
    }

    private static bool Adjacent(string text, Span left, Span right) =>
        left.End <= right.Start && string.IsNullOrWhiteSpace(text[left.End..right.Start]);

    private static IEnumerable<CitationEdge> CitationsOf(AnalyzedDocument analyzed, EntityCatalog entities)
    {
        var doc = analyzed.Document;
        foreach (var a in analyzed.Attributions.Items)
        {
            var from = HolderOf(a.Source, entities);
            if (from.Kind == HolderKind.Unknown) continue;
            foreach (var citation in a.Cites.Where(IsReliableCitation))
            {
                var to = HolderOf(citation.Cited, entities);
                if (to.Kind == HolderKind.Unknown || to.Key == from.Key) continue;
                yield return new CitationEdge(from, to, doc.Id, doc.Metadata.DisplaySource, citation.Evidence, citation.Evidence.Of(doc.Text));
            }
        }
    }

    /// <summary>
    /// Explicit citations ("citing", "after a briefing by", "restated what") always count; an attribution nested in
    /// another speaker's words counts only when it names its source, since a misread nested source would make two
    /// independent origins look dependent.
    /// </summary>
    private static bool IsReliableCitation(Citation citation) =>
        citation.Kind != "nested" || citation.Cited.Kind == SourceKind.Name || citation.Cited.EntityId is not null;

    /// <summary>
    /// A holder from a source mention: the canonical entity when the entity layer linked one, else the name as
    /// written. Pronouns that nothing resolved stay unknown: a guess would be dressed up as a fact.
    /// </summary>
    public static Holder HolderOf(SourceMention source, EntityCatalog entities)
    {
        if (source.EntityId is { } id)
            return entities[id] is { } entity
                ? new Holder(entity.Id, entity.Name, HolderKind.Entity)
                : new Holder(id, source.DisplayName ?? source.Text, HolderKind.Entity);
        var name = WithoutArticle(source.Text);
        return source.Kind switch
        {
            SourceKind.Name or SourceKind.Nominal => new Holder("name:" + Normalize(name), name, HolderKind.Entity),
            SourceKind.Generic when name.Length > 0 => new Holder("generic:" + Normalize(name), name, HolderKind.Generic),
            _ => Holder.Unknown,
        };
    }

    private static string WithoutArticle(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.ToLowerInvariant().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
