using System.Collections.Immutable;
using Triangulate.Documents;
using Triangulate.Segmentation;

namespace Triangulate.Attribution.Tagging;

/// <summary>
/// Applies the role tagger to the rules' attributions: a rule attribution takes the tagger's source boundaries, and a cue
/// the tagger found that no rule did becomes an attribution with the content and source the tagger marked around it.
/// </summary>
internal sealed class RoleTagRefiner(string text, Segmentation.Segmentation seg, AttributionLexicon lex)
{
    private readonly record struct TaggedSpan(AttributionRole Role, int First, int Last, Span Span);

    public ImmutableArray<AttributionRelation> Refine(ImmutableArray<AttributionRelation> rules, int[] tags)
    {
        var spans = SpansOf(tags);
        var cues = spans.Where(s => s.Role == AttributionRole.Cue).ToList();
        var sources = spans.Where(s => s.Role == AttributionRole.Source).ToList();
        var contents = spans.Where(s => s.Role == AttributionRole.Content).ToList();

        var result = new List<AttributionRelation>();
        // The tagger's source boundaries beat the rules' (appositives, relative clauses, titles); the rules' cue and content
        // boundaries scored better on PolNeAR dev, and every rule attribution is kept: where the tagger disagrees, it is
        // mostly PolNeAR's narrower scope (agentless passives, beliefs inside quotes), which the ledger needs.
        // Tagged sources run on to the end of their relative clause, for every attribution that takes them.
        var extended = new Dictionary<Span, Span>();
        foreach (var a in rules)
        {
            if (a.Source.Span is { } head && RefinedExtent(a, head, a.SourceExtent ?? head, sources, extended) is { } extent && !CutsCitation(a, extent))
                result.Add(a with { SourceExtent = extent });
            else if (a.Source is { Span: { } ruled, Kind: not SourceKind.Pronoun } && !lex.Is(a.Source.Text, "possessive") && a.Cites.IsEmpty
                     && Retagged(a, ruled, sources, rules) is { } other)
                result.Add(a with { Source = new SourceMention(other.Span, other.Span.Of(text), lex.SourceKindOf(seg.Tokens.AsSpan(), other.First, other.Last)), SourceExtent = other.Span });
            else result.Add(a);
        }
        foreach (var cue in cues)
        {
            if (rules.Any(a => a.Cue is { } c && c.Span.Overlaps(cue.Span))) continue;
            // A cue word inside a rule attribution's source or cue phrase ("quoted an official as having said") is part of it.
            if (rules.Any(a => a.Evidence.Contains(cue.Span) && !a.Content.Overlaps(cue.Span))) continue;
            if (seg.Tokens[cue.First].Kind == TokenKind.Word && NewAttribution(cue, sources, contents) is { } added)
                result.Add(added.SourceExtent is { } e && extended.TryGetValue(e, out var longer) ? added with { SourceExtent = longer } : added);
        }
        return [.. result.OrderBy(a => a.Content.Start).ThenBy(a => a.Evidence.Start)];
    }

    /// <summary>
    /// The tagger's source phrase around the rules' head mention, when it differs from the rules' extent in more than
    /// edge punctuation (PolNeAR ends appositive sources with and without their comma about equally often).
    /// </summary>
    private Span? RefinedExtent(AttributionRelation a, Span head, Span extent, List<TaggedSpan> sources, Dictionary<Span, Span> extended)
    {
        // "Mr. Kamin, who emphasized": the rules' extent is the relative pronoun, which PolNeAR marks (the head is its
        // antecedent); a tagged phrase that runs from the antecedent into the pronoun does not replace it.
        if (!extent.Overlaps(head) && IsRelativePronoun(extent)) return null;
        var anchor = extent.Overlaps(head) ? head : extent;
        if (Best(sources, anchor) is not { } best || !best.Span.Overlaps(anchor)) return null;
        var clause = ToRelativeClauseEnd(a, best, extent);
        if (clause is { } c) extended[best.Span] = c;
        var tagged = clause ?? WithoutTrailingTime(best, extent);
        return Trim(tagged) == Trim(extent) ? null : tagged;
    }

    /// <summary>
    /// "said Lee Rowan, who teaches law at Ridgefield College": a tagged source that takes in a relative clause about the
    /// speaker but stops inside it (the tagger loses the clause's thread) runs on to the clause's end: the sentence's end after
    /// the cue, the rules' extent (which closes at the clause's comma) before it. Null when the tag holds no such clause.
    /// </summary>
    private Span? ToRelativeClauseEnd(AttributionRelation a, TaggedSpan tagged, Span extent)
    {
        if (a.Cue is not { } cue || seg.SentenceAt(tagged.Span.Start) is not { } sentence) return null;
        var relative = -1;
        for (var i = tagged.First + 1; i <= tagged.Last && relative < 0; i++)
            if (seg.Tokens[i - 1].Text == "," && lex.Is(seg.Tokens[i].Text, "relative")) relative = i;
        if (relative < 0) return null;
        if (tagged.Span.End <= cue.Span.Start)
            return extent.Start == tagged.Span.Start && extent.End > tagged.Span.End && extent.Contains(seg.Tokens[relative].Span) ? extent : null;
        if (tagged.Span.Start < cue.Span.End) return null;
        var last = tagged.Last;
        var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
        while (last + 1 < sentenceEnd && !a.Content.Overlaps(seg.Tokens[last + 1].Span)
               && seg.Tokens[last + 1].Text is not ("“" or "”" or "\"" or ";" or "(")) last++;
        while (last > tagged.Last && seg.Tokens[last].Kind is not (TokenKind.Word or TokenKind.Number)) last--;
        return last == tagged.Last ? null : Span.FromBounds(tagged.Span.Start, seg.Tokens[last].Span.End);
    }

    /// <summary>
    /// The tagged source nearest the cue in its sentence, outside cue and content, when the tagger marked none over the
    /// rules' source phrase: the rules took a wrong phrase ("a series of tweets" for "Trump unleashed a series of tweets saying").
    /// A pronoun the rules found by its cue ("she called", "his criticism of") stays: PolNeAR marks it, where the tagger often marks nothing.
    /// </summary>
    private TaggedSpan? Retagged(AttributionRelation a, Span ruled, List<TaggedSpan> sources, ImmutableArray<AttributionRelation> rules)
    {
        var extent = a.SourceExtent ?? ruled;
        if (a.Cue is not { } cue || sources.Any(s => s.Span.Overlaps(extent) || s.Span.Overlaps(ruled)) || seg.SentenceAt(cue.Span.Start) is not { } sentence) return null;
        var first = seg.TokenIndexAt(cue.Span.Start);
        var last = seg.TokenIndexAt(cue.Span.End) - 1;
        var cueSpan = new TaggedSpan(AttributionRole.Cue, first, last, cue.Span);
        // The tagged phrase is in the cue's own clause: no other statement's source or cue there or in between
        // ("officials said ..., but the Pentagon confirmed" keeps the Pentagon).
        bool OtherStatement(TaggedSpan s)
        {
            var between = Span.FromBounds(Math.Min(s.Span.Start, cue.Span.Start), Math.Max(s.Span.End, cue.Span.End));
            return rules.Any(r => !ReferenceEquals(r, a) && (r.Cue is { } rc && between.Overlaps(rc.Span) && !rc.Span.Overlaps(cue.Span)
                                                              || (r.SourceExtent ?? r.Source.Span) is { } rs && rs.Overlaps(s.Span)));
        }
        return sources.Where(s => s.Span.Overlaps(sentence.Span) && !s.Span.Overlaps(cue.Span) && !s.Span.Overlaps(a.Content) && !OtherStatement(s))
            .OrderBy(s => Distance(s, cueSpan)).Cast<TaggedSpan?>().FirstOrDefault();
    }

    private bool IsRelativePronoun(Span span) =>
        seg.TokenIndexAt(span.Start) is var i && seg.Tokens[i].Span == span && lex.Is(seg.Tokens[i].Text, "relative");

    /// <summary>
    /// The tagged source without a time phrase it appends to the rules' extent ("the Human Rights Council [in 2015]",
    /// "who [in 2010]"): a date tells when, not who.
    /// </summary>
    private Span WithoutTrailingTime(TaggedSpan tagged, Span extent)
    {
        var last = tagged.Last;
        while (last > tagged.First && seg.Tokens[last].Span.Start >= extent.End
               && (seg.Tokens[last].Kind == TokenKind.Number || lex.TimeWords.Contains(seg.Tokens[last].Text))) last--;
        if (last == tagged.Last || last == tagged.First || seg.Tokens[last].Span.Start < extent.End
            || seg.Tokens[last].Text is not ("in" or "on" or "since" or "during")) return tagged.Span;
        return Span.FromBounds(tagged.Span.Start, seg.Tokens[last - 1].Span.End);
    }

    /// <summary>
    /// The rules' extent holds the phrase a citation edge comes from ("Polish media, citing Japanese sources,"); the
    /// tagger's shorter phrase (PolNeAR marks "citing" as a cue of its own) would leave the edge without its evidence.
    /// </summary>
    private static bool CutsCitation(AttributionRelation a, Span extent) =>
        a.SourceExtent is { } ruleExtent && a.Cites.Any(c => ruleExtent.Contains(c.Evidence) && !extent.Contains(c.Evidence));

    private Span Trim(Span span)
    {
        var (start, end) = (span.Start, span.End);
        while (end > start && (char.IsPunctuation(text[end - 1]) || char.IsWhiteSpace(text[end - 1]))) end--;
        return Span.FromBounds(start, end);
    }

    private static TaggedSpan? Best(List<TaggedSpan> candidates, Span span)
    {
        TaggedSpan? best = null;
        var bestOverlap = 0;
        foreach (var c in candidates)
        {
            if (!c.Span.Overlaps(span)) continue;
            var overlap = Math.Min(c.Span.End, span.End) - Math.Max(c.Span.Start, span.Start);
            if (overlap > bestOverlap) { best = c; bestOverlap = overlap; }
        }
        return best;
    }

    /// <summary>A tagged cue with tagged content in its sentence (or running on from it), and its nearest tagged source there.</summary>
    private AttributionRelation? NewAttribution(TaggedSpan cue, List<TaggedSpan> sources, List<TaggedSpan> contents)
    {
        var sentence = seg.SentenceAt(cue.Span.Start);
        if (sentence is null) return null;
        var sentenceSpan = sentence.Span;
        // A content is a statement of a few words; the one after the cue wins a tie ("a video that purportedly showed ...").
        var content = contents.Where(c => (c.Span.Overlaps(sentenceSpan) || c.First == cue.Last + 1) && (WordCount(c) >= 3 || c.First == cue.Last + 1 && !Quoted(c)))
            .OrderBy(c => Distance(c, cue)).ThenBy(c => c.First < cue.First).Cast<TaggedSpan?>().FirstOrDefault();
        if (content is not { } tagged) return null;
        var t = tagged.First > cue.Last && !Quoted(tagged) ? ToClauseEnd(tagged, sentence, sources.Concat(contents).Where(c => c.First > tagged.Last)) : tagged;
        // Without a source the tagger's cue is too often a title or a noun ("the author of", "was shown").
        var source = sources.Where(s => s.Span.Overlaps(sentenceSpan)).OrderBy(s => Distance(s, cue)).Cast<TaggedSpan?>().FirstOrDefault();
        if (source is not { } s) return null;
        // English reports put the content after the cue, or before the cue and its source ("..., the minister said"),
        // not between a source and its cue: there the "content" is part of the source's appositive.
        if (s.Last < t.First && t.Last < cue.First) return null;
        var (headFirst, headLast) = AppositiveHead(s, sentence) ?? (s.First, s.Last);
        var head = Span.FromBounds(seg.Tokens[headFirst].Span.Start, seg.Tokens[headLast].Span.End);
        var sourceExtent = Span.FromBounds(head.Start, s.Span.End);
        var mention = new SourceMention(head, head.Of(text), lex.SourceKindOf(seg.Tokens.AsSpan(), headFirst, headLast));
        var (lemma, cls) = CueClass(cue);
        var start = Math.Min(t.Span.Start, Math.Min(cue.Span.Start, sourceExtent.Start));
        var end = Math.Max(t.Span.End, Math.Max(cue.Span.End, s.Span.End));
        var type = Quoted(t) ? AttributionType.Direct : AttributionType.Indirect;
        return new AttributionRelation(mention, sourceExtent, new Cue(cue.Span, cue.Span.Of(text), lemma, cls), t.Span, type,
            Span.FromBounds(start, end), null, null, null, []);
    }

    /// <summary>
    /// "Dana Reyes, the author of "Quiet Rooms," ... said": a tagged common-noun source right after a capitalised name
    /// and a comma is that name's appositive; the name is the head (a relative pronoun, "George W. Bush, who", is not).
    /// </summary>
    private (int First, int Last)? AppositiveHead(TaggedSpan source, Sentence sentence)
    {
        var comma = source.First - 1;
        if (comma - 1 < sentence.FirstToken || seg.Tokens[comma].Text != "," || !char.IsLower(seg.Tokens[source.First].Text[0])
            || lex.SourceKindOf(seg.Tokens.AsSpan(), source.First, source.Last) != SourceKind.Nominal) return null;
        var first = comma;
        while (first - 1 >= sentence.FirstToken && seg.Tokens[first - 1].Kind == TokenKind.Word && char.IsUpper(seg.Tokens[first - 1].Text[0])) first--;
        return first == comma ? null : (first, comma - 1);
    }

    /// <summary>
    /// A reported clause runs to the end of its sentence (before the final stop), unless another tagged span starts first:
    /// where the rules found nothing, the tagger's content often breaks off early ("is convinced that the North Koreans").
    /// </summary>
    private TaggedSpan ToClauseEnd(TaggedSpan content, Sentence sentence, IEnumerable<TaggedSpan> later)
    {
        var last = sentence.FirstToken + sentence.TokenCount - 1;
        foreach (var other in later) last = Math.Min(last, other.First - 1);
        while (last > content.Last && seg.Tokens[last].Kind != TokenKind.Word && seg.Tokens[last].Kind != TokenKind.Number) last--;
        return last <= content.Last ? content
            : content with { Last = last, Span = Span.FromBounds(content.Span.Start, seg.Tokens[last].Span.End) };
    }

    private int WordCount(TaggedSpan span)
    {
        var words = 0;
        for (var i = span.First; i <= span.Last; i++) if (seg.Tokens[i].Kind is TokenKind.Word or TokenKind.Number) words++;
        return words;
    }

    private static int Distance(TaggedSpan a, TaggedSpan b) => a.Last < b.First ? b.First - a.Last : a.First - b.Last;

    private bool Quoted(TaggedSpan content) =>
        seg.Tokens[content.First].Text is "“" or "\"" && seg.Tokens[content.Last].Text is "”" or "\"" or "." or ",";

    /// <summary>The lexicon's lemma and stance class of the cue's reporting word; a cue the lexicon does not know reports speech.</summary>
    private (string Lemma, string Class) CueClass(TaggedSpan cue)
    {
        for (var i = cue.Last; i >= cue.First; i--)
        {
            var word = seg.Tokens[i].Text;
            if (lex.Verbs.TryGetValue(word, out var verb)) return (verb.Lemma, verb.Class);
            if (lex.Nouns.TryGetValue(word, out var noun)) return (noun.Lemma, noun.Class);
        }
        return (cue.Span.Of(text).ToLowerInvariant(), "say");
    }

    private List<TaggedSpan> SpansOf(int[] tags)
    {
        var spans = new List<TaggedSpan>();
        for (var i = 0; i < tags.Length; i++)
        {
            if (RoleTags.RoleOf(tags[i]) is not { } role || !RoleTags.IsBegin(tags[i])) continue;
            var last = i;
            while (last + 1 < tags.Length && tags[last + 1] == RoleTags.Inside(role)) last++;
            spans.Add(new TaggedSpan(role, i, last, Span.FromBounds(seg.Tokens[i].Span.Start, seg.Tokens[last].Span.End)));
            i = last;
        }
        return spans;
    }
}
