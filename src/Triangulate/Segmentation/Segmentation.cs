using System.Collections.Immutable;
using Triangulate.Documents;

namespace Triangulate.Segmentation;

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>A token: its span in the clean text and, for convenience, that text.</summary>
public readonly record struct Token(Span Span, string Text, TokenKind Kind);

/// <summary>A sentence: its span and the range of its tokens in <see cref="Segmentation.Tokens"/>.</summary>
public sealed record Sentence(int Index, Span Span, int FirstToken, int TokenCount, int Paragraph);

/// <summary>A paragraph (one line of clean text) and the range of its sentences.</summary>
public sealed record Paragraph(int Index, Span Span, int FirstSentence, int SentenceCount);

/// <summary>Paragraphs, sentences and tokens of one document, all as spans into its clean text.</summary>
public sealed record Segmentation(
    ImmutableArray<Paragraph> Paragraphs,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<Token> Tokens)
{
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) =>
        Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    public IEnumerable<Sentence> SentencesOf(Paragraph paragraph) =>
        Enumerable.Range(paragraph.FirstSentence, paragraph.SentenceCount).Select(i => Sentences[i]);

    /// <summary>The sentence that contains <paramref name="offset"/>, or null in the gap between two.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid].Span;
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return Sentences[mid];
        }
        return null;
    }

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenIndexAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
