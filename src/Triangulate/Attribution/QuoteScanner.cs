using System.Collections.Immutable;
using Triangulate.Documents;
using Triangulate.Segmentation;

namespace Triangulate.Attribution;

/// <summary>
/// A stretch of text between double quotation marks, marks included. A quote left open at the end of its
/// paragraph runs to that end (<see cref="OpenAtEnd"/>); the next paragraph continues it when it opens with a mark
/// (<see cref="Continues"/>), the news convention for quotes over several paragraphs.
/// </summary>
public sealed record Quote(Span Span, int Paragraph, bool OpenAtEnd, bool Continues, int WordCount)
{
    /// <summary>Long enough to be a statement rather than a title or a scare-quoted phrase.</summary>
    public bool IsStatement => WordCount >= 6 || Continues || OpenAtEnd;
}

/// <summary>Finds double-quoted stretches: curly “…”, straight "…", « … » and TeX-style ``…''; single quotes inside stay inside.</summary>
public static class QuoteScanner
{
    public static ImmutableArray<Quote> Scan(string text, Segmentation.Segmentation segmentation)
    {
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        var previousOpenAtEnd = false;
        foreach (var paragraph in segmentation.Paragraphs)
        {
            var span = paragraph.Span;
            var open = -1;
            var first = true;
            for (var i = span.Start; i < span.End; i++)
            {
                var c = text[i];
                var width = 1;
                bool opens, closes;
                if (c is '“' or '«') { opens = true; closes = false; }
                else if (c is '”' or '»') { opens = false; closes = open >= 0; }
                else if (c == '"') { opens = open < 0; closes = open >= 0; }
                else if ((c == '`' || c == '\'') && i + 1 < span.End && text[i + 1] == c && (c == '`' || !IsWordChar(text, i - 1) || open >= 0))
                {
                    width = 2;
                    opens = c == '`' || open < 0;
                    closes = !opens;
                }
                else continue;

                if (opens)
                {
                    // A new opening mark inside an open quote means the closing mark was missing: end there.
                    if (open >= 0) quotes.Add(Make(text, segmentation, open, i, paragraph.Index, false, first && previousOpenAtEnd));
                    if (open >= 0) first = false;
                    open = i;
                }
                else if (closes)
                {
                    quotes.Add(Make(text, segmentation, open, i + width, paragraph.Index, false, first && previousOpenAtEnd && open == FirstNonSpace(text, span)));
                    first = false;
                    open = -1;
                }
                i += width - 1;
            }
            var continues = first && previousOpenAtEnd && open == FirstNonSpace(text, span);
            previousOpenAtEnd = false;
            if (open >= 0)
            {
                quotes.Add(Make(text, segmentation, open, span.End, paragraph.Index, true, continues));
                previousOpenAtEnd = true;
            }
        }
        return quotes.ToImmutable();
    }

    private static bool IsWordChar(string text, int i) => i >= 0 && char.IsLetterOrDigit(text[i]);

    private static int FirstNonSpace(string text, Span span)
    {
        var i = span.Start;
        while (i < span.End && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static Quote Make(string text, Segmentation.Segmentation seg, int start, int end, int paragraph, bool openAtEnd, bool continues)
    {
        var words = 0;
        for (var t = seg.TokenIndexAt(start); t < seg.Tokens.Length && seg.Tokens[t].Span.Start < end; t++)
            if (seg.Tokens[t].Kind is TokenKind.Word or TokenKind.Number) words++;
        return new Quote(Span.FromBounds(start, end), paragraph, openAtEnd, continues, words);
    }
}
