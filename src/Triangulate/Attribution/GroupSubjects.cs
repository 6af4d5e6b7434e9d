using System.Collections.Immutable;
using Triangulate.Documents;
using Triangulate.Segmentation;

namespace Triangulate.Attribution;

/// <summary>
/// "The U.S. and NATO have been cautious. Neither has been willing to ...": a group word ("neither", "both", "each")
/// that opens its sentence as a source stands for the names joined by "and" or "or" that open the sentence before it
/// in the paragraph. That subject becomes the source's head, so the ledger holds it; the word stays the extent, as
/// the sentence writes it (and PolNeAR marks it).
/// </summary>
internal static class GroupSubjects
{
    public static ImmutableArray<AttributionRelation> Resolve(ImmutableArray<AttributionRelation> found, string text,
        Segmentation.Segmentation seg, AttributionLexicon lex) =>
        [.. found.Select(a => Resolve(a, text, seg, lex))];

    private static AttributionRelation Resolve(AttributionRelation a, string text, Segmentation.Segmentation seg, AttributionLexicon lex)
    {
        if (a.Source.Span is not { } span) return a;
        var tok = seg.Tokens;
        var t = seg.TokenIndexAt(span.Start);
        if (tok[t].Span != span || !lex.Is(tok[t].Text, "group")) return a;
        if (seg.SentenceAt(span.Start) is not { Index: > 0 } sentence || sentence.FirstToken != t) return a;
        var previous = seg.Sentences[sentence.Index - 1];
        if (previous.Paragraph != sentence.Paragraph) return a;
        var (first, end) = (previous.FirstToken, previous.FirstToken + previous.TokenCount);
        var m = first;
        var joined = false;
        while (m < end && tok[m].Kind == TokenKind.Word && !lex.Is(tok[m].Text, "prep")
               && (char.IsUpper(tok[m].Text[0]) || lex.Is(tok[m].Text, "det") || tok[m].Text is "and" or "or"))
        {
            joined |= tok[m].Text is "and" or "or";
            m++;
        }
        var last = m - 1;
        // The coordinated names must end in a name and be followed by the sentence's verb, not a comma ("In Seoul and Kyiv, ...").
        if (!joined || last <= first || !char.IsUpper(tok[last].Text[0]) || m >= end || tok[m].Kind != TokenKind.Word) return a;
        var group = Span.FromBounds(tok[first].Span.Start, tok[last].Span.End);
        return a with
        {
            Source = new SourceMention(group, group.Of(text), lex.SourceKindOf(tok.AsSpan(), first, last)),
            SourceExtent = a.SourceExtent ?? span,
        };
    }
}
