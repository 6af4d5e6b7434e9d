using Triangulate.Segmentation;

namespace Triangulate.Quantities;

internal enum PieceKind : byte { Word, Number, Symbol, Ordinal, Other }

/// <summary>
/// A token or part of one: "10-12,000" is 10, -, 12,000 and "1.5bn" is 1.5, bn. <see cref="Glued"/> is true when
/// no space separates it from the piece before; <see cref="Token"/> is the token's index, so that a rejected
/// number can take the rest of its token with it ("Oct. 27-28").
/// </summary>
internal readonly record struct Piece(int Start, int End, PieceKind Kind, double Number, byte IntegerDigits, bool Separators, bool Glued, int Token)
{
    public int Length => End - Start;
}

internal static class Pieces
{
    public static void Split(string text, Token token, int tokenIndex, List<Piece> into)
    {
        var s = token.Span.Start;
        var e = token.Span.End;
        var glued = into.Count > 0 && into[^1].End == s;
        if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            into.Add(new Piece(s, e, PieceKind.Symbol, 0, 0, false, glued, tokenIndex));
            return;
        }
        var span = text.AsSpan(s, e - s);
        // "9/11", "24/7", "10/25/2024" and ISO dates are names and dates, not amounts; "3-1/2" is a whole number, a
        // hyphen and a fraction.
        var digit = char.IsDigit(span[0]);
        var hyphen = digit ? span.IndexOf('-') : -1;
        if (hyphen > 0 && !span[..hyphen].ContainsAnyExceptInRange('0', '9') && span[(hyphen + 1)..].Count('/') == 1 &&
            char.IsDigit(span[hyphen + 1]) && char.IsDigit(span[^1]))
        {
            SplitPart(text, s, s + hyphen, tokenIndex, glued, into);
            into.Add(new Piece(s + hyphen, s + hyphen + 1, PieceKind.Symbol, 0, 0, false, true, tokenIndex));
            into.Add(new Piece(s + hyphen + 1, e, PieceKind.Other, 0, 0, false, true, tokenIndex));
            return;
        }
        if (digit && (span.Contains('/') || IsIsoDate(span)))
        {
            into.Add(new Piece(s, e, PieceKind.Other, 0, 0, false, glued, tokenIndex));
            return;
        }
        for (var start = s; ;)
        {
            var h = text.AsSpan(start, e - start).IndexOfAny('-', '‑');
            var i = h < 0 ? e : start + h;
            if (i > start) SplitPart(text, start, i, tokenIndex, start > s || glued, into);
            if (i == e) break;
            into.Add(new Piece(i, i + 1, PieceKind.Symbol, 0, 0, false, true, tokenIndex));
            start = i + 1;
        }
    }

    private static void SplitPart(string text, int start, int end, int tokenIndex, bool glued, List<Piece> into)
    {
        if (!char.IsDigit(text[start]))
        {
            into.Add(new Piece(start, end, PieceKind.Word, 0, 0, false, glued, tokenIndex));
            return;
        }
        var i = start;
        while (i < end && (char.IsDigit(text[i]) || text[i] is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]))) i++;
        var suffix = text.AsSpan(i, end - i);
        if (suffix is "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH")
        {
            into.Add(new Piece(start, end, PieceKind.Ordinal, 0, 0, false, glued, tokenIndex));
            return;
        }
        if (suffix is "s" && i - start is 2 or 4) // "1970s", "'90s": decades
        {
            into.Add(new Piece(start, end, PieceKind.Other, 0, 0, false, glued, tokenIndex));
            return;
        }
        if (TryParse(text.AsSpan(start, i - start), out var value, out var digits, out var separators))
            into.Add(new Piece(start, i, PieceKind.Number, value, digits, separators, glued, tokenIndex));
        else
            into.Add(new Piece(start, i, PieceKind.Other, 0, 0, false, glued, tokenIndex));
        if (i < end) into.Add(new Piece(i, end, PieceKind.Word, 0, 0, false, true, tokenIndex));
    }

    /// <summary>
    /// Parses "3,000", "1.5", "12,000.75": thousands separators must group by three, so "1,5" and "12,34" (lists,
    /// European decimals) are not read as numbers.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out double value, out byte integerDigits, out bool separators)
    {
        value = 0;
        integerDigits = 0;
        separators = false;
        var i = 0;
        var group = -1; // digits since the last comma, or -1 before the first one
        var digits = 0;
        double integer = 0;
        for (; i < s.Length && s[i] != '.'; i++)
        {
            var c = s[i];
            if (c == ',')
            {
                if (digits == 0 || group is not (-1 or 3) || group == -1 && digits > 3) return false;
                group = 0;
                separators = true;
                continue;
            }
            if (!char.IsAsciiDigit(c)) return false;
            integer = integer * 10 + (c - '0');
            digits++;
            if (group >= 0) group++;
        }
        if (digits == 0 || group is not (-1 or 3)) return false;
        double fraction = 0, scale = 1;
        if (i < s.Length)
        {
            separators = true;
            if (i == s.Length - 1) return false;
            for (i++; i < s.Length; i++)
            {
                if (!char.IsAsciiDigit(s[i])) return false;
                fraction = fraction * 10 + (s[i] - '0');
                scale *= 10;
            }
        }
        value = integer + fraction / scale;
        integerDigits = (byte)Math.Min(digits, 255);
        return true;
    }

    /// <summary>The look-up key of a piece: its text, without the period of an abbreviation ("Oct." is "Oct").</summary>
    public static ReadOnlySpan<char> Key(string text, Piece piece)
    {
        var span = text.AsSpan(piece.Start, piece.Length);
        return piece.Kind == PieceKind.Word && span.Length > 1 && span[^1] == '.' ? span[..^1] : span;
    }

    private static bool IsIsoDate(ReadOnlySpan<char> s) =>
        s.Length == 10 && s[4] == '-' && s[7] == '-' && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[5]) && char.IsAsciiDigit(s[8]);
}
