using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Attribution;
using Triangulate.Documents;
using SegmentationLayer = Triangulate.Segmentation.Segmentation;

namespace Triangulate.Entities.Resolution;

/// <summary>
/// Resolves one document's name mentions to entities. Ids are shared across documents only on strong evidence:
/// a gazetteer entry, or the same full name. A surname alone links to the full name introduced before it in the
/// same document; where there is none it stays its own entity, scoped to the document, because a wrong merge
/// silently destroys a fact ("Mr. Kim" is many people).
/// </summary>
public sealed partial class EntityResolver
{
    private const int MaxAppositionTokens = 12;
    private const int PronounParagraphReach = 3;

    private readonly Gazetteer _gazetteer;

    public EntityResolver(Gazetteer gazetteer) => _gazetteer = gazetteer;

    public static EntityResolver Default { get; } = new(Gazetteer.Default);

    /// <param name="tagged">The recognizer's mentions; gazetteer names it missed are added.</param>
    /// <param name="attributions">Speakers: a capital that speaks is its government, and pronoun speakers get antecedents.</param>
    public DocumentEntities Resolve(Document document, SegmentationLayer segmentation, IReadOnlyList<EntityMention> tagged, Attributions attributions)
    {
        var run = new Run(this, document, segmentation, attributions);
        foreach (var mention in Candidates(document.Text, segmentation, tagged)) run.Add(mention);
        run.ReadTitles();
        run.LinkPronouns();
        return run.Result();
    }

    /// <summary>
    /// The recognizer's mentions, trimmed of titles and trailing dots, plus gazetteer matches and family-name-first
    /// personal names ("Kim Tae-hyo"), which win over what they overlap; otherwise longest first.
    /// </summary>
    private List<EntityMention> Candidates(string text, SegmentationLayer segmentation, IReadOnlyList<EntityMention> tagged)
    {
        var all = tagged.Select(m => (Mention: StripTitles(text, TrimPunctuation(text, m)), FromGazetteer: false)).Where(m => m.Mention.Span.Length > 0).ToList();
        all.AddRange(GazetteerMatches(text, segmentation).Select(m => (m, true)));
        var names = FamilyNameFirst(text).ToList();
        all.RemoveAll(m => names.Any(n => n.Span.Overlaps(m.Mention.Span) && !m.Mention.Span.Contains(n.Span)));
        all.RemoveAll(m => names.Any(n => m.Mention.Span == n.Span));
        all.AddRange(names.Select(n => (n, true)));
        var kept = new List<EntityMention>();
        foreach (var (mention, _) in all.OrderByDescending(m => m.Mention.Span.Length).ThenByDescending(m => m.FromGazetteer))
            if (!kept.Any(k => k.Span.Overlaps(mention.Span))) kept.Add(mention);
        return [.. kept.OrderBy(m => m.Span.Start)];
    }

    private IEnumerable<EntityMention> GazetteerMatches(string text, SegmentationLayer segmentation)
    {
        var tokens = segmentation.Tokens;
        var maxTokens = _gazetteer.MaxFormWords * 2;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!char.IsUpper(tokens[i].Text[0]) || tokens[i].Text == "The" || !_gazetteer.MayStartWith(tokens[i].Text)) continue;
            for (var end = Math.Min(tokens.Length, i + maxTokens); end > i; end--)
            {
                var span = Span.FromBounds(tokens[i].Span.Start, tokens[end - 1].Span.End);
                if (end - 1 > i && text.AsSpan(span.Start, span.Length).Contains('\n')) continue;
                if (_gazetteer.Lookup(span.Of(text)) is not { } entry) continue;
                yield return new EntityMention(span, span.Of(text), entry.Type);
                i = end - 1;
                break;
            }
        }
    }

    private IEnumerable<EntityMention> FamilyNameFirst(string text)
    {
        foreach (Match m in FamilyNamePattern().Matches(text))
            if (_gazetteer.FamilyNames.Contains(m.Groups["family"].Value))
                yield return new EntityMention(new Span(m.Index, m.Length), m.Value, EntityType.Person);
    }

    [GeneratedRegex(@"\b(?<family>[A-Z][a-z]{0,5}) [A-Z][a-z]+-[a-z]+\b")]
    private static partial Regex FamilyNamePattern();

    private static EntityMention TrimPunctuation(string text, EntityMention mention)
    {
        var end = mention.Span.End;
        while (end > mention.Span.Start && (text[end - 1] is ',' or ';' or ':' || text[end - 1] == '.' && !KeepsDot(text, mention.Span.Start, end))) end--;
        var span = Span.FromBounds(mention.Span.Start, end);
        return span == mention.Span ? mention : mention with { Span = span, Text = span.Of(text) };
    }

    /// <summary>"U.S." and an initial ("V.") keep their final dot; "Yoon." at a sentence end does not.</summary>
    private static bool KeepsDot(string text, int start, int end)
    {
        var word = text[start..end];
        var last = word[(word.LastIndexOf(' ') + 1)..];
        return last.IndexOf('.') < last.Length - 1 || last.Length == 2;
    }

    /// <summary>A recognizer may take "President" or "Mr." into a person's name; titles are roles, not names.</summary>
    private EntityMention StripTitles(string text, EntityMention mention)
    {
        if (mention.Type != EntityType.Person) return mention;
        var start = mention.Span.Start;
        foreach (Match word in WordPattern().Matches(mention.Text))
        {
            if (!_gazetteer.Honorifics.ContainsKey(word.Value) && !_gazetteer.Titles.ContainsKey(word.Value)) break;
            start = mention.Span.Start + word.Index + word.Length;
        }
        while (start < mention.Span.End && char.IsWhiteSpace(text[start])) start++;
        var span = Span.FromBounds(start, mention.Span.End);
        return mention with { Span = span, Text = span.Of(text) };
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s*\((?<acronym>[A-Z][A-Za-z.&-]{1,9})\)")]
    private static partial Regex AcronymDefinition();

    /// <summary>One document's resolution in progress; lives for one call only.</summary>
    private sealed class Run(EntityResolver owner, Document document, SegmentationLayer segmentation, Attributions attributions)
    {
        private readonly Gazetteer _gazetteer = owner._gazetteer;
        private readonly string _text = document.Text;
        private readonly Dictionary<string, EntityBuilder> _entities = [];
        private readonly List<ResolvedMention> _mentions = [];
        private readonly Dictionary<string, string> _shortNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);
        private readonly List<Span> _speakers = [.. attributions.Items.Select(a => a.Source.Span).OfType<Span>()];

        public void Add(EntityMention mention)
        {
            var (id, name, type, link) = Identify(mention);
            var entity = Entity(id, name, type);
            // A known organization belongs to its country ("Korean People's Army" → North Korea).
            if (type == EntityType.Org && _gazetteer.Lookup(mention.Text) is { Country: { } country } && _gazetteer.NameOf(country) is { } countryName)
                entity.Affiliations.Add(countryName);
            entity.Aliases.Add(mention.Text);
            if (type == EntityType.Person && link == MentionLink.Name && mention.Text.Length > entity.Name.Length) entity.Name = mention.Text;
            _mentions.Add(new ResolvedMention(mention.Span, mention.Text, mention.Type, id, link));
            if (type is EntityType.Org or EntityType.Gpe or EntityType.Misc && AcronymDefinition().Match(_text, mention.Span.End, Math.Min(20, _text.Length - mention.Span.End)) is { Success: true } definition)
            {
                _acronyms[definition.Groups["acronym"].Value] = id;
                entity.Aliases.Add(definition.Groups["acronym"].Value);
            }
        }

        private (string Id, string Name, EntityType Type, MentionLink Link) Identify(EntityMention mention)
        {
            if (_gazetteer.Lookup(mention.Text) is { } entry)
            {
                if (entry.Form == GazetteerForm.Demonym) return (entry.Id, entry.Name, EntityType.Gpe, MentionLink.Demonym);
                if (entry.Form == GazetteerForm.Capital && entry.Country is { } country && IsMetonymic(mention.Span))
                {
                    return (country, _gazetteer.NameOf(country) ?? country, EntityType.Gpe, MentionLink.Metonym);
                }
                var link = Gazetteer.Normalize(WithoutThe(mention.Text)) == entry.Name ? MentionLink.Name : MentionLink.Alias;
                if (entry.Type == EntityType.Person)
                {
                    RememberShortNames(entry.Name, entry.Id);
                    RememberShortNames(mention.Text, entry.Id);
                }
                return (entry.Id, entry.Name, entry.Type, link);
            }
            var name = WithoutThe(mention.Text);
            if (mention.Type == EntityType.Person) return IdentifyPerson(mention, name);
            if (IsAcronym(name) && (AcronymTarget(name) is { } target))
                return (target.Id, target.Name, target.Type, MentionLink.Acronym);
            return (Gazetteer.IdOf(mention.Type, name), name, mention.Type, MentionLink.Name);
        }

        private (string, string, EntityType, MentionLink) IdentifyPerson(EntityMention mention, string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2)
            {
                var id = Gazetteer.IdOf(EntityType.Person, name);
                RememberShortNames(name, id);
                return (id, name, EntityType.Person, MentionLink.Name);
            }
            if (_shortNames.TryGetValue(name, out var known)) return (known, _entities[known].Name, EntityType.Person, MentionLink.ShortName);
            // A surname nobody introduced: its own entity, kept to this document.
            var honorific = HonorificBefore(mention.Span);
            var display = honorific is null ? name : honorific + " " + name;
            return (Gazetteer.IdOf(EntityType.Person, display) + "@" + document.Id[..Math.Min(8, document.Id.Length)], display, EntityType.Person, MentionLink.Name);
        }

        /// <summary>
        /// Both ends of a full name can be the surname: "Ms. Singh" for Sabrina Singh, "Mr. Yang" for Yang Uk. The
        /// latest full name wins, which is how reporters reuse a surname after introducing a second person.
        /// </summary>
        private void RememberShortNames(string fullName, string id)
        {
            var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) return;
            _shortNames[words[0]] = id;
            _shortNames[words[^1]] = id;
        }

        private EntityBuilder? AcronymTarget(string acronym)
        {
            if (_acronyms.TryGetValue(acronym, out var declared)) return _entities[declared];
            var letters = acronym.Replace(".", "");
            return _entities.Values.LastOrDefault(e => e.Type == EntityType.Org && Initials(e.Name) == letters);
        }

        private static string Initials(string name) =>
            string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsUpper(w[0]))
                .Select(w => w[0]));

        private static bool IsAcronym(string name) =>
            name.Length is >= 2 and <= 10 && name.All(c => char.IsUpper(c) || c == '.' || c == '&') && name.Count(char.IsUpper) >= 2;

        /// <summary>
        /// A capital stands for its government when it owns something ("Seoul's estimate", even "to Seoul's number"),
        /// speaks, or is followed by a verb; otherwise never after a locative preposition ("troops arrived in Moscow").
        /// </summary>
        private bool IsMetonymic(Span span)
        {
            var tokens = segmentation.Tokens;
            var next = segmentation.TokenIndexAt(span.End);
            if (next < tokens.Length && tokens[next].Text is "'s" or "’s") return true;
            var index = segmentation.TokenIndexAt(span.Start);
            if (index > 0 && _gazetteer.Locatives.Contains(tokens[index - 1].Text)) return false;
            if (_speakers.Any(s => s.Contains(span))) return true;
            return next < tokens.Length && _gazetteer.MetonymyVerbs.Contains(tokens[next].Text);
        }

        /// <summary>
        /// Titles before a person's name ("NIS chief", "South Korean Defense Minister") and after it, in apposition;
        /// read once every mention is known, since an affiliation can follow the name.
        /// </summary>
        public void ReadTitles()
        {
            foreach (var mention in _mentions.Where(m => m.Type == EntityType.Person).ToList())
                ReadTitles(mention, _entities[mention.EntityId]);
        }

        private void ReadTitles(ResolvedMention mention, EntityBuilder entity)
        {
            if (HonorificBefore(mention.Span) is { } honorific && _gazetteer.Honorifics[honorific] is "m" or "f")
                entity.Gender = _gazetteer.Honorifics[honorific];
            var tokens = segmentation.Tokens;
            var index = segmentation.TokenIndexAt(mention.Span.Start);
            for (var words = Math.Min(_gazetteer.MaxTitleWords, index); words >= 1; words--)
            {
                var title = Span.FromBounds(tokens[index - words].Span.Start, tokens[index - 1].Span.End).Of(_text);
                if (!_gazetteer.Titles.TryGetValue(title, out var role)) continue;
                entity.Roles.Add(role);
                if (MentionEndingBefore(index - words) is { } affiliation) entity.Affiliations.Add(_entities[affiliation.EntityId].Name);
                break;
            }
            ReadApposition(mention, entity);
        }

        /// <summary>"Sabrina Singh, a Pentagon spokesperson," — a title and affiliation in the commas after a name.</summary>
        private void ReadApposition(ResolvedMention mention, EntityBuilder entity)
        {
            var tokens = segmentation.Tokens;
            var index = segmentation.TokenIndexAt(mention.Span.End);
            if (index >= tokens.Length || tokens[index].Text != ",") return;
            var sentence = segmentation.SentenceAt(mention.Span.Start);
            var limit = sentence is null ? tokens.Length : sentence.FirstToken + sentence.TokenCount;
            for (var k = index + 1; k < Math.Min(limit, index + MaxAppositionTokens); k++)
            {
                if (tokens[k].Text is "," or ";" or "“" or "\"") return;
                if (!_gazetteer.Titles.TryGetValue(tokens[k].Text, out var role) && !_gazetteer.Titles.TryGetValue(tokens[k].Text.ToLowerInvariant(), out role)) continue;
                if (k + 1 < limit && tokens[k + 1].Text is not ("," or "." or "of" or "for" or "at" or "with")) continue;
                entity.Roles.Add(role);
                var end = k;
                while (end + 1 < Math.Min(limit, index + MaxAppositionTokens) && tokens[end + 1].Text is not ("," or ";" or "." or "“" or "\"")) end++;
                var appositive = Span.FromBounds(tokens[index + 1].Span.Start, tokens[end].Span.End);
                foreach (var m in _mentions.Where(m => appositive.Contains(m.Span)))
                    entity.Affiliations.Add(_entities[m.EntityId].Name);
                return;
            }
        }

        private ResolvedMention? MentionEndingBefore(int tokenIndex)
        {
            var tokens = segmentation.Tokens;
            var k = tokenIndex - 1;
            if (k >= 0 && tokens[k].Text is "'s" or "’s") k--;
            if (k < 0) return null;
            var end = tokens[k].Span.End;
            return _mentions.LastOrDefault(m => m.Span.End == end);
        }

        private string? HonorificBefore(Span span)
        {
            var index = segmentation.TokenIndexAt(span.Start);
            return index > 0 && _gazetteer.Honorifics.ContainsKey(segmentation.Tokens[index - 1].Text) ? segmentation.Tokens[index - 1].Text : null;
        }

        /// <summary>
        /// A pronoun that speaks ("he said") refers to the nearest speaker before it, in this or the few paragraphs
        /// before, whose kind and known gender fit. When no speaker fits, it stays unresolved.
        /// </summary>
        public void LinkPronouns()
        {
            var speakers = attributions.Items
                .Select(a => a.Source)
                .Where(s => s.Span is not null)
                .DistinctBy(s => s.Span)
                .OrderBy(s => s.Span!.Value.Start)
                .ToList();
            foreach (var pronoun in speakers.Where(s => s.Kind == SourceKind.Pronoun))
            {
                var span = pronoun.Span!.Value;
                var word = pronoun.Text.ToLowerInvariant();
                var paragraph = segmentation.SentenceAt(span.Start)?.Paragraph ?? 0;
                var antecedent = speakers
                    .Where(s => s.Kind != SourceKind.Pronoun && s.Span!.Value.End <= span.Start)
                    .Where(s => segmentation.SentenceAt(s.Span!.Value.Start) is { } sentence && paragraph - sentence.Paragraph <= PronounParagraphReach)
                    .Select(s => HeadOf(s.Span!.Value))
                    .OfType<ResolvedMention>()
                    .LastOrDefault(m => Fits(word, _entities[m.EntityId]));
                if (antecedent is null) continue;
                _mentions.Add(new ResolvedMention(span, pronoun.Text, _entities[antecedent.EntityId].Type, antecedent.EntityId, MentionLink.Pronoun));
            }
        }

        private ResolvedMention? HeadOf(Span phrase) => _mentions.LastOrDefault(m => phrase.Contains(m.Span) && m.Link != MentionLink.Pronoun);

        private static bool Fits(string pronoun, EntityBuilder entity) => pronoun switch
        {
            "he" or "him" => entity.Type == EntityType.Person && entity.Gender != "f",
            "she" or "her" => entity.Type == EntityType.Person && entity.Gender != "m",
            "it" or "they" or "them" => entity.Type is EntityType.Org or EntityType.Gpe,
            _ => false,
        };

        public DocumentEntities Result() => new(
            [.. _entities.Values.OrderBy(e => e.FirstSeen).Select(e => e.Build())],
            [.. _mentions.OrderBy(m => m.Span.Start)]);

        private EntityBuilder Entity(string id, string name, EntityType type)
        {
            if (!_entities.TryGetValue(id, out var entity)) _entities[id] = entity = new EntityBuilder(id, name, type, _entities.Count);
            return entity;
        }

        private static string WithoutThe(string text) =>
            text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
    }

    private sealed class EntityBuilder(string id, string name, EntityType type, int firstSeen)
    {
        public string Id { get; } = id;
        public string Name { get; set; } = name;
        public EntityType Type { get; } = type;
        public int FirstSeen { get; } = firstSeen;
        public string? Gender { get; set; }
        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Roles { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Affiliations { get; } = new(StringComparer.Ordinal);

        public DocumentEntity Build() => new(Id, Name, Type, [.. Aliases.Where(a => a != Name)], [.. Roles], [.. Affiliations]);
    }
}
