using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Documents;
using Triangulate.Resources;
using Triangulate.Segmentation;

namespace Triangulate.Attribution;

/// <summary>
/// "The U.S. and NATO have been cautious. Neither has been willing to ...", "The two candidates said", "All three
/// said": a source phrase made of a group word stands for the nearest names joined by "and" or commas before it, in
/// its sentence or the two before, when their number fits the word. That group becomes the source's head, so the
/// ledger holds each member; the words stay the extent, as the sentence writes them (and PolNeAR marks them). A group
/// word with no such group stays an unresolved pronoun: a guess would be dressed up as a fact.
/// </summary>
internal static class GroupSubjects
{
    private const string Root = "Attribution/Resources/";

    /// <summary>How many sentences before the source's own may name the group.</summary>
    private const int SentencesBack = 2;

    /// <summary>Words after the group word that may describe the group ("the two Democratic candidates", "of them").</summary>
    private const int MaxTrailingWords = 4;

    private static readonly FrozenDictionary<string, (int? Size, string Position)> Words =
        Lexicon.Rows(Root + "group-words.tsv").ToFrozenDictionary(
            r => r[0],
            r => (r[1] == "*" ? (int?)null : int.Parse(r[1], CultureInfo.InvariantCulture), r[2]),
            StringComparer.OrdinalIgnoreCase);

    public static ImmutableArray<AttributionRelation> Resolve(ImmutableArray<AttributionRelation> found, string text,
        Segmentation.Segmentation seg, AttributionLexicon lex) =>
        [.. found.Select(a => Resolve(a, text, seg, lex))];

    private static AttributionRelation Resolve(AttributionRelation a, string text, Segmentation.Segmentation seg, AttributionLexicon lex)
    {
        if (a.Source.Span is not { } span || GroupWordIn(seg, span) is not { } word) return a;
        if (Antecedent(seg, lex, span, word.Size) is not { } group)
            return a with { Source = a.Source with { Kind = SourceKind.Pronoun } };
        var head = Span.FromBounds(seg.Tokens[group.First].Span.Start, seg.Tokens[group.Last].Span.End);
        return a with
        {
            Source = new SourceMention(head, head.Of(text), lex.SourceKindOf(seg.Tokens.AsSpan(), group.First, group.Last)),
            SourceExtent = a.SourceExtent ?? span,
        };
    }

    /// <summary>The group word a source phrase is made of, with the size it gives the group; null when it is none.</summary>
    private static (int? Size, int Index)? GroupWordIn(Segmentation.Segmentation seg, Span phrase)
    {
        var first = seg.TokenIndexAt(phrase.Start);
        var end = seg.TokenIndexAt(phrase.End);
        if (first >= end || seg.Tokens[first].Span.Start != phrase.Start) return null;
        var at = Words.TryGetValue(seg.Tokens[first].Text, out var lead) && lead.Position == "determiner" ? first + 1 : first;
        if (at >= end || !Words.TryGetValue(seg.Tokens[at].Text, out var word)) return null;
        if (word.Position != (at > first ? "counted" : "alone")) return null;
        for (var i = at + 1; i < end; i++)
            if (seg.Tokens[i].Kind != TokenKind.Word || seg.Tokens[i].Text is "and" or "or") return null;
        return end - at - 1 <= MaxTrailingWords ? (word.Size, at) : null;
    }

    /// <summary>
    /// The last names joined by "and" or commas that end before the source, in its sentence or the few before it, as
    /// first and last token (a "the" before the first name included); null when that group's size does not fit.
    /// </summary>
    private static (int First, int Last)? Antecedent(Segmentation.Segmentation seg, AttributionLexicon lex, Span source, int? size)
    {
        if (seg.SentenceAt(source.Start) is not { } sentence) return null;
        var tok = seg.Tokens;
        var from = seg.Sentences[Math.Max(0, sentence.Index - SentencesBack)].FirstToken;
        var to = seg.TokenIndexAt(source.Start);
        (int First, int Last, int Members)? last = null;
        var i = from;
        while (i < to)
        {
            if (!IsName(tok, lex, i)) { i++; continue; }
            var (first, members, end) = (i, 0, i);
            while (true)
            {
                var nameEnd = i;
                while (nameEnd + 1 < to && IsName(tok, lex, nameEnd + 1)) nameEnd++;
                members++;
                end = nameEnd;
                var next = nameEnd + 1;
                if (next < to && tok[next].Text == ",") next++;
                if (next < to && tok[next].Text is "and" or "&") next++;
                var joined = next > nameEnd + 1;
                if (next < to && tok[next].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) next++;
                if (!joined || next >= to || !IsName(tok, lex, next)) break;
                i = next;
            }
            var afterPreposition = first > from && lex.Is(tok[first - 1].Text, "prep");
            if (members > 1 && !afterPreposition)
            {
                var withArticle = first > from && tok[first - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? first - 1 : first;
                last = (withArticle, end, members);
            }
            i = end + 1;
        }
        return last is { } group && (size is null || group.Members == size) ? (group.First, group.Last) : null;
    }

    /// <summary>A capitalized word that is not a function word ("The", "Both", "However" open sentences, not names).</summary>
    private static bool IsName(ImmutableArray<Token> tok, AttributionLexicon lex, int i) =>
        tok[i].Kind == TokenKind.Word && char.IsUpper(tok[i].Text[0]) && !lex.Roles.ContainsKey(tok[i].Text) && !Words.ContainsKey(tok[i].Text);
}
