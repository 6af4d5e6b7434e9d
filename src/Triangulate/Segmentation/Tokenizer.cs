using System.Collections.Frozen;
using Triangulate.Documents;
using Triangulate.Resources;

namespace Triangulate.Segmentation;

/// <summary>How an abbreviation that carries a period behaves at a possible sentence end.</summary>
public enum AbbreviationClass { Title, Month, General }

/// <summary>
/// Splits text into word, number, punctuation and symbol tokens, keeping news English intact: abbreviations
/// keep their period ("Mr.", "U.S.", "a.m."), numbers keep separators ("1,500", "1.5"), hyphenated words stay
/// whole ("North Korean-Russian", "KN-23"), and clitics split as in the Penn Treebank ("Russia" + "'s").
/// </summary>
public sealed class Tokenizer
{
    private static readonly string[] Clitics = ["'s", "’s", "n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m", "s'", "s’"];

    private readonly FrozenDictionary<string, AbbreviationClass> _abbreviations;

    public Tokenizer(FrozenDictionary<string, AbbreviationClass> abbreviations) => _abbreviations = abbreviations;

    public static Tokenizer Default { get; } = new(LoadAbbreviations());

    public static FrozenDictionary<string, AbbreviationClass> LoadAbbreviations() =>
        Lexicon.Rows("Segmentation/Resources/abbreviations.tsv")
            .ToFrozenDictionary(r => r[0], r => Enum.Parse<AbbreviationClass>(r[1], ignoreCase: true));

    /// <summary>The class of an abbreviation token ending in a period, or null when the period is punctuation.</summary>
    public AbbreviationClass? ClassOf(string token)
    {
        if (token.Length < 2 || token[^1] != '.') return null;
        if (LookUp(token[..^1]) is { } cls) return cls;
        if (IsDotted(token) || IsInitial(token)) return AbbreviationClass.General;
        return null;
    }

    /// <summary>Looks an abbreviation up as written, and an all-capitals one ("ST.", "GEN.") in title case.</summary>
    private AbbreviationClass? LookUp(string stem)
    {
        if (_abbreviations.TryGetValue(stem, out var cls)) return cls;
        if (stem.Length > 1 && stem.All(char.IsUpper) &&
            _abbreviations.TryGetValue(string.Concat(stem[..1], stem[1..].ToLowerInvariant()), out cls)) return cls;
        return null;
    }

    /// <summary>A single capital with a period, as in "John F. Kirby".</summary>
    public static bool IsInitial(string token) => token.Length == 2 && char.IsUpper(token[0]) && token[1] == '.';

    /// <summary>Letters separated by periods: "U.S.", "a.m.", "e.g.".</summary>
    private static bool IsDotted(string token)
    {
        if (token.Length < 4) return false;
        for (var i = 0; i < token.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(token[i]) : token[i] != '.') return false;
        }
        return token.Length % 2 == 0;
    }

    public void Tokenize(string text, Span range, List<Token> into)
    {
        var i = range.Start;
        var end = range.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i, end);
                AddWord(text, start, i, into);
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end);
                var tokenText = text[start..i];
                var kind = tokenText.All(ch => char.IsDigit(ch) || ch is ',' or '.') ? TokenKind.Number : TokenKind.Word;
                into.Add(new Token(new Span(start, i - start), tokenText, kind));
            }
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                i += 3;
                while (i < end && text[i] == '.') i++;
                into.Add(new Token(new Span(start, i - start), text[start..i], TokenKind.Punctuation));
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                i += 2;
                into.Add(new Token(new Span(start, 2), "--", TokenKind.Punctuation));
            }
            else
            {
                i++;
                var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                into.Add(new Token(new Span(start, 1), text[start..i], kind));
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private int ScanWord(string text, int i, int end)
    {
        int start = i;
        while (i < end)
        {
            var c = text[i];
            if (IsWordChar(c)) { i++; continue; }
            // Joiners stay inside a word only between word characters: "Kim Jong-un", "O'Brien", "don't".
            if ((c is '-' or '‑' || IsApostrophe(c) || c == '&') && i + 1 < end && IsWordChar(text[i + 1]) && i > start) { i++; continue; }
            if (c == '.')
            {
                // Dotted abbreviations grow one letter at a time: "U" -> "U.S" -> "U.S."; "a.m.".
                if (IsDottedSoFar(text, start, i) && i + 1 < end && char.IsLetter(text[i + 1]) &&
                    (i + 2 >= end || !char.IsLetter(text[i + 2])))
                {
                    i++;
                    continue;
                }
                var stem = text[start..i];
                if (LookUp(stem) is not null || IsInitial(stem + ".") || stem.Length >= 3 && IsDottedSoFar(text, start, i))
                    i++;
                break;
            }
            break;
        }
        return i;
    }

    /// <summary>True when text[start..end) alternates letter and period ("U.S" or "a.m").</summary>
    private static bool IsDottedSoFar(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var expectLetter = (k - start) % 2 == 0;
            if (expectLetter ? !char.IsLetter(text[k]) : text[k] != '.') return false;
        }
        return end - start >= 1;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c)) { i++; continue; }
            // "1,500", "1.5", "10-12,000", "3-year-old", "2024-10-21"; a trailing period or comma is punctuation.
            if ((c is ',' or '.') && i + 1 < end && char.IsDigit(text[i + 1])) { i++; continue; }
            if (c is '-' or '‑' or '/' && i + 1 < end && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
            break;
        }
        return i;
    }

    private static void AddWord(string text, int start, int end, List<Token> into)
    {
        var length = end - start;
        foreach (var clitic in Clitics)
        {
            if (length <= clitic.Length) continue;
            if (string.CompareOrdinal(text, end - clitic.Length, clitic, 0, clitic.Length) != 0 &&
                !text.AsSpan(end - clitic.Length, clitic.Length).Equals(clitic, StringComparison.OrdinalIgnoreCase))
                continue;
            // Plural possessive "troops'" keeps the s on the word and splits the apostrophe.
            var split = clitic[0] == 's' ? end - 1 : end - clitic.Length;
            into.Add(new Token(new Span(start, split - start), text[start..split], TokenKind.Word));
            into.Add(new Token(new Span(split, end - split), text[split..end], TokenKind.Word));
            return;
        }
        into.Add(new Token(new Span(start, length), text[start..end], TokenKind.Word));
    }
}
