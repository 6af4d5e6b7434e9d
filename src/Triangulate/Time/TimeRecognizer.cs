using System.Collections.Immutable;
using Triangulate.Documents;
using Triangulate.Segmentation;

namespace Triangulate.Time;

/// <summary>
/// Finds time expressions and normalizes them against the publication date. One pass over the tokens of each
/// sentence: a token only starts a match attempt when the frozen vocabulary knows it or it is a number, and the
/// longest match wins. Stateless after construction, so safe to share across threads.
/// </summary>
public sealed partial class TimeRecognizer
{
    private readonly TimeLexicon _lexicon;

    public TimeRecognizer(TimeLexicon lexicon) => _lexicon = lexicon;

    public static TimeRecognizer Default { get; } = new(TimeLexicon.Load());

    public ImmutableArray<TimeExpression> Recognize(string text, Segmentation.Segmentation seg, PublicationTime? anchor)
    {
        var anchorDay = anchor is { Precision: TimePrecision.Day or TimePrecision.Minute } ? anchor.Date : (DateOnly?)null;
        var pieces = new List<Piece>(64);
        var found = ImmutableArray.CreateBuilder<TimeExpression>();
        // Once a report has spoken of quarters, "a year ago" and "the year-earlier period" mean a quarter.
        var quarterly = false;
        foreach (var sentence in seg.Sentences)
        {
            pieces.Clear();
            foreach (var token in seg.TokensOf(sentence)) AddPieces(text, token, pieces);
            var scan = new Scan(this, text, pieces, anchorDay, quarterly, found);
            scan.Run();
            quarterly = scan.MentionsQuarter();
        }
        return found.ToImmutable();
    }

    private enum PieceKind : byte { Word, Number, Punct, IsoDate, Decade }

    /// <summary>A token, or part of a hyphenated one ("mid-October" is mid, -, October), with what the lexicon knows of it.</summary>
    private readonly record struct Piece(int Start, int End, PieceKind Kind, int Number, WordEntry[]? Entries, bool Capital)
    {
        public int Length => End - Start;

        /// <summary>One bit per word class among the entries, so most class tests fail without a loop.</summary>
        public uint Classes { get; } = MaskOf(Entries);

        private static uint MaskOf(WordEntry[]? entries)
        {
            var mask = 0u;
            if (entries is not null) foreach (var e in entries) mask |= 1u << (int)e.Class;
            return mask;
        }
    }

    private void AddPieces(string text, Token token, List<Piece> into)
    {
        var s = token.Span.Start;
        var e = token.Span.End;
        var span = text.AsSpan(s, e - s);
        if (span.IndexOfAny('-', '‑') < 0 || IsIsoDate(span))
        {
            into.Add(MakePiece(text, s, e));
            return;
        }
        var start = s;
        for (var i = s; i <= e; i++)
        {
            if (i < e && text[i] is not ('-' or '‑')) continue;
            if (i > start) into.Add(MakePiece(text, start, i));
            if (i < e) into.Add(new Piece(i, i + 1, PieceKind.Punct, -1, null, false));
            start = i + 1;
        }
    }

    private Piece MakePiece(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var c = span[0];
        if (char.IsDigit(c))
        {
            if (IsIsoDate(span)) return new Piece(start, end, PieceKind.IsoDate, -1, null, false);
            var digits = 0;
            while (digits < span.Length && char.IsDigit(span[digits])) digits++;
            if (digits == span.Length && digits <= 9) return new Piece(start, end, PieceKind.Number, int.Parse(span), null, false);
            if (digits == 4 && span.Length == 5 && span[4] == 's') // "1970s": the decade 197
                return new Piece(start, end, PieceKind.Decade, int.Parse(span[..3]), null, false);
            if (digits == 2 && span.Length == 3 && span[2] == 's') // "'90s" after an apostrophe
                return new Piece(start, end, PieceKind.Decade, 190 + (span[0] - '0'), null, false);
            if (digits is 1 or 2 && span.Length == digits + 2 && _lexicon.Words.TryGetValue(span, out var ord))
                return new Piece(start, end, PieceKind.Number, int.Parse(span[..digits]), ord, false);
            if (digits is 1 or 2 && span[digits..] is "st" or "nd" or "rd" or "th")
                return new Piece(start, end, PieceKind.Number, int.Parse(span[..digits]), null, false);
        }
        if (!char.IsLetter(c) && span.Length == 1) return new Piece(start, end, PieceKind.Punct, -1, null, false);
        var key = span.Length > 1 && span[^1] == '.' ? span[..^1] : span;
        _lexicon.Words.TryGetValue(key, out var entries);
        return new Piece(start, end, PieceKind.Word, -1, entries, char.IsUpper(c));
    }

    /// <summary>2024-10-25 or 10/25/2024.</summary>
    private static bool IsIsoDate(ReadOnlySpan<char> s) =>
        s.Length == 10 && char.IsDigit(s[0]) && s[4] == '-' && s[7] == '-' && AllDigits(s[..4]) && AllDigits(s[5..7]) && AllDigits(s[8..])
        || s.Length == 10 && s[2] == '/' && s[5] == '/' && AllDigits(s[..2]) && AllDigits(s[3..5]) && AllDigits(s[6..]);

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsDigit(c)) return false;
        return true;
    }

    internal int TenseOf(int index, WordAt wordAt, bool phrases, bool far) => _lexicon.TenseOf(index, wordAt, phrases, far);
}
