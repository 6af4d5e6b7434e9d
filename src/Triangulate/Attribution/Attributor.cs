using System.Collections.Immutable;
using Triangulate.Documents;
using Triangulate.Attribution.Tagging;
using Triangulate.Resources;
using Triangulate.Segmentation;

namespace Triangulate.Attribution;

/// <summary>
/// Finds who said what: direct quotes, reported speech, beliefs and intentions, with source, cue and content
/// spans, the channel and time of the statement, and citation edges between sources. Rules work on tokens and
/// the word lists of <see cref="AttributionLexicon"/>; no parser. Stateless after construction.
/// </summary>
public sealed class Attributor
{
    public const string TaggerResource = "Attribution/Resources/attribution.model.gz";

    private static readonly Lazy<Attributor> LazyDefault = new(() =>
    {
        using var stream = Lexicon.Open(TaggerResource);
        return new Attributor(AttributionLexicon.Default, RoleTaggerModel.Read(stream));
    });

    private readonly AttributionLexicon _lex;
    private readonly RoleTaggerModel? _tagger;

    /// <param name="tagger">The role tagger that refines the rules' spans and adds cues they miss; null for rules alone.</param>
    public Attributor(AttributionLexicon lexicon, RoleTaggerModel? tagger = null)
    {
        _lex = lexicon;
        _tagger = tagger;
    }

    /// <summary>The rules with the shipped role tagger, loaded on first use.</summary>
    public static Attributor Default => LazyDefault.Value;

    public Attributions Attribute(Document document, Segmentation.Segmentation segmentation)
    {
        var (rules, quotes) = Rules(document.Text, segmentation);
        if (_tagger is null) return new Attributions(GroupSubjects.Resolve(rules, document.Text, segmentation, _lex));
        var tags = _tagger.Tag(RoleFeatures.Extract(segmentation, quotes, rules, _lex));
        var refined = new RoleTagRefiner(document.Text, segmentation, _lex).Refine(rules, tags);
        return new Attributions(GroupSubjects.Resolve(refined, document.Text, segmentation, _lex));
    }

    /// <summary>What the rules alone find, and the quotes they read: the tagger's input.</summary>
    internal (ImmutableArray<AttributionRelation> Found, ImmutableArray<Quote> Quotes) Rules(string text, Segmentation.Segmentation segmentation)
    {
        var run = new Run(_lex, text, segmentation);
        foreach (var sentence in segmentation.Sentences) run.FindCues(sentence);
        run.SignedQuotes();
        run.AttributeRemainingQuotes();
        return (run.Finish(), run.Quotes);
    }

    /// <summary>The working state of one document.</summary>
    private sealed class Run
    {
        private readonly AttributionLexicon _lex;
        private readonly string _text;
        private readonly Segmentation.Segmentation _seg;
        private readonly ImmutableArray<Token> _tok;
        private readonly ImmutableArray<Quote> _quotes;
        public ImmutableArray<Quote> Quotes => _quotes;
        private readonly int[] _quoteOfToken;
        private readonly Dictionary<int, int> _quoteByClose = [];
        private readonly Dictionary<int, int> _quoteByOpen = [];
        private readonly List<AttributionRelation> _found = [];
        /// <summary>The sentence being read is a headline in title case ("Sanders Says He Will Stay In The Race").</summary>
        private bool _headline;

        public Run(AttributionLexicon lex, string text, Segmentation.Segmentation seg)
        {
            _lex = lex;
            _text = text;
            _seg = seg;
            _tok = seg.Tokens;
            _quotes = QuoteScanner.Scan(text, seg);
            _quoteOfToken = new int[_tok.Length];
            Array.Fill(_quoteOfToken, -1);
            for (var q = 0; q < _quotes.Length; q++)
            {
                var (first, last) = TokenRange(_quotes[q].Span);
                for (var t = first; t <= last; t++) _quoteOfToken[t] = q;
                _quoteByOpen[first] = q;
                _quoteByClose[last] = q;
            }
        }

        private (int First, int Last) TokenRange(Span span) =>
            (_seg.TokenIndexAt(span.Start), _seg.TokenIndexAt(span.End) - 1);

        // ---- token tests ------------------------------------------------------------------------------------
        // Rules look a few tokens left and right of a cue; outside the document every test answers no.

        private bool InDocument(int i) => (uint)i < (uint)_tok.Length;
        private string W(int i) => InDocument(i) ? _tok[i].Text : "";
        private bool IsWord(int i) => InDocument(i) && _tok[i].Kind is TokenKind.Word or TokenKind.Number;
        private bool IsCap(int i) => InDocument(i) && _tok[i].Kind == TokenKind.Word && char.IsUpper(_tok[i].Text[0]);
        private bool Is(int i, string role) => InDocument(i) && _lex.Is(_tok[i].Text, role);
        private bool IsPunct(int i, string p) => InDocument(i) && _tok[i].Kind != TokenKind.Word && _tok[i].Text == p;
        private bool IsTerminal(int i) => InDocument(i) && _tok[i].Text is "." or "!" or "?" or "...";

        private bool IsQuoteMark(int i) =>
            InDocument(i) && _tok[i].Text is "“" or "”" or "\"" or "«" or "»" or "`" or "'" && _tok[i].Kind != TokenKind.Word;

        private bool IsTimeWord(int i) => IsWord(i) && _lex.TimeWords.Contains(_tok[i].Text);

        private SourceKind? WordKind(int i) => InDocument(i) && _lex.SourceWords.TryGetValue(_tok[i].Text, out var k) ? k : null;

        private Span SpanOf(int first, int last) => Span.FromBounds(_tok[first].Span.Start, _tok[last].Span.End);

        // ---- cues -------------------------------------------------------------------------------------------

        public void FindCues(Sentence sentence)
        {
            var a = sentence.FirstToken;
            var b = a + sentence.TokenCount;
            _headline = IsTitleCase(a, b);
            ColonCue(a, b);
            PollCue(a, b);
            for (var i = a; i < b; i++)
            {
                if (!IsWord(i)) continue;
                if (_lex.Nouns.TryGetValue(W(i), out var noun) && NounCue(i, a, b, noun) is { } nounEnd)
                {
                    i = nounEnd;
                    continue;
                }
                if (_lex.Phrases.TryGetValue(W(i), out var phrases) && MatchPhrase(phrases, i, b) is { } phrase)
                {
                    var end = i + phrase.Words.Length;
                    if (phrase.IsPreposition) AccordingTo(i, end, a, b, phrase);
                    else Verb(i, end, a, b, new CueVerb(phrase.Lemma, phrase.Class, CueFrame.Clause));
                    i = end - 1;
                    if (_headline && FoundIn(a)) break;
                }
                else if (_lex.Verbs.TryGetValue(W(i), out var verb) && LooksLikeVerb(i, a, b))
                {
                    // "neither confirmed nor denied", "confirming or denying": one cue.
                    var end = i + 1;
                    if (end + 1 < b && W(end) is "or" or "nor" or "and" && _lex.Verbs.ContainsKey(W(end + 1))) end += 2;
                    Verb(i, end, a, b, verb);
                    i = end - 1;
                    // A headline holds one statement; its capitalised words would read as further cues.
                    if (_headline && FoundIn(a)) break;
                }
            }
        }

        /// <summary>
        /// "his criticism of the plan", "Clinton's claim that she ...", "the DNC's decision to ...": a reporting noun after a
        /// possessive is a cue whose possessor is the source. Returns the last token used, or null when the pattern does not hold.
        /// </summary>
        private int? NounCue(int i, int a, int b, NounCue noun)
        {
            if (i - 1 < a || i + 2 >= b || _quoteOfToken[i] >= 0) return null;
            // The possessor: a possessive pronoun ("his") or a name with "'s" ("Mr. Trump's", "the DNC's").
            int sourceFirst, sourceLast = i - 1;
            if (IsWord(i - 1) && Is(i - 1, "possessive") && !IsCap(i - 1) || i - 1 == a && Is(i - 1, "possessive")) sourceFirst = i - 1;
            else if (W(i - 1) is "'s" or "’s" && i - 2 >= a && IsWord(i - 2) && Possessor(i - 2, a) is { } possessor) sourceFirst = possessor;
            else return null;
            var p = i + 1;
            int contentFirst;
            var cueLast = i;
            switch (noun.Complement)
            {
                case "that":
                    if (!string.Equals(W(p), "that", StringComparison.OrdinalIgnoreCase) || !IsWord(p + 1)) return null;
                    contentFirst = p;
                    break;
                case "to":
                    if (string.Equals(W(p), "not", StringComparison.OrdinalIgnoreCase) && p + 1 < b) p++;
                    if (!string.Equals(W(p), "to", StringComparison.OrdinalIgnoreCase) || p + 1 >= b || !IsWord(p + 1) || IsCap(p + 1) || Is(p + 1, "det")) return null;
                    contentFirst = i + 1;
                    break;
                default:
                    if (!string.Equals(W(p), noun.Complement, StringComparison.OrdinalIgnoreCase) || !IsWord(p + 1)) return null;
                    cueLast = p;
                    contentFirst = p + 1;
                    break;
            }
            var contentLast = noun.Complement is "that" or "to" ? ContentEnd(contentFirst, b) : NounPhraseEnd(contentFirst, b);
            // As the subject of its sentence ("Clinton's claim that she ... was false"), the content ends before the main verb:
            // the first auxiliary after an infinitive, the second after a "that" clause (which has its own).
            if (StripLeading(a, sourceFirst) == sourceFirst && noun.Complement is "that" or "to")
            {
                var verbs = 0;
                for (var j = contentFirst + 1; j <= contentLast; j++)
                {
                    var finite = Is(j, "be") || Is(j, "skip") && W(j) is not ("not" or "never" or "also") || noun.Complement == "to" && IsVerbLike(j) && !string.Equals(W(j - 1), "to", StringComparison.OrdinalIgnoreCase);
                    if (_quoteOfToken[j] >= 0 || !IsWord(j) || !finite) continue;
                    if (++verbs < (noun.Complement == "that" ? 2 : 1)) continue;
                    contentLast = j - 1;
                    while (contentLast > contentFirst && (IsPunct(contentLast, ",") || IsDash(contentLast))) contentLast--;
                    break;
                }
            }
            if (contentLast < contentFirst || _quoteOfToken[contentLast] >= 0 && _quoteOfToken[contentLast] != _quoteOfToken[contentFirst] && !IsQuoteMark(contentLast)) return null;
            var (content, type) = Typed(contentFirst, contentLast);
            if (content is null) return null;
            var cueSpan = SpanOf(i, cueLast);
            Add(Mention(sourceFirst, sourceLast), SpanOf(sourceFirst, sourceLast), new Cue(cueSpan, cueSpan.Of(_text), noun.Lemma, noun.Class),
                content.Value, type, null, null, null, []);
            return cueLast;
        }

        /// <summary>
        /// The first token of the possessor ending at <paramref name="last"/>: capitalised words ("Mr. Trump", "the DNC"), or a
        /// common noun after a determiner ("the senator", "the White House press secretary").
        /// </summary>
        private int? Possessor(int last, int a)
        {
            var first = last;
            if (IsCap(last))
            {
                while (first - 1 >= a && IsCap(first - 1) && last - first < 5) first--;
                var det = first - 1 >= a && IsWord(first - 1) && Is(first - 1, "det") && (!IsCap(first - 1) || first - 1 == a) && !Is(first - 1, "possessive");
                return det ? first - 1 : first;
            }
            // A common noun needs its determiner: "the senator's", not "every day's".
            for (var j = last - 1; j >= a && last - j <= 4; j--)
            {
                if (!IsWord(j) || Is(j, "stop") || Is(j, "prep") || IsVerbLike(j) || IsTimeWord(j)) return null;
                if (Is(j, "det") && (!IsCap(j) || j == a) && !Is(j, "possessive") && !Is(j, "quantifier")) return j;
            }
            return null;
        }

        /// <summary>The end of a noun phrase content after a preposition: before a comma, a verb, a relative word or the sentence end.</summary>
        private int NounPhraseEnd(int first, int b)
        {
            var e = first;
            while (e + 1 < b && !IsTerminal(e + 1) && !IsPunct(e + 1, ",") && !IsPunct(e + 1, ";") && !IsPunct(e + 1, ":") && !IsDash(e + 1)
                   && !(IsWord(e + 1) && (Is(e + 1, "be") || Is(e + 1, "skip") && !string.Equals(W(e + 1), "not", StringComparison.OrdinalIgnoreCase)
                                          || Is(e + 1, "relative") || string.Equals(W(e + 1), "that", StringComparison.OrdinalIgnoreCase)
                                          || IsVerbLike(e + 1) && !IsCap(e + 1))))
                e++;
            return e;
        }

        private CuePhrase? MatchPhrase(CuePhrase[] phrases, int i, int b)
        {
            foreach (var p in phrases)
            {
                if (i + p.Words.Length > b) continue;
                var ok = true;
                for (var k = 1; k < p.Words.Length && ok; k++)
                    ok = string.Equals(W(i + k), p.Words[k], StringComparison.OrdinalIgnoreCase);
                if (ok) return p;
            }
            return null;
        }

        /// <summary>
        /// "Trump: ‘I am the worst thing that ever happened to them.’", "Poll: Sanders leads in Iowa": a short name
        /// opening the sentence, then a colon, is the source of what follows. Labels ("UPDATE:", "Q:") are not sources.
        /// </summary>
        private void ColonCue(int a, int b)
        {
            var first = StripLeading(a, b - 1);
            // A transcript paragraph opened by a stray quote mark: "WALLACE: Let's start with ...".
            var openingQuote = first + 1 < b && IsQuoteMark(first) && _quoteByOpen.ContainsKey(first) ? _quoteOfToken[first] : -1;
            if (openingQuote >= 0) first++;
            var colon = first;
            while (colon < b && colon - first <= 5 && IsWord(colon) && (IsCap(colon) || W(colon) is "of" or "the" or "'s" or "’s")) colon++;
            if (colon == first || colon >= b || colon - first > 5 || !IsPunct(colon, ":")) return;
            if (_quoteOfToken[colon] >= 0 && !(openingQuote >= 0 && _quoteOfToken[colon] == openingQuote && IsUpperCase(first, colon - 1))) return;
            if (_lex.ColonLabels.Contains(SpanOf(first, colon - 1).Of(_text)) || _lex.Verbs.ContainsKey(W(colon - 1))) return;
            var start = colon + 1;
            var words = 0;
            for (var i = start; i < b; i++) if (IsWord(i)) words++;
            if (words < 3) return;
            var (content, type) = _quoteByOpen.TryGetValue(start, out var q) && TokenRange(_quotes[q].Span).Last >= LastContentToken(start, b)
                ? (_quotes[q].Span, AttributionType.Direct)
                : Typed(start, ContentEnd(start, b));
            if (content is null) return;
            // The speaker's turn is the rest of the paragraph the label opens, over all its sentences and inner quotes.
            if (openingQuote >= 0) (content, type) = (Span.FromBounds(_tok[start].Span.Start, ParagraphEnd(start)), AttributionType.Direct);
            var cue = new Cue(SpanOf(colon, colon), ":", "say", "say");
            Add(Mention(first, colon - 1), SpanOf(first, colon - 1), cue, content.Value, type, null, null, null, []);
            // The label stands inside the paragraph's quote marks but is no speech nested in a quote.
            if (openingQuote >= 0) _found[^1] = _found[^1] with { InsideQuote = false };
        }

        /// <summary>The end of the paragraph of token <paramref name="i"/> with its final stop (as PolNeAR marks turns), before any closing quote mark.</summary>
        private int ParagraphEnd(int i)
        {
            var last = _seg.SentenceAt(_tok[i].Span.Start)!;
            while (last.Index + 1 < _seg.Sentences.Length && _seg.Sentences[last.Index + 1].Paragraph == last.Paragraph) last = _seg.Sentences[last.Index + 1];
            var t = last.FirstToken + last.TokenCount - 1;
            while (t > i && !IsWord(t) && _tok[t].Kind != TokenKind.Number && !IsTerminal(t)) t--;
            return _tok[t].Span.End;
        }

        /// <summary>
        /// A transcript turn ("WALLACE: ..." inside the paragraph's quote marks): the label's colon is inside the quote and
        /// the content runs to the quote's last word, so the quote is said, unlike a statement nested inside a quote.
        /// </summary>
        private bool IsTurn(AttributionRelation f, int quote)
        {
            if (f.Cue is not { Text: ":" }) return false;
            var (first, last) = TokenRange(_quotes[quote].Span);
            while (last > first && !IsWord(last) && _tok[last].Kind != TokenKind.Number && !IsTerminal(last)) last--;
            return f.Content.End >= _tok[last].Span.End;
        }

        /// <summary>
        /// "In a CBS News poll last month, she led Mr. Sanders 56 percent to 32 percent": a sentence opening with "In" and a
        /// survey is that survey's finding. The source is the survey's noun phrase without its time; the content the clause after the comma.
        /// </summary>
        private void PollCue(int a, int b)
        {
            var first = StripLeading(a, b - 1);
            if (first + 2 >= b || !IsWord(first) || !string.Equals(W(first), "in", StringComparison.OrdinalIgnoreCase) || !IsWord(first + 1)) return;
            var comma = first + 1;
            var poll = -1;
            while (comma < b && comma - first <= 14 && !IsPunct(comma, ",") && (IsWord(comma) || _tok[comma].Kind == TokenKind.Number || W(comma) is "/" or "-" or "."))
            {
                if (_lex.PollWords.Contains(W(comma))) poll = comma;
                comma++;
            }
            if (poll < 0 || comma >= b || !IsPunct(comma, ",") || comma + 1 >= b || !IsWord(comma + 1)) return;
            var sourceLast = comma - 1;
            if (TimeLeftOfComma(poll, sourceLast) is { } timeFirst) sourceLast = timeFirst - 1;
            var (content, type) = Typed(comma + 1, ContentEnd(comma + 1, b));
            if (content is null) return;
            var cueSpan = SpanOf(first, first);
            Add(Mention(first + 1, sourceLast), SpanOf(first + 1, sourceLast), new Cue(cueSpan, cueSpan.Of(_text), "according to", "report"),
                content.Value, type, null, null, TimeLeftOfComma(poll, comma - 1) is { } t ? SpanOf(t, comma - 1) : null, []);
        }

        /// <summary>The first token of a time phrase that ends the survey's phrase ("poll last month"), if any.</summary>
        private int? TimeLeftOfComma(int poll, int last) =>
            last > poll && TimeLeft(last, poll + 1) is { } t && t > poll ? t : null;

        /// <summary>All letters of the words from <paramref name="first"/> to <paramref name="last"/> are capitals: a transcript's speaker label.</summary>
        private bool IsUpperCase(int first, int last)
        {
            for (var i = first; i <= last; i++)
                if (!IsWord(i) || W(i).Any(char.IsLower)) return false;
            return true;
        }

        private bool FoundIn(int a) => _found.Count > 0 && _found[^1].Evidence.End > _tok[a].Span.Start;

        /// <summary>Most words capitalised, short function words aside: a headline, whose verbs are capitalised too.</summary>
        private bool IsTitleCase(int a, int b)
        {
            int words = 0, caps = 0;
            for (var i = a; i < b; i++)
            {
                if (_tok[i].Kind != TokenKind.Word || W(i).Length <= 3 && !IsCap(i)) continue;
                words++;
                if (IsCap(i)) caps++;
            }
            return words >= 4 && caps * 10 >= words * 9;
        }

        /// <summary>Rules out nouns ("the reports", "his plans"), infinitives ("to say") and capitalised names outside headlines.</summary>
        private bool LooksLikeVerb(int i, int a, int b)
        {
            if (i > a && IsCap(i) && !IsQuoteMark(i - 1) && !_headline) return false;
            if (i + 1 < b && _lex.NotCues.Contains((W(i).ToLowerInvariant(), W(i + 1).ToLowerInvariant()))) return false;
            if (i > a && _lex.NotCues.Contains((W(i - 1).ToLowerInvariant(), W(i).ToLowerInvariant()))) return false;
            // A plural noun ("the troop deployment plans, worry", "the higher estimate of") rather than a verb.
            // A past form before a comma is a verb ("Pence added, “...”"); so is any form before a comma and a quote.
            var commaNoun = i + 1 < b && IsPunct(i + 1, ",") && W(i).EndsWith('s') && !(i + 2 < b && IsQuoteMark(i + 2));
            if (i + 1 < b && W(i) is not ("says" or "said") && (commaNoun || IsPunct(i + 1, ")") || string.Equals(W(i + 1), "of", StringComparison.OrdinalIgnoreCase))
                && !(i > a && WordKind(i - 1) == SourceKind.Pronoun)) return false;
            if (i == a) return true;
            var prev = i - 1;
            // "a program called Sandy Hook Promise", "a play called “Brokers”": a participle naming a thing after an indefinite noun phrase.
            if (Is(i, "naming") && IsWord(prev) && !IsCap(prev) && WordKind(prev) is null && i + 1 < b
                && (IsCap(i + 1) || IsQuoteMark(i + 1) || Is(i + 1, "det") && i + 2 < b && IsCap(i + 2)) && IndefiniteBefore(prev, a)) return false;
            if (!IsWord(prev)) return true;
            // "the reports", "his plans" are nouns; "several said", "many believe" are not.
            if (Is(prev, "det") && !Is(prev, "quantifier")) return false;
            // "some calls", "too many calls": a plural quantifier takes a plural verb ("many say"), so an -s form after it is a noun.
            if (Is(prev, "quantifier") && !Is(prev, "singular") && W(i).EndsWith('s') && !W(i).EndsWith("ss", StringComparison.Ordinal)) return false;
            // "made plans", "returned calls": an -s form right after a verb is its object.
            if (W(i).EndsWith('s') && IsVerbLike(prev) && !Is(prev, "skip") && W(prev).EndsWith("ed", StringComparison.Ordinal)) return false;
            // "a series of tweets", "a flurry of statements": a form after "of" is a noun unless it is a gerund ("of saying").
            if (string.Equals(W(prev), "of", StringComparison.OrdinalIgnoreCase) && !W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
            if (string.Equals(W(prev), "to", StringComparison.OrdinalIgnoreCase)) return QuoteFollows(i + 1, b);
            return true;
        }

        /// <summary>"a program", "a group of disaffected Ethiopians": an indefinite article a few lower-case words before <paramref name="noun"/>.</summary>
        private bool IndefiniteBefore(int noun, int a)
        {
            for (var j = noun - 1; j >= a && noun - j <= 4; j--)
            {
                if (!IsWord(j) || IsCap(j) && j < noun - 1 && !Is(j, "indefinite")) return false;
                if (Is(j, "indefinite")) return true;
                if (Is(j, "skip") || Is(j, "be") || _lex.Verbs.ContainsKey(W(j))) return false;
            }
            return false;
        }

        private void Verb(int cueFirst, int cueEnd, int a, int b, CueVerb verb)
        {
            if (SaidOfCited(cueFirst)) return;
            var cueLast = cueEnd - 1;
            var form = W(cueFirst);
            // Walk left over auxiliaries, adverbs and time phrases to the end of the subject.
            var k = cueFirst - 1;
            Span? time = null;
            var passive = false;
            // The cue is the verb group: auxiliaries and adverbs right before the verb belong to it ("has also said").
            var verbGroupFirst = cueFirst;
            while (k >= a && (IsWord(k) || TagStart(k, a) is not null))
            {
                if (TagStart(k, a) is { } tag) { k = tag - 1; continue; }
                if (Is(k, "be") && IsParticiple(form)) { passive = true; if (verbGroupFirst == k + 1) verbGroupFirst = k; k--; continue; }
                // A progressive belongs to the verb group: "is touting", "are hoping".
                if (Is(k, "be") && form.EndsWith("ing", StringComparison.Ordinal) && verbGroupFirst == k + 1 && k > a) { verbGroupFirst = k; k--; continue; }
                // "has neither confirmed" is the verb group's, but "Neither has confirmed" opens with its subject.
                // A modal takes the bare verb, so a modal-looking word before "said" is the end of a name ("Theresa May said").
                var endsName = k == cueFirst - 1 && Is(k, "modal") && !string.Equals(form, verb.Lemma, StringComparison.OrdinalIgnoreCase);
                if (Is(k, "skip") && !endsName && !(Is(k, "group") && StripLeading(a, k) == k) || IsLyAdverb(k)) { if (verbGroupFirst == k + 1) verbGroupFirst = k; k--; continue; }
                if (TimeLeft(k, a) is { } t && !ParticipleInSubject(t - 1, a)) { time ??= SpanOf(t, k); k = t - 1; continue; }
                break;
            }

            if (!passive && string.Equals(form, "asked", StringComparison.OrdinalIgnoreCase) && (k < a || IsWord(k) && Is(k, "question-opener")))
            {
                Asked(verbGroupFirst, cueLast, a, b, verb);
                return;
            }
            if (verb.Frame == CueFrame.Raising)
            {
                Raising(verbGroupFirst, cueLast, k, a, b, verb);
                return;
            }

            SourceMention source;
            Span? extent;
            var citations = ImmutableArray.CreateBuilder<Citation>();
            var contentStart = cueEnd;
            var contentLimit = b;
            var clauseStart = cueFirst;

            Phrase? passiveSubject = null;
            if (passive)
            {
                if (k >= a && IsWord(k) && WordKind(k) != SourceKind.Pronoun) passiveSubject = CollectLeft(k, a);
                if (cueEnd < b && string.Equals(W(cueEnd), "by", StringComparison.OrdinalIgnoreCase) && CollectRight(cueEnd + 1, b, anyNoun: true) is { } agent)
                {
                    source = Mention(agent.HeadFirst, agent.HeadLast);
                    extent = SpanOf(agent.HeadFirst, agent.ExtentLast);
                    contentStart = agent.ExtentLast + 1;
                }
                else
                {
                    source = new SourceMention(null, "", SourceKind.Generic);
                    extent = null;
                }
                clauseStart = k + 1;
            }
            else if (form.EndsWith("ing", StringComparison.Ordinal) && (k < a || !IsWord(k) || Is(k, "stop"))
                     || k >= a && string.Equals(W(k), "to", StringComparison.OrdinalIgnoreCase) && QuoteFollows(cueEnd, b))
            {
                // "by reassuring Seoul that ...", "before insisting ..." are the subject's statements; "aside from hoping" is not one.
                if (k >= a && IsWord(k) && Is(k, "prep") && W(k) is not ("by" or "to" or "before" or "after")) return;
                // "Noting that ..., Schlafly said": an opening participle takes the subject after its clause, and ends there.
                if (StripLeading(a, cueFirst) == cueFirst && OpeningParticipleSubject(cueEnd, b) is { } opening)
                {
                    source = Mention(opening.Subject.HeadFirst, opening.Subject.HeadLast);
                    extent = SpanOf(opening.Subject.HeadFirst, opening.Subject.ExtentLast);
                    contentLimit = opening.Comma;
                }
                // "..., calling that “a clear escalation.”": a participle shares the clause's source, else the main clause's subject.
                else if (SharedSource(a, cueFirst) is { } previous) { source = previous.Source; extent = previous.SourceExtent; }
                else if (ClauseSubject(a, cueFirst) is ({ } subject, var subjectExtent)) { source = subject; extent = subjectExtent; }
                else return;
            }
            else if (k > a && W(k) is "and" or "but" && CoordinatedSubject(a, k) is ({ } coordinated, var coordinatedExtent))
            {
                // "..., called Trump a “blowhard” and said ...": the coordinated verb shares the clause's subject.
                source = coordinated;
                extent = coordinatedExtent;
            }
            else if (k >= a && (IsWord(k) || IsPunct(k, ",") || IsPunct(k, ")") || IsDash(k)) && CollectLeft(k, a) is { } left)
            {
                // "willing to go on the record confirming ...": after an infinitive "to" the phrase is a verb's, not a
                // subject, and a bare participle has no subject of its own there.
                if (W(cueLast).EndsWith("ing", StringComparison.Ordinal) && !Enumerable.Range(verbGroupFirst, cueFirst - verbGroupFirst).Any(i => Is(i, "be")) && left.ExtentFirst > a
                    && string.Equals(W(left.ExtentFirst - 1), "to", StringComparison.OrdinalIgnoreCase)) return;
                var issuing = left.ExtentFirst - 1;
                if (W(cueLast).EndsWith("ing", StringComparison.Ordinal) && _lex.IssuedDocuments.Contains(W(left.HeadLast)) && issuing >= a && IsVerbLike(issuing)
                    && ClauseSubject(a, issuing + 1) is ({ } issuer, var issuerExtent))
                {
                    // "Mark Rutte issued a statement saying ...": the one who issued the document is the source, and
                    // the cue runs from the issuing verb.
                    source = issuer;
                    extent = issuerExtent;
                    verbGroupFirst = issuing;
                    clauseStart = issuing;
                }
                else
                {
                    source = Mention(left.HeadFirst, left.HeadLast);
                    extent = SpanOf(left.ExtentFirst, left.ExtentLast);
                    clauseStart = left.ExtentFirst;
                    AddCitingAppositive(left.ExtentFirst, left.ExtentLast, citations);
                }
            }
            else if ((k < a || !IsWord(k)) && verb.Frame is not (CueFrame.As or CueFrame.Object or CueFrame.To) && cueEnd < b
                     && CollectRight(cueEnd, b, anyNoun: k >= 0 && (IsQuoteMark(k) || IsPunct(k, ",") && k > 0 && IsQuoteMark(k - 1))) is { } right
                     && (IsPunct(right.ExtentLast, ",") || EndsInvertedSubject(right.ExtentLast + 1, b)))
            {
                // Inversion after a quote or at a clause start: "..., said Yang Uk, a military specialist".
                source = Mention(right.HeadFirst, right.HeadLast);
                extent = SpanOf(right.HeadFirst, right.ExtentLast);
                contentStart = right.ExtentLast + 1;
            }
            else return;

            // After the cue: the addressee of "told", then time, channel and agent phrases.
            var p = contentStart;
            int objectFirst = -1, objectEnd = -1;
            if (_lex.LemmaIs(verb.Lemma, "object"))
            {
                p = SkipObject(p, b);
                if (p > contentStart) (objectFirst, objectEnd) = (contentStart, p);
            }
            var modifiersEnd = SkipModifiers(ref p, b, ref time, citations, addressee: _lex.LemmaIs(verb.Lemma, "addressee"));

            var (content, type) = passiveSubject is { } passiveSubjectPhrase
                ? PassiveContent(passiveSubjectPhrase, p, b)
                : FindContent(verb, cueFirst, clauseStart, p, a, contentLimit);
            if (content is null) return;
            if (verb.Class == "cite" && CitedAsSaying(content.Value, citations) is { } said) content = said;
            if (verb.Frame == CueFrame.Quote && type != AttributionType.Direct) return;
            if (verb.Frame == CueFrame.To && !W(_seg.TokenIndexAt(content.Value.Start)).Equals("to", StringComparison.OrdinalIgnoreCase)) return;
            if (verb.Frame == CueFrame.That && type != AttributionType.Direct && !StartsComplement(_seg.TokenIndexAt(content.Value.Start))) return;

            // Channel and time come from the cue and what follows it, not from the source's appositive.
            var regionStart = extent is { } ex && ex.Start > _tok[cueFirst].Span.Start ? _seg.TokenIndexAt(ex.End) : verbGroupFirst;
            var regionEnd = Math.Max(modifiersEnd, cueLast);
            var (channel, channelKind) = FindChannel(regionStart, regionEnd, content.Value, objectFirst, objectEnd);
            time ??= FindTime(regionStart, regionEnd, content.Value);

            // PolNeAR's cue takes the preposition that governs the content: "talked about [the plan]", "calls for [a ban]".
            var contentFirst = _seg.TokenIndexAt(content.Value.Start);
            var contentLast = _seg.TokenIndexAt(content.Value.End) - 1;
            // ... and the reporting verb of an infinitive: "went on to say [...]", "declined to endorse [him]".
            if (contentFirst == cueLast + 1 && contentFirst + 2 <= contentLast && string.Equals(W(contentFirst), "to", StringComparison.OrdinalIgnoreCase)
                && _lex.Verbs.ContainsKey(W(contentFirst + 1)) && !IsCap(contentFirst + 1))
            {
                cueLast = contentFirst + 1;
                contentFirst += 2;
                if (contentFirst < contentLast && (IsPunct(contentFirst, ",") || IsPunct(contentFirst, ":"))) contentFirst++;
                content = SpanOf(contentFirst, contentLast);
            }
            if (contentFirst == cueLast + 1 && contentFirst < contentLast && TakesPreposition(contentFirst))
            {
                cueLast = contentFirst;
                content = SpanOf(contentFirst + 1, contentLast);
            }
            var cueSpan = SpanOf(verbGroupFirst, CueEnd(cueLast, b, content.Value));
            var cue = new Cue(cueSpan, cueSpan.Of(_text), verb.Lemma, verb.Class);
            Add(source, extent, cue, content.Value, type, channel, channelKind, time, citations.ToImmutable());
        }

        /// <summary>"about", "for", "against", ...; "to" only before a noun phrase ("pointed to the polls"), not an infinitive.</summary>
        private bool TakesPreposition(int i) =>
            Is(i, "cue-preposition")
            || string.Equals(W(i), "to", StringComparison.OrdinalIgnoreCase) && i + 1 < _tok.Length && IsWord(i + 1)
               && (Is(i + 1, "det") || IsCap(i + 1) || _tok[i + 1].Kind == TokenKind.Number || WordKind(i + 1) == SourceKind.Pronoun);

        /// <summary>
        /// PolNeAR's cue runs on over a colon that introduces the content ("said:") and over the statement it was made in
        /// ("said in a statement"), when the content is not in between.
        /// </summary>
        private int CueEnd(int cueLast, int b, Span content)
        {
            var end = cueLast;
            foreach (var words in _lex.CueExtensions)
            {
                var last = end + words.Length;
                if (last >= b) continue;
                var match = true;
                for (var w = 0; w < words.Length && match; w++) match = string.Equals(W(end + 1 + w), words[w], StringComparison.OrdinalIgnoreCase);
                if (match && (content.Start >= _tok[last].Span.End || content.End <= _tok[cueLast].Span.Start)) { end = last; break; }
            }
            if (end + 1 < b && IsPunct(end + 1, ":") && content.Start >= _tok[end + 1].Span.End) end++;
            return end;
        }

        /// <summary>
        /// "When asked by a reporter whether ..., Trump said": the question is the content, its asker (if named) the
        /// source; the content ends at the clause's comma.
        /// </summary>
        private void Asked(int verbGroupFirst, int cueLast, int a, int b, CueVerb verb)
        {
            var p = cueLast + 1;
            var source = new SourceMention(null, "", SourceKind.Generic);
            Span? extent = null;
            if (p < b && string.Equals(W(p), "by", StringComparison.OrdinalIgnoreCase) && CollectRight(p + 1, b, anyNoun: true) is { } asker)
            {
                source = Mention(asker.HeadFirst, asker.HeadLast);
                extent = SpanOf(asker.HeadFirst, asker.HeadLast);
                p = asker.HeadLast + 1;
            }
            Span? time = null;
            var citations = ImmutableArray.CreateBuilder<Citation>();
            SkipModifiers(ref p, b, ref time, citations);
            var last = p;
            while (last < b && !(IsPunct(last, ",") && _quoteOfToken[last] < 0) && !IsTerminal(last)) last++;
            if (last >= b || !IsPunct(last, ",") || last == p) return;
            var cueSpan = SpanOf(verbGroupFirst, cueLast);
            Add(source, extent, new Cue(cueSpan, cueSpan.Of(_text), verb.Lemma, verb.Class), SpanOf(p, last - 1), AttributionType.Indirect, null, null, time, []);
        }

        /// <summary>
        /// "The economy seemed impervious to shocks": an impression with no source; the subject belongs to the content
        /// ("it seems that ..." has only the clause). "seems to feel ..." is left to the inner cue.
        /// </summary>
        private void Raising(int verbGroupFirst, int cueLast, int k, int a, int b, CueVerb verb)
        {
            var after = cueLast + 1;
            if (OnlyPunctuation(after, b) || _quoteOfToken[cueLast] >= 0) return;
            if (string.Equals(W(after), "to", StringComparison.OrdinalIgnoreCase) && after + 1 < b && _lex.Verbs.ContainsKey(W(after + 1))) return;
            // "appeared in his book", "appeared on Fox": a place, not an impression.
            if (IsWord(after) && (Is(after, "prep") && W(after) is not ("to" or "like") || Is(after, "det") || IsCap(after))) return;
            var first = after;
            if (k >= a && IsWord(k) && !string.Equals(W(k), "it", StringComparison.OrdinalIgnoreCase) && CollectLeft(k, a) is { } subject)
                first = subject.ExtentFirst;
            var (content, type) = Typed(first, ContentEnd(after, b));
            if (content is null) return;
            var cueSpan = SpanOf(verbGroupFirst, cueLast);
            Add(new SourceMention(null, "", SourceKind.Generic), null, new Cue(cueSpan, cueSpan.Of(_text), verb.Lemma, verb.Class),
                content.Value, type, null, null, null, []);
        }

        /// <summary>"... summoned the ambassador to demand the “immediate withdrawal ...”": an infinitive cue with its quote.</summary>
        private bool QuoteFollows(int p, int b)
        {
            for (var i = p; i < b && i < p + 3; i++)
                if (_quoteByOpen.ContainsKey(i)) return true;
            return false;
        }

        private bool StartsComplement(int i) => IsQuoteMark(i) || W(i) is "that" or "whether" or "if" or ":";

        /// <summary>The first token of an inline markup tag ending at <paramref name="k"/> ("&lt;u&gt;", "&lt;/u&gt;") left in the text by ingest.</summary>
        private int? TagStart(int k, int a)
        {
            if (k - 2 < a || W(k) != ">" || !IsWord(k - 1)) return null;
            if (W(k - 2) == "<") return k - 2;
            return k - 3 >= a && W(k - 2) == "/" && W(k - 3) == "<" ? k - 3 : null;
        }

        private static bool IsParticiple(string form) =>
            form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ||
            form is "said" or "told" or "thought" or "known" or "found" or "shown" or "written" or "felt";

        private bool IsLyAdverb(int i) =>
            _tok[i].Kind == TokenKind.Word && !IsCap(i) && W(i).Length > 4 && W(i).EndsWith("ly", StringComparison.Ordinal) && !_lex.Verbs.ContainsKey(W(i));

        /// <summary>The start of a time phrase that ends at <paramref name="k"/> ("on Tuesday", "last week", "two weeks ago").</summary>
        private int? TimeLeft(int k, int a)
        {
            if (!IsTimeWord(k)) return null;
            var t = k;
            while (t - 1 >= a && (IsTimeWord(t - 1) || _tok[t - 1].Kind == TokenKind.Number || W(t - 1) is "two" or "three" or "few" or "several")) t--;
            if (t - 1 >= a && W(t - 1) is "on" or "On" or "in" or "In" or "this" or "This" or "late" or "early") t--;
            return t;
        }

        private int? TimeRight(int p, int b)
        {
            var t = p;
            if (t < b && W(t) is "on" or "in" or "this" or "last" or "late" or "early" or "earlier" && t + 1 < b && IsTimeWord(t + 1)) t++;
            while (t < b && (_tok[t].Kind == TokenKind.Number || W(t) is "two" or "three" or "few" or "several") && t + 1 < b && IsTimeWord(t + 1)) t++;
            if (t >= b || !IsTimeWord(t)) return null;
            if (W(t) is "this" or "This" or "last" or "Last" && !(t + 1 < b && IsTimeWord(t + 1))) return null;
            while (t + 1 < b && IsTimeWord(t + 1)) t++;
            return t;
        }

        // ---- sources ----------------------------------------------------------------------------------------

        private readonly record struct Phrase(int HeadFirst, int HeadLast, int ExtentFirst, int ExtentLast);

        /// <summary>
        /// The subject phrase ending at token <paramref name="k"/>, walking left to a clause boundary. When
        /// <paramref name="k"/> is a comma closing an appositive ("Hugh Hill, a doctor, said"), the head is the
        /// phrase before the appositive and the extent the whole.
        /// </summary>
        private Phrase? CollectLeft(int k, int a)
        {
            if (IsPunct(k, ",") || IsDash(k))
            {
                var c = k - 1;
                while (c >= a && !IsPunct(c, ",") && !IsDash(c) && !(IsQuoteMark(c) && !IsPossessiveMark(c)) && !IsPunct(c, ";") && !IsPunct(c, ":")) c--;
                if (c < a + 1 || c + 1 > k - 1 || k - c > 25 || IsDash(c) != IsDash(k) || !IsPunct(c, ",") && !IsDash(c)) return null;
                // A relative clause with commas of its own: "Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday, said".
                if (IsPunct(k, ",") && RelativeClauseStart(k, a) is { } rel && rel < c
                    && CollectLeft(rel - 2, a) is { } relHead && relHead.HeadFirst < rel - 1 && PlausibleHead(relHead.HeadFirst, relHead.HeadLast))
                    return new Phrase(relHead.HeadFirst, relHead.HeadLast, relHead.ExtentFirst, k);
                // An aside between subject and verb ("Proponents, however, say") or a dashed relative clause
                // ("The justice -- who has ... -- said"): the source is the subject before it.
                if (IsAside(c + 1, k - 1) || IsPunct(k, ",") && IsPrepositionalAside(c + 1, k - 1))
                    return CollectLeft(c - 1, a) is { } inner && inner.HeadFirst == inner.ExtentFirst && inner.HeadLast == inner.ExtentLast ? inner : null;
                // A dashed appositive or relative clause belongs to the source's extent: "Kall -- co-editor of Debating The Donald -- said".
                if (IsDash(k))
                    return CollectLeft(c - 1, a) is { } inner && inner.HeadFirst == inner.ExtentFirst && inner.HeadLast == inner.ExtentLast
                        ? new Phrase(inner.HeadFirst, inner.HeadLast, inner.ExtentFirst, k) : null;
                // "for some, the losses would outstrip the gains, said X": a clause with its own verb is no appositive.
                if (!Is(c + 1, "relative") && HasFiniteVerb(c + 1, k - 1)) return null;
                if (CollectLeft(c - 1, a) is { } h && h.HeadFirst == h.ExtentFirst && h.HeadLast == h.ExtentLast)
                {
                    // A common-noun head takes a name as appositive too: "the presumptive nominee, Donald Trump, tweeted".
                    var nominal = Is(h.HeadFirst, "det") && !Is(h.HeadFirst, "connective") && !IsCap(h.HeadLast);
                    if ((StartsAppositive(c + 1) || nominal && IsCap(c + 1)) && (PlausibleHead(h.HeadFirst, h.HeadLast) || nominal))
                        return new Phrase(h.HeadFirst, h.HeadLast, h.HeadFirst, k);
                }
                // An appositive in several parts: "Ramil Carr, 31, a freelance photographer, said".
                // ... also when the place of the appositive has its own comma: "Dean Johnson, a salesman from Sumter, South Carolina, says".
                if (IsPunct(c, ",") && (StartsAppositive(c + 1) || IsPlaceTail(c + 1, k - 1)) && CollectLeft(c, a) is { } parts && parts.HeadFirst < c && k - parts.HeadFirst <= 40)
                    return new Phrase(parts.HeadFirst, parts.HeadLast, parts.HeadFirst, k);
                return null;
            }
            var m = k;
            while (m >= a)
            {
                if (IsPunct(m, ")"))
                {
                    var open = m;
                    while (open > a && !IsPunct(open, "(")) open--;
                    if (!IsPunct(open, "(")) break;
                    m = open - 1;
                    continue;
                }
                // Punctuation glued to words on both sides is inside a word: "U.S.-based".
                // A dash glued to words still separates clauses: "doors of opportunity for me—I".
                if (!IsWord(m) && (IsDash(m) || !(m > a && m < k && _tok[m - 1].Span.End == _tok[m].Span.Start && _tok[m].Span.End == _tok[m + 1].Span.Start))) break;
                if (!IsWord(m)) { m--; continue; }
                if (Is(m, "stop") || Is(m, "prep"))
                {
                    // "Analysts at the Institute", "A person familiar with diplomatic affairs", "Lloyd Austin and Antony Blinken".
                    var inside = m > a && m < k && IsWord(m - 1) && !Is(m - 1, "stop") && !Is(m - 1, "prep") && !Is(m - 1, "be") && !IsVerbLike(m - 1);
                    // "Lloyd Austin and Antony Blinken", "Her advisers and allies", "Crane, Kibbe and other libertarians".
                    if (inside && string.Equals(W(m), "and", StringComparison.OrdinalIgnoreCase))
                        inside = (IsCap(m - 1) || WordKind(m - 1) == SourceKind.Generic || W(m - 1).EndsWith('s') && !_lex.Verbs.ContainsKey(W(m - 1)))
                                 && (IsCap(m + 1) || Is(m + 1, "det") || WordKind(m + 1) == SourceKind.Generic);
                    else if (inside) inside = Is(m, "join") || string.Equals(W(m), "with", StringComparison.OrdinalIgnoreCase);
                    if (inside) { m--; continue; }
                    if (string.Equals(W(m), "who", StringComparison.OrdinalIgnoreCase)) m--;
                    break;
                }
                // "retired Air Force general Lloyd Newton said": an -ed adjective opening the clause belongs to the subject.
                var openingAdjective = m < k && (m == a || !IsWord(m - 1)) && !_lex.Verbs.ContainsKey(W(m)) && IsWord(m + 1);
                if (IsVerbLike(m) && !openingAdjective && !(m < k && ParticipleInSubject(m, a) && TimeRight(m + 1, k + 1) == k)) break;
                m--;
            }
            var first = m + 1;
            // "who said" takes the phrase before the comma as its head.
            if (first <= k && string.Equals(W(first), "who", StringComparison.OrdinalIgnoreCase))
            {
                if (first - 1 >= a && IsPunct(first - 1, ",") && first - 2 >= a && CollectLeft(first - 2, a) is { } antecedent)
                    return new Phrase(antecedent.HeadFirst, antecedent.HeadLast, first, first);
                return new Phrase(first, first, first, first);
            }
            first = StripLeading(first, k);
            if (first > k) return null;
            first = AfterOpeningPhrase(first, k, a);
            return Plausible(first, k) ? new Phrase(first, k, first, k) : null;
        }

        /// <summary>
        /// "In a Bloomberg interview Trump said", "In an interview with RT he said": after an opening prepositional phrase
        /// with no comma, the subject starts at the pronoun or at the name that follows a lower-case noun.
        /// </summary>
        private int AfterOpeningPhrase(int first, int k, int a)
        {
            var prep = first - 1;
            if (prep < a || !IsWord(prep) || !Is(prep, "prep") || !(prep == a || !IsWord(prep - 1))) return first;
            for (var j = k; j > first; j--)
            {
                if (WordKind(j) == SourceKind.Pronoun && IsWord(j)) return j;
                if (IsCap(j) && IsWord(j - 1) && !IsCap(j - 1) && !Is(j - 1, "det") && !Is(j - 1, "prep") && !Is(j - 1, "join") && !Is(j - 1, "stop")
                    && _tok[j - 1].Kind == TokenKind.Word) return j;
            }
            return first;
        }

        /// <summary>A "be" form or a modal between <paramref name="first"/> and <paramref name="last"/> outside any relative clause.</summary>
        private bool HasFiniteVerb(int first, int last)
        {
            for (var i = first; i <= last; i++)
            {
                if (!IsWord(i)) continue;
                if (Is(i, "relative")) return false;
                if (Is(i, "be") || Is(i, "modal")) return true;
            }
            return false;
        }

        /// <summary>"A court document filed Thursday says", "A poll released Monday found": a participle after a common noun, with its time, is part of the subject.</summary>
        private bool ParticipleInSubject(int m, int a) =>
            m > a && IsWord(m) && W(m).EndsWith("ed", StringComparison.Ordinal) && IsVerbLike(m) && IsWord(m - 1) && !IsCap(m - 1)
            && !Is(m - 1, "stop") && !Is(m - 1, "skip") && !Is(m - 1, "be") && WordKind(m - 1) is null && !IsVerbLike(m - 1);

        /// <summary>The "who"/"whose"/"which" after a comma that opens a relative clause ending at the comma <paramref name="k"/>, within 40 tokens.</summary>
        private int? RelativeClauseStart(int k, int a)
        {
            for (var i = k - 1; i > a && k - i <= 40; i--)
            {
                if (IsTerminal(i) || IsPunct(i, ";") || IsPunct(i, ":") || IsQuoteMark(i) && !IsPossessiveMark(i) || IsDash(i)) return null;
                if (IsPunct(i - 1, ",") && Is(i, "relative")) return i;
            }
            return null;
        }

        /// <summary>One to three capitalised words between commas, the state or country of a place: "Sumter, South Carolina,".</summary>
        private bool IsPlaceTail(int first, int last)
        {
            if (last < first || last - first > 2) return false;
            for (var i = first; i <= last; i++) if (!IsCap(i) && !(i > first && W(i).EndsWith('.'))) return false;
            return first >= 2 && IsCap(first - 2) && !(first + 1 <= last && W(first + 1) is "'s" or "’s");
        }

        /// <summary>The apostrophe of a plural possessive ("Sanders' campaign"), not a quote mark.</summary>
        private bool IsPossessiveMark(int i) =>
            W(i) is "'" or "’" && i > 0 && IsWord(i - 1) && _tok[i - 1].Span.End == _tok[i].Span.Start && W(i - 1).EndsWith('s')
            && i + 1 < _tok.Length && _tok[i + 1].Span.Start > _tok[i].Span.End;

        private bool IsDash(int i) => _tok[i].Kind != TokenKind.Word && W(i) is "--" or "—" or "–" or "―";

        /// <summary>"Hillary Clinton, at a later press gaggle, said": a prepositional phrase between subject and verb, with no verb of its own.</summary>
        private bool IsPrepositionalAside(int first, int last)
        {
            if (last - first > 8 || !IsWord(first) || !Is(first, "prep")) return false;
            for (var i = first + 1; i <= last; i++)
                if (IsWord(i) && (Is(i, "be") || Is(i, "relative") || IsVerbLike(i))) return false;
            return true;
        }

        /// <summary>A short aside that is not an appositive: "however", "for example", "in turn", "too".</summary>
        private bool IsAside(int first, int last)
        {
            if (last - first > 2 || !IsWord(first)) return false;
            for (var i = first; i <= last; i++)
                if (!IsWord(i) || IsCap(i) && i > first || !(Is(i, "connective") || Is(i, "skip") || Is(i, "aside"))) return false;
            return true;
        }

        /// <summary>A lower-case reporting verb or past form: "issued", "reported" end a subject phrase.</summary>
        private bool IsVerbLike(int i) =>
            !IsCap(i) && !(i > 0 && _tok[i - 1].Span.End == _tok[i].Span.Start) && !(i > 0 && IsWord(i - 1) && (Is(i - 1, "det") || W(i - 1) is "of"))
            && (_lex.Verbs.ContainsKey(W(i)) || W(i).Length > 4 && W(i).EndsWith("ed", StringComparison.Ordinal) && !W(i).Contains('-'));

        private int StripLeading(int first, int k)
        {
            while (first <= k)
            {
                if (Is(first, "connective") && first < k) { first++; if (first < k && IsPunct(first, ",")) first++; continue; }
                if (TimeRight(first, k + 1) is { } t && t < k) { first = t + 1; if (first <= k && IsPunct(first, ",")) first++; continue; }
                break;
            }
            return first;
        }

        private bool StartsAppositive(int i) =>
            IsWord(i) && (Is(i, "apposition") || _tok[i].Kind == TokenKind.Number || !IsCap(i) && !Is(i, "stop") && !Is(i, "prep") && !Is(i, "skip") && WordKind(i) is null
                          || IsCap(i) && (i + 1 < _tok.Length && W(i + 1) is "'s" or "’s" or "'" or "’" or "of" || IsPartyTag(i)));

        /// <summary>A US party and state tag after a politician's name: "R-Utah", "D-Md.".</summary>
        private bool IsPartyTag(int i) => W(i).Length > 2 && W(i)[0] is 'R' or 'D' or 'I' && W(i)[1] == '-' && char.IsUpper(W(i)[2]);

        /// <summary>A head before an appositive must look like a name: capitalised at its end, no preposition or participle first.</summary>
        private bool PlausibleHead(int first, int last)
        {
            // "Rep. Elijah Cummings (D-Md.)": the name before the parenthesis.
            if (IsPunct(last, ")"))
            {
                while (last > first && !IsPunct(last, "(")) last--;
                last--;
                if (last < first) return false;
            }
            if (!IsCap(last) && WordKind(last) is null) return false;
            if (Is(first, "prep") || Is(first, "connective") || Is(first, "stop")) return false;
            if (W(first).EndsWith("ing", StringComparison.Ordinal)) return false;
            for (var i = first; i <= last; i++) if (!IsTimeWord(i) && _tok[i].Kind != TokenKind.Number) return true;
            return false;
        }

        private bool Plausible(int first, int last)
        {
            if (last - first > 25) return false;
            if (Is(first, "prep") && first == last) return false;
            var hasWord = false;
            for (var i = first; i <= last; i++)
            {
                if (IsQuoteMark(i)) return false;
                if (IsWord(i) && !IsTimeWord(i)) hasWord = true;
            }
            return hasWord;
        }

        /// <summary>A noun phrase starting at <paramref name="p"/> ("Yang Uk", "the Institute for the Study of War think tank"), with any appositive.</summary>
        private Phrase? CollectRight(int p, int b, bool anyNoun = false)
        {
            if (p >= b || !IsWord(p)) return null;
            if (!(anyNoun || IsCap(p) || Is(p, "det") || WordKind(p) is not null)) return null;
            if (Is(p, "stop") || Is(p, "prep") || Is(p, "skip")) return null;
            var m = p;
            while (m < b)
            {
                if (IsPunct(m, "("))
                {
                    var close = m;
                    while (close < b - 1 && !IsPunct(close, ")")) close++;
                    if (!IsPunct(close, ")")) break;
                    m = close + 1;
                    continue;
                }
                if (!IsWord(m)) break;
                if (m > p && (Is(m, "stop") || Is(m, "prep") || Is(m, "skip") || Is(m, "be")))
                {
                    if (Is(m, "join") && m + 1 < b && (IsCap(m + 1) || Is(m + 1, "det") && m + 2 < b && IsCap(m + 2))) { m++; continue; }
                    break;
                }
                if (m > p && IsTimeWord(m)) break;
                // A cue word ends the phrase unless it is its last word, a noun: "according to its FEC reports."
                if (m > p && !IsCap(m) && _lex.Verbs.ContainsKey(W(m)) && !(m + 1 < b && _lex.NotCues.Contains((W(m).ToLowerInvariant(), W(m + 1).ToLowerInvariant())))
                    && !(m + 1 >= b || IsTerminal(m + 1) || IsPunct(m + 1, ","))) break;
                if (m > p && WordKind(m) == SourceKind.Pronoun) break;
                if (m > p && IsVerbLike(m) && !_lex.Verbs.ContainsKey(W(m))) break;
                m++;
            }
            var headLast = m - 1;
            if (headLast < p) return null;
            var extentLast = headLast;
            if (m + 1 < b && IsPunct(m, ",") && StartsAppositive(m + 1) && W(m + 1) is not ("who" or "which"))
            {
                // The appositive runs to the end of the sentence: "said Peter Hart, 25, a PNC bank employee and ...".
                // It stops before a participle or relative clause about the speaker: "said Ed Rendell, a former governor, referring to ...".
                var e = m + 1;
                while (e < b && !IsQuoteMark(e) && !IsPunct(e, ";") && !(e == b - 1 && IsTerminal(e))
                       && !(IsPunct(e, ",") && e + 1 < b && (W(e + 1) is "who" or "which" || W(e + 1).Length > 4 && W(e + 1).EndsWith("ing", StringComparison.Ordinal) && !IsCap(e + 1))))
                    e++;
                extentLast = e < b && IsPunct(e, ",") ? e : e - 1;
            }
            return new Phrase(p, headLast, p, extentLast);
        }

        private SourceMention Mention(int first, int last)
        {
            var span = SpanOf(first, last);
            return new SourceMention(span, span.Of(_text), KindOf(first, last));
        }

        private SourceKind KindOf(int first, int last) => _lex.SourceKindOf(_tok.AsSpan(), first, last);

        /// <summary>An inverted subject ("..., said Yang Uk") ends the clause; "said the days when ..." is a content, not a subject.</summary>
        private bool EndsInvertedSubject(int next, int b) =>
            next >= b || IsTerminal(next) || IsPunct(next, ",") || IsPunct(next, ";") || IsPunct(next, ":") || IsQuoteMark(next) || IsPunct(next, "(")
            || IsWord(next) && (Is(next, "prep") || IsTimeWord(next) || W(next) is "who" or "at" or "during" or "after" or "before" or "as");

        /// <summary>
        /// The source of a verb after "and": the statement that ends right before it ("called Trump a “blowhard” and said"),
        /// else the subject of the clause "and" continues ("Ms. Sherry smiled and said").
        /// </summary>
        private (SourceMention?, Span?) CoordinatedSubject(int a, int and)
        {
            // "officers in leather coats, identified but not confirmed as North Koreans,": participles set off by a comma
            // after a noun describe that noun; they are no statement of the clause's subject. ("He smiled, nodded and
            // said" is a series of the subject's own verbs.)
            if (and - 3 >= a && IsPunct(and - 2, ",") && IsParticiple(W(and - 1)) && IsWord(and - 3) && !IsVerbLike(and - 3)) return (null, null);
            foreach (var last in _found)
                if (last.Cue is not null && last.Source.Span is not null && last.Cue.Span.Start >= _tok[a].Span.Start
                    && _seg.TokenIndexAt(last.Content.End) >= and - 1 && last.Content.End <= _tok[and].Span.Start)
                    return (last.Source, last.SourceExtent);
            var start = a;
            for (var i = and - 2; i > a; i--)
                if (IsPunct(i, ",") && _quoteOfToken[i] < 0) { start = i + 1; break; }
            return SentenceSubject(start, and) is ({ } s, var e) ? (s, e) : SentenceSubject(a, and);
        }

        /// <summary>The subject of the main clause before <paramref name="before"/>: at the sentence start or after an opening phrase's comma.</summary>
        private (SourceMention?, Span?) ClauseSubject(int a, int before)
        {
            if (SentenceSubject(a, before) is ({ } s, var e)) return (s, e);
            for (var i = a + 1; i < before - 1; i++)
                if (IsPunct(i, ",") && _quoteOfToken[i] < 0 && SentenceSubject(i + 1, before) is ({ } cs, var ce)) return (cs, ce);
            return (null, null);
        }

        /// <summary>"Noting that X, Schlafly said ...": the comma that ends the participle's clause and the subject after it.</summary>
        private (Phrase Subject, int Comma)? OpeningParticipleSubject(int p, int b)
        {
            for (var c = p + 1; c < b - 1; c++)
            {
                if (!IsPunct(c, ",") || _quoteOfToken[c] >= 0) continue;
                // The subject is followed by its verb.
                if (CollectRight(c + 1, b) is not { } subject) return null;
                return subject.ExtentLast + 1 < b && IsWord(subject.ExtentLast + 1) ? (subject, c) : null;
            }
            return null;
        }

        /// <summary>The subject at the start of the sentence, when a verb follows it before <paramref name="before"/>.</summary>
        private (SourceMention?, Span?) SentenceSubject(int a, int before)
        {
            var first = StripLeading(a, before - 1);
            if (CollectRight(first, before) is not { } subject || subject.HeadLast >= before - 1) return (null, null);
            return (Mention(subject.HeadFirst, subject.HeadLast), SpanOf(subject.HeadFirst, subject.ExtentLast));
        }

        private AttributionRelation? SharedSource(int a, int before)
        {
            for (var i = _found.Count - 1; i >= 0; i--)
            {
                var f = _found[i];
                if (f.Cue is null || f.Cue.Span.Start < _tok[a].Span.Start) break;
                // An impression without a source ("seemed to mock") does not lend one to "..., saying".
                if (f.Cue.Span.Start < _tok[before].Span.Start && f.Source.Span is not null) return f;
            }
            return null;
        }

        /// <summary>
        /// "cited Ukrainian intelligence as saying North Korean troops were identified": the cited source becomes a
        /// citation edge and the content is what it said, after "as saying".
        /// </summary>
        private Span? CitedAsSaying(Span content, ImmutableArray<Citation>.Builder citations)
        {
            var first = _seg.TokenIndexAt(content.Start);
            var last = _seg.TokenIndexAt(content.End) - 1;
            for (var i = first + 1; i < last; i++)
            {
                if (!string.Equals(W(i), "as", StringComparison.OrdinalIgnoreCase)) continue;
                var said = i + 1;
                if (string.Equals(W(said), "having", StringComparison.OrdinalIgnoreCase) && said < last) said++;
                if (W(said).ToLowerInvariant() is not ("saying" or "said" or "telling" or "stating" or "reporting")) return null;
                if (CollectRight(first, i, anyNoun: true) is not { } cited || said + 1 > last) return null;
                citations.Add(new Citation(Mention(cited.HeadFirst, cited.HeadLast), SpanOf(first, said), "cites"));
                return SpanOf(said + 1, last);
            }
            return null;
        }

        /// <summary>"cited X as (having) said ...": the citing verb already holds this statement.</summary>
        private bool SaidOfCited(int cue)
        {
            var k = cue - 1;
            if (k > 0 && string.Equals(W(k), "having", StringComparison.OrdinalIgnoreCase)) k--;
            return k >= 0 && string.Equals(W(k), "as", StringComparison.OrdinalIgnoreCase)
                   && _found.Any(f => f.Cue?.Class == "cite" && f.Evidence.Contains(_tok[cue].Span));
        }

        private void AddCitingAppositive(int first, int last, ImmutableArray<Citation>.Builder citations)
        {
            for (var i = first; i < last; i++)
            {
                if (!string.Equals(W(i), "citing", StringComparison.OrdinalIgnoreCase)) continue;
                if (CollectRight(i + 1, last + 1) is { } cited)
                    citations.Add(new Citation(Mention(cited.HeadFirst, cited.HeadLast), SpanOf(i, cited.HeadLast), "cites"));
            }
        }

        // ---- after the cue ----------------------------------------------------------------------------------

        /// <summary>Skips the addressee of "told": up to "that", a comma, a colon or a quote, else one name or noun.</summary>
        private int SkipObject(int p, int b)
        {
            if (p >= b || !IsWord(p) || string.Equals(W(p), "that", StringComparison.OrdinalIgnoreCase)) return p;
            for (var e = p; e < b && e < p + 8; e++)
            {
                if (string.Equals(W(e), "that", StringComparison.OrdinalIgnoreCase) || IsPunct(e, ",") || IsPunct(e, ":") || IsQuoteMark(e) || IsTerminal(e))
                    return e;
                if (Is(e, "prep") && e > p) break;
            }
            var end = p + 1;
            if (Is(p, "det") || IsCap(p)) while (end < b && (IsCap(end) || IsWord(end) && !Is(end, "prep") && !Is(end, "stop") && WordKind(end) != SourceKind.Pronoun && end - p < 5 && !_lex.Verbs.ContainsKey(W(end)))) end++;
            return end;
        }

        /// <summary>
        /// Skips time phrases ("on Friday") and prepositional phrases of place, channel or agent ("in a post on X",
        /// "after a briefing by NIS chief Cho Tae-yong") after the cue. Returns the end of what was skipped.
        /// </summary>
        private int SkipModifiers(ref int p, int b, ref Span? time, ImmutableArray<Citation>.Builder citations, bool addressee = false)
        {
            while (p < b)
            {
                // "said to a crowd of about 500": the addressee of a speech verb, not its content.
                if (addressee && string.Equals(W(p), "to", StringComparison.OrdinalIgnoreCase) && p + 1 < b && IsWord(p + 1)
                    && (Is(p + 1, "det") || IsCap(p + 1) || WordKind(p + 1) == SourceKind.Pronoun))
                {
                    var q = p + 1;
                    while (q < b && !IsPunct(q, ",") && !IsPunct(q, ":") && !IsPunct(q, ";") && !IsQuoteMark(q) && !IsTerminal(q)
                           && !string.Equals(W(q), "that", StringComparison.OrdinalIgnoreCase) && !(IsWord(q) && !IsCap(q) && _lex.Verbs.ContainsKey(W(q))))
                        q++;
                    p = q;
                    continue;
                }
                if (TimeRight(p, b) is { } t)
                {
                    time ??= SpanOf(p, t);
                    p = t + 1;
                    continue;
                }
                if (IsWord(p) && Is(p, "prep") && !string.Equals(W(p), "to", StringComparison.OrdinalIgnoreCase) && !string.Equals(W(p), "for", StringComparison.OrdinalIgnoreCase))
                {
                    var q = p + 1;
                    while (q < b && !IsPunct(q, ",") && !IsPunct(q, ":") && !IsPunct(q, ";") && !IsQuoteMark(q) && !IsTerminal(q)
                           && !string.Equals(W(q), "that", StringComparison.OrdinalIgnoreCase) && WordKind(q) != SourceKind.Pronoun
                           && !(IsWord(q) && !IsCap(q) && _lex.Verbs.ContainsKey(W(q))))
                        q++;
                    FindAgent(p, q, citations);
                    p = q;
                    continue;
                }
                if (IsPunct(p, ",") && p + 1 < b && IsWord(p + 1) && Is(p + 1, "prep") && !string.Equals(W(p + 1), "to", StringComparison.OrdinalIgnoreCase))
                {
                    p++;
                    continue;
                }
                break;
            }
            return p - 1;
        }

        private void FindAgent(int first, int end, ImmutableArray<Citation>.Builder citations)
        {
            for (var i = first; i < end; i++)
            {
                if (!_lex.AgentPhrases.TryGetValue(W(i), out var phrases)) continue;
                foreach (var words in phrases)
                {
                    if (i + words.Length > end) continue;
                    var ok = true;
                    for (var w = 1; w < words.Length && ok; w++) ok = string.Equals(W(i + w), words[w], StringComparison.OrdinalIgnoreCase);
                    if (!ok || CollectRight(i + words.Length, end) is not { } agent) continue;
                    citations.Add(new Citation(Mention(agent.HeadFirst, agent.HeadLast), SpanOf(i, agent.HeadLast), "briefed-by"));
                    return;
                }
            }
        }

        /// <summary>
        /// The content of a cue: the quote just before the clause or just after the cue (direct), the clause after
        /// the cue (indirect, mixed when it holds a quote), or the clause before ", X said." when nothing follows.
        /// </summary>
        private (Span? Content, AttributionType Type) FindContent(CueVerb verb, int cueFirst, int clauseStart, int p, int a, int b)
        {
            var paragraph = _seg.Sentences[_seg.SentenceAt(_tok[cueFirst].Span.Start)!.Index].Paragraph;
            var enclosing = _quoteOfToken[cueFirst];
            var limit = b;
            if (enclosing >= 0) limit = Math.Min(limit, TokenRange(_quotes[enclosing].Span).Last);
            // Nothing follows the cue, or it is a parenthetical ("ratified, I believe, just today").
            var nothingAfter = OnlyPunctuation(p, limit) || IsPunct(p, ",") && clauseStart - 1 >= a && IsPunct(clauseStart - 1, ",") && !(p + 1 < limit && IsQuoteMark(p + 1));

            // Quote right before the clause: “...,” X said / “...,” said X; across a sentence end only for "X said."
            var before = clauseStart - 1;
            if (before >= 0 && IsPunct(before, ",")) before--;
            // A title in quotes inside an opening phrase ("On “Sunday Morning Futures,” Issa said the ...") is not the content when a clause follows.
            if (before >= 0 && _quoteByClose.TryGetValue(before, out var qb) && _quotes[qb].Paragraph == paragraph && enclosing != qb
                && (before >= a || nothingAfter && clauseStart == a)
                && (nothingAfter || _quotes[qb].IsStatement || _seg.SentenceAt(_quotes[qb].Span.Start)?.FirstToken == TokenRange(_quotes[qb].Span).First))
            {
                var (qFirst, _) = TokenRange(_quotes[qb].Span);
                // Text before the quote in its sentence makes it mixed: Pyongyang is “hoping ...,” Doo said.
                var sentenceFirst = _seg.SentenceAt(_quotes[qb].Span.Start)?.FirstToken ?? qFirst;
                if (qFirst > sentenceFirst && !IsPunct(qFirst - 1, ":"))
                    return (SpanOf(sentenceFirst, before), AttributionType.Mixed);
                return (_quotes[qb].Span, AttributionType.Direct);
            }
            // "restated what the NIS said without ...": the content is the wh-word; a clause after the cue is the content itself
            // ("which he said were accompanied by ...", "in which he said he was ..."), and so is the name after a naming verb
            // ("what he called “a perception problem”").
            if (clauseStart - 1 >= a && W(clauseStart - 1) is "what" or "which" && !nothingAfter && verb.Frame != CueFrame.As && IsWord(p) && Is(p, "prep"))
                return (SpanOf(clauseStart - 1, clauseStart - 1), AttributionType.Indirect);

            if (verb.Frame == CueFrame.As)
            {
                for (var i = p; i < limit; i++)
                {
                    if (_quoteByOpen.TryGetValue(i, out var qa) && qa != enclosing) return (_quotes[qa].Span, AttributionType.Direct);
                    if (string.Equals(W(i), "as", StringComparison.OrdinalIgnoreCase) && i + 1 < limit) { p = i + 1; break; }
                    if (IsPunct(i, ",") || IsPunct(i, ";")) break;
                }
            }

            var start = p;
            if (start < limit && (IsPunct(start, ",") || IsPunct(start, ":")) && start + 1 < limit && IsQuoteMark(start + 1)) start++;
            else if (start < limit && IsPunct(start, ":")) start++;
            else if (start + 1 < limit && IsPunct(start, ",") && IsWord(start + 1))
            {
                // "said, if elected, she would ..."; "said, however, that ...": the aside is not part of the content.
                start++;
                var close = start;
                while (close < limit && close - start < 3 && !IsPunct(close, ",")) close++;
                if (close + 1 < limit && IsPunct(close, ",") && IsAside(start, close - 1)) start = close + 1;
            }
            // A colon at the end of the sentence introduces the quote that follows (possibly the next paragraph).
            if (OnlyPunctuation(start, limit) && p < b && IsPunct(p, ":") && _quoteByOpen.TryGetValue(b, out var qn))
                return (_quotes[qn].Span, AttributionType.Direct);
            if (start < limit && _quoteByOpen.TryGetValue(start, out var qs) && qs != enclosing)
            {
                var (_, qLast) = TokenRange(_quotes[qs].Span);
                if (qLast >= LastContentToken(start, limit)) return (_quotes[qs].Span, AttributionType.Direct);
            }

            if (nothingAfter)
            {
                // Nothing after the cue: the content is before it ("They moved by ship ..., Mr. Kirby said"),
                // also for a parenthetical "..., I believe, ...".
                if (clauseStart - 1 > a && IsPunct(clauseStart - 1, ","))
                {
                    var first = a;
                    if (enclosing >= 0) first = Math.Max(first, TokenRange(_quotes[enclosing].Span).First + 1);
                    if (IsQuoteMark(first)) first++;
                    if (first >= clauseStart - 1) return (null, default);
                    // A parenthetical cue inside the clause ("But the years that followed, he said, brought a shift"): the content runs on after it.
                    if (IsPunct(p, ",") && !OnlyPunctuation(p + 1, limit)) return Typed(first, ContentEnd(p + 1, limit));
                    return Typed(first, clauseStart - 2);
                }
                return (null, default);
            }
            if (verb.Frame == CueFrame.Quote) return (null, default);
            return Typed(start, ContentEnd(start, limit));
        }

        /// <summary>"The reports were confirmed by X": the subject; "The deployment is thought to be ...": the subject and the infinitive.</summary>
        private (Span? Content, AttributionType Type) PassiveContent(Phrase subject, int p, int b)
        {
            if (p < b && string.Equals(W(p), "to", StringComparison.OrdinalIgnoreCase))
                return Typed(subject.ExtentFirst, ContentEnd(p, b));
            return Typed(subject.ExtentFirst, subject.ExtentLast);
        }

        private bool OnlyPunctuation(int from, int limit)
        {
            for (var i = from; i < limit; i++)
                if (IsWord(i) || IsQuoteMark(i)) return false;
            return true;
        }

        private int LastContentToken(int start, int limit)
        {
            var last = limit - 1;
            while (last > start && (IsTerminal(last) || IsPunct(last, ":") || IsPunct(last, ","))) last--;
            return last;
        }

        /// <summary>The last token of an indirect content: before ";", ", according to", ", adding", or the final period.</summary>
        private int ContentEnd(int start, int limit)
        {
            for (var i = start + 1; i < limit; i++)
            {
                if (_quoteOfToken[i] >= 0 && _quoteOfToken[i] != _quoteOfToken[start]) continue;
                if (IsPunct(i, ";")) return i - 1;
                // "said she regretted her remarks and promised to ...": a second verb of the source ends the content.
                if (W(i) is "and" or "but" && i + 1 < limit && !IsCap(i + 1) && _lex.Verbs.ContainsKey(W(i + 1)) && i - 1 > start)
                    return IsPunct(i - 1, ",") ? i - 2 : i - 1;
                if (IsPunct(i, ",") && i + 1 < limit && IsWord(i + 1))
                {
                    if (_lex.Phrases.TryGetValue(W(i + 1), out var ph) && MatchPhrase(ph, i + 1, limit) is { IsPreposition: true }) return i - 1;
                    if (W(i + 1).EndsWith("ing", StringComparison.Ordinal) && _lex.Verbs.ContainsKey(W(i + 1))) return i - 1;
                    // "who has endorsed Clinton, said ...": the main clause's speech verb ends a relative clause's or participle's content.
                    if (_lex.Verbs.TryGetValue(W(i + 1), out var next) && next.Lemma is "say" or "tell" && !IsCap(i + 1) && i - 1 >= start) return i - 1;
                }
            }
            var last = limit - 1;
            // Keep a closing quote mark when the content ends inside a quote; drop the sentence's own final period.
            while (last > start && (IsTerminal(last) || IsPunct(last, ",") || IsPunct(last, ":"))) last--;
            // A quote opened in the content and running past the sentence extends the content to its close.
            for (var i = start; i <= last; i++)
            {
                if (_quoteByOpen.TryGetValue(i, out var q))
                {
                    var (_, qLast) = TokenRange(_quotes[q].Span);
                    if (qLast > last && _quotes[q].Paragraph == _quotes[_quoteOfToken[i]].Paragraph) last = qLast;
                    i = Math.Max(i, qLast);
                }
            }
            return last;
        }

        private (Span? Content, AttributionType Type) Typed(int first, int last)
        {
            if (last < first) return (null, default);
            var span = SpanOf(first, last);
            var hasQuote = false;
            for (var i = first; i <= last && !hasQuote; i++) hasQuote = _quoteByOpen.ContainsKey(i);
            return (span, hasQuote ? AttributionType.Mixed : AttributionType.Indirect);
        }

        private void AccordingTo(int first, int end, int a, int b, CuePhrase phrase)
        {
            if (CollectRight(end, b, anyNoun: true) is not { } src) return;
            var enclosing = _quoteOfToken[first];
            var from = a;
            var to = b;
            if (enclosing >= 0)
            {
                var (qf, ql) = TokenRange(_quotes[enclosing].Span);
                from = Math.Max(from, qf + 1);
                to = Math.Min(to, ql);
            }
            var k = first - 1;
            while (k >= from && (Is(k, "connective") || Is(k, "skip") || IsQuoteMark(k))) k--;
            Span? content;
            AttributionType type;
            // An appositive of X must close with a second comma within a few words: "According to X, a spokesman, the ...".
            if (src.ExtentLast > src.HeadLast)
            {
                var close = src.HeadLast + 2;
                while (close < to && close - src.HeadLast < 12 && !IsPunct(close, ",")) close++;
                src = close < to && IsPunct(close, ",") && close - src.HeadLast < 12 ? src with { ExtentLast = close - 1 } : src with { ExtentLast = src.HeadLast };
            }
            var afterSource = src.ExtentLast + 1;
            if (k < from)
            {
                // "According to X, the first soldiers ...".
                var start = afterSource < to && IsPunct(afterSource, ",") ? afterSource + 1 : afterSource;
                if (start >= to) return;
                (content, type) = Typed(start, ContentEnd(start, to));
            }
            else if (IsPunct(k, ","))
            {
                // "..., according to the Yonhap News Agency report."
                var start = from;
                if (start < k && IsQuoteMark(start)) start++;
                (content, type) = Typed(start, k - 1);
            }
            else return;
            if (content is null) return;
            var cue = new Cue(SpanOf(first, end - 1), _text[_tok[first].Span.Start.._tok[end - 1].Span.End], phrase.Lemma, phrase.Class);
            var time = FindTime(first, src.ExtentLast, content.Value);
            Add(Mention(src.HeadFirst, src.HeadLast), SpanOf(src.HeadFirst, src.ExtentLast), cue, content.Value, type, null, null, time, []);
        }

        // ---- channel and time -------------------------------------------------------------------------------

        private (Span? Channel, string? Kind) FindChannel(int first, int last, Span content, int objectFirst, int objectEnd)
        {
            for (var i = first; i <= last; i++)
            {
                if (content.Contains(_tok[i].Span.Start) || !_lex.Channels.TryGetValue(W(i), out var options)) continue;
                foreach (var (words, kind) in options)
                {
                    if (i + words.Length - 1 > last) continue;
                    var ok = true;
                    for (var w = 1; w < words.Length && ok; w++) ok = string.Equals(W(i + w).TrimEnd('.'), words[w], StringComparison.OrdinalIgnoreCase);
                    if (!ok) continue;
                    // The addressee of "told" is the channel as a whole: "told The Washington Times", "told a Thursday briefing".
                    if (i >= objectFirst && i < objectEnd) return (SpanOf(objectFirst, objectEnd - 1), kind);
                    if (kind == "media") continue;
                    var span = SpanOf(i, i + words.Length - 1);
                    // "on X." ends the sentence: the period is not part of the channel.
                    if (W(i + words.Length - 1).EndsWith('.') && !words[^1].EndsWith('.')) span = new Span(span.Start, span.Length - 1);
                    return (span, kind);
                }
            }
            return (null, null);
        }

        private Span? FindTime(int first, int last, Span content)
        {
            for (var i = first; i <= last; i++)
            {
                if (content.Contains(_tok[i].Span.Start) || !IsTimeWord(i)) continue;
                if (string.Equals(W(i), "this", StringComparison.OrdinalIgnoreCase) || string.Equals(W(i), "last", StringComparison.OrdinalIgnoreCase))
                    if (i + 1 > last || !IsTimeWord(i + 1)) continue;
                var start = TimeLeft(i, first) ?? i;
                var end = i;
                while (end + 1 <= last && IsTimeWord(end + 1)) end++;
                return SpanOf(start, end);
            }
            return null;
        }

        // ---- results ----------------------------------------------------------------------------------------

        private void Add(SourceMention source, Span? extent, Cue? cue, Span content, AttributionType type, Span? channel, string? channelKind,
            Span? time, ImmutableArray<Citation> citations)
        {
            var start = content.Start;
            var end = content.End;
            if (extent is { } e) { start = Math.Min(start, e.Start); end = Math.Max(end, e.End); }
            if (cue is not null) { start = Math.Min(start, cue.Span.Start); end = Math.Max(end, cue.Span.End); }
            var insideQuote = cue is not null && _quoteOfToken[_seg.TokenIndexAt(cue.Span.End) - 1] is var q && q >= 0 && _quotes[q].IsStatement;
            _found.Add(new AttributionRelation(source, extent, cue, content, type, Span.FromBounds(start, end), channel, channelKind, time, citations)
            {
                InsideQuote = insideQuote,
            });
        }

        /// <summary>
        /// "“He is ignorant of our culture.” ― Pamela Padilla": a paragraph that is a quote signed after a dash with a short
        /// capitalised name is that person's statement (reader responses, epigraphs).
        /// </summary>
        public void SignedQuotes()
        {
            for (var q = 0; q < _quotes.Length; q++)
            {
                var (first, last) = TokenRange(_quotes[q].Span);
                // A statement nested in the quote ("“... Trump said Hispanics live in hell ...” ― Pamela Padilla") is the signer's report, not the quote's speaker.
                var span = _quotes[q].Span;
                if (!_quotes[q].IsStatement || _found.Any(f => f.Content.Overlaps(span) && !(f.Cue is { } c && span.Contains(c.Span)))) continue;
                var paragraph = _seg.SentenceAt(_tok[first].Span.Start)!.Paragraph;
                if (first > 0 && _seg.SentenceAt(_tok[first - 1].Span.Start)?.Paragraph == paragraph) continue;
                var dash = last + 1;
                if (!InDocument(dash) || !IsDash(dash)) continue;
                var end = dash + 1;
                while (InDocument(end) && IsCap(end) && _seg.SentenceAt(_tok[end].Span.Start)!.Paragraph == paragraph) end++;
                var nameLast = end - 1;
                if (nameLast == dash || nameLast - dash > 5) continue;
                if (InDocument(end) && IsTerminal(end)) end++;
                if (InDocument(end) && _seg.SentenceAt(_tok[end].Span.Start)!.Paragraph == paragraph) continue;
                Add(Mention(dash + 1, nameLast), SpanOf(dash + 1, nameLast), new Cue(SpanOf(dash, dash), W(dash), "say", "say"),
                    _quotes[q].Span, AttributionType.Direct, null, null, null, []);
            }
        }

        /// <summary>
        /// Quotes no cue claimed: a quote that continues the previous paragraph's quote, or stands in a paragraph
        /// whose other quote or statement has a speaker, takes that speaker; a statement-length quote with no such
        /// context is "unknown"; a short phrase with no cue (a title, a scare quote) is not attributed.
        /// </summary>
        public void AttributeRemainingQuotes()
        {
            var covered = new bool[_quotes.Length];
            foreach (var f in _found)
                for (var q = 0; q < _quotes.Length; q++)
                    if (f.Content.Overlaps(_quotes[q].Span) && !(f.Cue is { } c && _quotes[q].Span.Contains(c.Span) && !IsTurn(f, q))) covered[q] = true;

            var extra = new List<AttributionRelation>();
            for (var q = 0; q < _quotes.Length; q++)
            {
                if (covered[q]) continue;
                var quote = _quotes[q];
                AttributionRelation? from = null;
                if (quote.Continues && q > 0)
                    from = Speaker(_quotes[q - 1].Span, extra);
                if (from is null && (quote.IsStatement || AdjacentToQuote(q)))
                    from = NearestInParagraph(quote, extra);
                if (from is not null)
                {
                    extra.Add(new AttributionRelation(from.Source, null, null, quote.Span, AttributionType.Direct, quote.Span, null, null, null, [])
                    { Inherited = true });
                }
                else if (quote.IsStatement && StartsSentence(quote))
                {
                    extra.Add(new AttributionRelation(SourceMention.Unknown, null, null, quote.Span, AttributionType.Direct, quote.Span, null, null, null, []));
                }
            }
            _found.AddRange(extra);
        }

        private bool AdjacentToQuote(int q) =>
            q > 0 && _quotes[q - 1].Paragraph == _quotes[q].Paragraph && _quotes[q].IsStatement;

        /// <summary>A statement quote opens its sentence; one in mid-sentence with no cue is part of the narrative.</summary>
        private bool StartsSentence(Quote quote)
        {
            var first = _seg.TokenIndexAt(quote.Span.Start);
            var sentence = _seg.SentenceAt(quote.Span.Start);
            return sentence is not null && (sentence.FirstToken == first || first > 0 && IsPunct(first - 1, ":"));
        }

        private AttributionRelation? Speaker(Span quote, List<AttributionRelation> extra)
        {
            foreach (var f in _found.Concat(extra))
                if (f.Content.Overlaps(quote) && f.Source.Kind != SourceKind.Unknown) return f;
            return null;
        }

        private AttributionRelation? NearestInParagraph(Quote quote, List<AttributionRelation> extra)
        {
            var paragraph = _seg.Paragraphs[quote.Paragraph].Span;
            AttributionRelation? best = null;
            var bestDistance = int.MaxValue;
            foreach (var f in _found.Concat(extra))
            {
                if (!paragraph.Contains(f.Content.Start) || f.Source.Kind == SourceKind.Unknown || f.Cue is { Lemma: "according to" }) continue;
                if (f.Content.Overlaps(quote.Span)) continue;
                // Prefer the statement before the quote; a later one only when nothing precedes.
                var distance = f.Content.End <= quote.Span.Start ? quote.Span.Start - f.Content.End : 100_000 + f.Content.Start - quote.Span.End;
                if (distance < bestDistance) { best = f; bestDistance = distance; }
            }
            return best;
        }

        /// <summary>
        /// An indirect content ends where a comma-spliced or coordinated statement of another source begins:
        /// "Comey has said that he makes recommendations, Lewandowski said he does not". A complement clause
        /// ("said Lewandowski thinks ...") stays nested.
        /// </summary>
        private AttributionRelation CutAtNextStatement(AttributionRelation outer)
        {
            if (outer.Type == AttributionType.Direct) return outer;
            var cut = -1;
            foreach (var inner in _found)
            {
                if (ReferenceEquals(inner, outer) || inner.Cue is null || inner.InsideQuote || !outer.Content.Contains(inner.Cue.Span)) continue;
                var first = _seg.TokenIndexAt(Math.Min(inner.Evidence.Start, inner.Content.End <= inner.Cue.Span.Start ? inner.Cue.Span.Start : inner.Evidence.Start));
                var before = first - 1;
                if (before >= 0 && W(before) is "and" or "but" && before - 1 >= 0 && IsPunct(before - 1, ",")) before--;
                if (before < 0 || !(IsPunct(before, ",") || IsPunct(before, ";")) || _tok[before].Span.Start <= outer.Content.Start) continue;
                if (outer.Cue is { } oc && _tok[before].Span.Start < oc.Span.End) continue;
                if (cut < 0 || before < cut) cut = before;
            }
            if (cut < 0) return outer;
            var last = cut - 1;
            var firstToken = _seg.TokenIndexAt(outer.Content.Start);
            while (last > firstToken && (IsPunct(last, ",") || IsTerminal(last))) last--;
            return last < firstToken ? outer : outer with { Content = SpanOf(firstToken, last) };
        }

        public ImmutableArray<AttributionRelation> Finish()
        {
            var ordered = _found.Select(CutAtNextStatement).OrderBy(f => f.Content.Start).ThenBy(f => f.Evidence.Start).ToList();
            // An attribution inside another's content is a citation by the outer source ("restated what the NIS said").
            for (var o = 0; o < ordered.Count; o++)
            {
                var outer = ordered[o];
                var nested = ImmutableArray.CreateBuilder<Citation>();
                foreach (var inner in ordered)
                {
                    if (ReferenceEquals(inner, outer) || inner.Cue is null || inner.Source.Span is null) continue;
                    if (!outer.Content.Contains(inner.Cue.Span) || inner.Source.Span is { } s && !outer.Content.Contains(s)) continue;
                    if (outer.Source.Span is { } os && inner.Source.Span == os) continue;
                    nested.Add(new Citation(inner.Source, inner.Evidence, "nested"));
                }
                if (nested.Count > 0) ordered[o] = outer with { Cites = outer.Cites.AddRange(nested) };
            }
            return [.. ordered];
        }
    }
}
