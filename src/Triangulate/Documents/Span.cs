namespace Triangulate.Documents;

/// <summary>A half-open character range [Start, Start+Length) into a document's clean text.</summary>
public readonly record struct Span(int Start, int Length)
{
    public int End => Start + Length;

    public static Span FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
