using System.Collections.Immutable;
using System.Numerics;
using Triangulate.Entities.Recognition;
using Triangulate.Learning;
using Triangulate.Segmentation;

namespace Triangulate.Attribution.Tagging;

/// <summary>Hashed feature keys of every token of one document, split into sequences (paragraphs).</summary>
internal sealed class RoleFeatureSet(uint[] keys, int[] offsets, int[] sequenceStarts) : ISequenceFeatures
{
    public uint[] Keys { get; } = keys;
    /// <summary>Token t's keys are Keys[Offsets[t]..Offsets[t + 1]].</summary>
    public int[] Offsets { get; } = offsets;
    /// <summary>First token of each sequence, then the token count.</summary>
    public int[] SequenceStarts { get; } = sequenceStarts;
    public int TokenCount => Offsets.Length - 1;
    public ReadOnlySpan<uint> Of(int token) => Keys.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
}

/// <summary>
/// The tagger's view of a token: its words and their shapes around it, whether it stands in a quote, the reporting
/// lexicon, and the role the rules gave it (stacking: the model learns where the rules' spans are right, where their
/// boundaries drift, and which cues they miss).
/// </summary>
internal static class RoleFeatures
{
    /// <summary>
    /// Every token has the same templates: 26 of words, shapes, rules and lexicon, 4 at each of 3 cluster depths and 2
    /// word bigrams; then one per rule attribution whose source or content holds it.
    /// </summary>
    private const int KeysPerToken = 26 + 3 * 4 + 2;

    public static RoleFeatureSet Extract(Segmentation.Segmentation seg, ImmutableArray<Quote> quotes,
        ImmutableArray<AttributionRelation> rules, AttributionLexicon lex)
    {
        var tok = seg.Tokens;
        var n = tok.Length;
        // Each token's parts hashed once; positions are shifted by 2 so that the window never leaves the arrays.
        var words = new ulong[n + 4];
        var shapes = new ulong[n + 4];
        var ruleTags = new ulong[n + 4];
        var clusterPaths = new ulong[n + 4];
        var suffixes = new ulong[n];
        var verbClasses = new ulong[n];
        var sourceKinds = new ulong[n];
        Array.Fill(words, Boundary);
        Array.Fill(shapes, Boundary);
        var clusters = NerClusters.Default;
        var ruleRoles = RuleTags(seg, rules);
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < n; i++)
        {
            var word = tok[i].Text;
            var folded = Fold(word, word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length]);
            words[i + 2] = Hash(folded);
            suffixes[i] = Hash(folded[Math.Max(0, folded.Length - 3)..]);
            if (tok[i].Kind == TokenKind.Word)
            {
                verbClasses[i] = lex.Verbs.TryGetValue(tok[i].Text, out var verb) ? Hash(verb.Class) : 0;
                sourceKinds[i] = lex.SourceWords.TryGetValue(tok[i].Text, out var kind) ? (ulong)kind + 1 : 0;
            }
            shapes[i + 2] = Hash(Shape(tok[i]));
            ruleTags[i + 2] = (ulong)ruleRoles[i] + 1;
            clusterPaths[i + 2] = clusters.PathOf(tok[i].Text);
        }
        var inQuote = new bool[n];
        foreach (var q in quotes)
            for (var t = seg.TokenIndexAt(q.Span.Start); t < n && tok[t].Span.Start < q.Span.End; t++) inQuote[t] = true;
        var sentenceStart = new bool[n];
        var sentenceOf = new int[n];
        foreach (var s in seg.Sentences)
        {
            if (s.FirstToken < n) sentenceStart[s.FirstToken] = true;
            for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount && t < n; t++) sentenceOf[t] = s.Index;
        }
        var (cueLeft, cueRight) = CueDistances(ruleRoles, sentenceOf);
        var ruleContext = RuleContext(seg, rules);

        var keys = new uint[n * KeysPerToken + ruleContext.Sum(c => c?.Count ?? 0)];
        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            var next = offsets[i];
            var j = i + 2;
            var (w, r) = (words[j], ruleTags[j]);
            keys[next++] = Key(0, 0);
            keys[next++] = Key(1, w);
            keys[next++] = Key(2, words[j - 1]);
            keys[next++] = Key(3, words[j + 1]);
            keys[next++] = Key(4, words[j - 2]);
            keys[next++] = Key(5, words[j + 2]);
            keys[next++] = Key(6, words[j - 1], w);
            keys[next++] = Key(7, w, words[j + 1]);
            keys[next++] = Key(8, suffixes[i]);
            keys[next++] = Key(9, shapes[j]);
            keys[next++] = Key(10, shapes[j - 1], shapes[j], shapes[j + 1]);
            keys[next++] = Key(11, r);
            keys[next++] = Key(12, ruleTags[j - 1]);
            keys[next++] = Key(13, ruleTags[j + 1]);
            keys[next++] = Key(14, r, w);
            keys[next++] = Key(15, ruleTags[j - 1], r, ruleTags[j + 1]);
            keys[next++] = Key(16, r, shapes[j]);
            keys[next++] = Key(17, inQuote[i] ? 1UL : 0, r);
            keys[next++] = Key(18, verbClasses[i], r);
            keys[next++] = Key(19, sentenceStart[i] ? 1UL : 0, r);
            keys[next++] = Key(20, Bucket(cueLeft[i]), r);
            keys[next++] = Key(21, Bucket(cueRight[i]), r);
            keys[next++] = Key(22, Bucket(cueLeft[i]), Bucket(cueRight[i]));
            keys[next++] = Key(23, sourceKinds[i], r);
            keys[next++] = Key(24, words[j - 1], w, words[j + 1]);
            keys[next++] = Key(25, ruleTags[j - 2], ruleTags[j + 2]);
            // Word clusters at three depths let cues and source heads the training data saw generalise to their neighbours.
            var template = 26;
            foreach (var bits in (ReadOnlySpan<int>)[4, 8, 12])
            {
                var (before, here, after) = (NerClusters.Prefix(clusterPaths[j - 1], bits), NerClusters.Prefix(clusterPaths[j], bits), NerClusters.Prefix(clusterPaths[j + 1], bits));
                keys[next++] = Key(template++, here);
                keys[next++] = Key(template++, before, here);
                keys[next++] = Key(template++, here, after);
                keys[next++] = Key(template++, here, r);
            }
            keys[next++] = Key(63, words[j - 2], words[j - 1]);
            keys[next++] = Key(64, words[j + 1], words[j + 2]);
            // The source kind goes with the token's own rule tag (first, inside), the statement's type with its cue class.
            foreach (var (t, a, b) in ruleContext[i] ?? []) keys[next++] = Key(t, a, t == SourceKindTemplate ? r : b);
            offsets[i + 1] = next;
        }

        var starts = new List<int> { 0 };
        foreach (var p in seg.Paragraphs)
        {
            if (p.SentenceCount == 0) continue;
            var first = seg.Sentences[p.FirstSentence].FirstToken;
            if (first > starts[^1] && first < n) starts.Add(first);
        }
        starts.Add(n);
        return new RoleFeatureSet(keys, offsets, [.. starts]);
    }

    private const int SourceKindTemplate = 78;
    private const int StatementTemplate = 79;

    /// <summary>
    /// What the rules know about the attributions a token belongs to: the kind of the source it is part of (a pronoun's
    /// extent differs from a name's), and the type and cue class of the statement it is content of.
    /// </summary>
    private static List<(int Template, ulong A, ulong B)>?[] RuleContext(Segmentation.Segmentation seg, ImmutableArray<AttributionRelation> rules)
    {
        var tok = seg.Tokens;
        var context = new List<(int, ulong, ulong)>?[tok.Length];
        void Add(int t, int template, ulong a, ulong b) => (context[t] ??= []).Add((template, a, b));
        foreach (var a in rules)
        {
            var kind = (ulong)a.Source.Kind + 1;
            var type = (ulong)a.Type + 1;
            var cls = a.Cue is { } cue ? Hash(cue.Class) : 0;
            if ((a.SourceExtent ?? a.Source.Span) is { } source)
                for (var t = seg.TokenIndexAt(source.Start); t < tok.Length && tok[t].Span.Start < source.End; t++) Add(t, SourceKindTemplate, kind, 0);
            for (var t = seg.TokenIndexAt(a.Content.Start); t < tok.Length && tok[t].Span.Start < a.Content.End; t++) Add(t, StatementTemplate, type, cls);
        }
        return context;
    }

    /// <summary>The BIO tag each token has in the rules' attributions: content first, then cues and sources over it.</summary>
    public static int[] RuleTags(Segmentation.Segmentation seg, ImmutableArray<AttributionRelation> rules)
    {
        var tags = new int[seg.Tokens.Length];
        foreach (var a in rules) Mark(seg, tags, a.Content, AttributionRole.Content);
        foreach (var a in rules)
        {
            if (a.Cue is { } cue) Mark(seg, tags, cue.Span, AttributionRole.Cue);
            if ((a.SourceExtent ?? a.Source.Span) is { } source) Mark(seg, tags, source, AttributionRole.Source);
        }
        RoleTags.Repair(tags);
        return tags;
    }

    /// <summary>Tags the tokens that start inside <paramref name="span"/>.</summary>
    public static void Mark(Segmentation.Segmentation seg, int[] tags, Documents.Span span, AttributionRole role)
    {
        var first = seg.TokenIndexAt(span.Start);
        for (var t = first; t < seg.Tokens.Length && seg.Tokens[t].Span.Start < span.End; t++)
            tags[t] = t == first ? RoleTags.Begin(role) : RoleTags.Inside(role);
    }

    private static (int[] Left, int[] Right) CueDistances(int[] ruleRoles, int[] sentenceOf)
    {
        var n = ruleRoles.Length;
        var left = new int[n];
        var right = new int[n];
        var last = -1;
        for (var i = 0; i < n; i++)
        {
            if (last >= 0 && sentenceOf[last] != sentenceOf[i]) last = -1;
            left[i] = last < 0 ? -1 : i - last;
            if (RoleTags.RoleOf(ruleRoles[i]) == AttributionRole.Cue) last = i;
        }
        last = -1;
        for (var i = n - 1; i >= 0; i--)
        {
            if (last >= 0 && sentenceOf[last] != sentenceOf[i]) last = -1;
            right[i] = last < 0 ? -1 : last - i;
            if (RoleTags.RoleOf(ruleRoles[i]) == AttributionRole.Cue) last = i;
        }
        return (left, right);
    }

    private static ulong Bucket(int distance) => distance switch
    {
        < 0 => 0,
        <= 2 => (ulong)distance + 1,
        <= 4 => 4,
        <= 8 => 5,
        <= 16 => 6,
        _ => 7,
    };

    /// <summary>The word in lower case, digits as 0 and curly apostrophes straight, written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Fold(string word, Span<char> buffer)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            buffer[i] = char.IsDigit(c) ? '0' : c is '’' ? '\'' : char.ToLowerInvariant(c);
        }
        return buffer;
    }

    private static string Shape(Token token) => token.Kind switch
    {
        TokenKind.Number => "9",
        TokenKind.Punctuation or TokenKind.Symbol => token.Text,
        _ when token.Text.All(char.IsUpper) && token.Text.Length > 1 => "XX",
        _ when char.IsUpper(token.Text[0]) => "Xx",
        _ => "x",
    };

    private const ulong Boundary = 0x9E3779B97F4A7C15;

    private static ulong Hash(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text) h = (h ^ c) * 1099511628211UL;
        return h;
    }

    private static uint Key(int template, ulong a, ulong b = 0, ulong c = 0)
    {
        var h = Mix((ulong)template * 0xD6E8FEB86659FD93UL ^ a ^ BitOperations.RotateLeft(b, 21) ^ BitOperations.RotateLeft(c, 42));
        return (uint)(h ^ (h >> 32));
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB93F53FE1A85UL;
        return x ^ (x >> 33);
    }
}
