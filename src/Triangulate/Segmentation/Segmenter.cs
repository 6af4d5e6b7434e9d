using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Documents;
using Triangulate.Resources;

namespace Triangulate.Segmentation;

/// <summary>
/// Cuts clean text into paragraphs (one per line), sentences and tokens. A sentence ends at a terminal mark
/// (. ! ? …) plus any closing quotes and brackets, unless the next word is lower-case or the period belongs to
/// an abbreviation that does not end sentences; a line break always ends one, so headlines need no period.
/// </summary>
public sealed class Segmenter
{
    private readonly Tokenizer _tokenizer;
    private readonly FrozenSet<string> _sentenceStarters;

    public Segmenter(Tokenizer tokenizer, FrozenSet<string> sentenceStarters)
    {
        _tokenizer = tokenizer;
        _sentenceStarters = sentenceStarters;
    }

    public static Segmenter Default { get; } =
        new(Tokenizer.Default, Lexicon.Set("Segmentation/Resources/sentence-starters.txt"));

    public Segmentation Segment(string text)
    {
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var tokens = new List<Token>(text.Length / 5);
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = Trim(text, new Span(lineStart, lineEnd - lineStart));
            if (line.Length > 0)
            {
                var firstSentence = sentences.Count;
                var firstToken = tokens.Count;
                _tokenizer.Tokenize(text, line, tokens);
                SplitSentences(text, tokens, firstToken, paragraphs.Count, sentences);
                paragraphs.Add(new Paragraph(paragraphs.Count, line, firstSentence, sentences.Count - firstSentence));
            }
            lineStart = lineEnd + 1;
        }
        return new Segmentation(paragraphs.ToImmutable(), sentences.ToImmutable(), [.. tokens]);
    }

    private void SplitSentences(string text, List<Token> tokens, int first, int paragraph, ImmutableArray<Sentence>.Builder into)
    {
        var sentenceStart = first;
        for (var i = first; i < tokens.Count; i++)
        {
            if (!IsTerminal(tokens[i])) continue;
            var last = i;
            while (last + 1 < tokens.Count && IsCloser(text, tokens, last + 1)) last++;
            if (last + 1 < tokens.Count && !EndsSentence(tokens[i], tokens[last + 1])) continue;
            Add(tokens, sentenceStart, last, paragraph, into);
            sentenceStart = last + 1;
            i = last;
        }
        if (sentenceStart < tokens.Count) Add(tokens, sentenceStart, tokens.Count - 1, paragraph, into);
    }

    private static void Add(List<Token> tokens, int first, int last, int paragraph, ImmutableArray<Sentence>.Builder into)
    {
        var span = Span.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
        into.Add(new Sentence(into.Count, span, first, last - first + 1, paragraph));
    }

    private bool IsTerminal(Token token) => token.Kind switch
    {
        TokenKind.Punctuation => token.Text is "." or "!" or "?" or "…" || token.Text.StartsWith("..", StringComparison.Ordinal),
        TokenKind.Word => token.Text.Length > 1 && token.Text[^1] == '.',
        _ => false,
    };

    /// <summary>A closing quote or bracket glued to the mark before it belongs to the ending sentence.</summary>
    private static bool IsCloser(string text, List<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.Punctuation || token.Span.Start != tokens[index - 1].Span.End) return false;
        return token.Text is "”" or "’" or ")" or "]" or "\"" or "'" or "»";
    }

    private bool EndsSentence(Token terminal, Token next)
    {
        var first = next.Text[0];
        if (char.IsLower(first)) return false;
        // A comma, colon or closing mark after the period means it was an abbreviation mid-sentence.
        if (next.Kind == TokenKind.Punctuation && next.Text is "," or ";" or ":" or ")" or "]") return false;
        if (terminal.Kind == TokenKind.Punctuation) return true;
        var cls = _tokenizer.ClassOf(terminal.Text);
        // A word the tokenizer kept with its period but that is no known abbreviation acts as a full stop.
        if (cls is null) return true;
        if (cls == AbbreviationClass.Title) return false;
        if (cls == AbbreviationClass.Month && char.IsDigit(first)) return false;
        return _sentenceStarters.Contains(next.Text) || next.Text is "“" or "\"";
    }

    private static Span Trim(string text, Span span)
    {
        int s = span.Start, e = span.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return Span.FromBounds(s, e);
    }
}
