namespace Triangulate.Entities.Recognition;

/// <summary>Deterministic hashing for features (string.GetHashCode is randomized per process).</summary>
internal static class NerHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start => Offset;

    public static ulong Add(ulong h, char c) => (h ^ c) * Prime;

    public static ulong Add(ulong h, ulong value) => Mix(h ^ value) * Prime;

    /// <summary>Lowercased text with digits folded to 0, so "1996" and "2001" share a form.</summary>
    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text) h = Add(h, Fold(c));
        return h;
    }

    public static char Fold(char c) => char.IsAsciiDigit(c) ? '0' : char.IsAscii(c) ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);

    /// <summary>Text as written but with digits folded to 0 (the key of word clusters).</summary>
    public static ulong Cased(ReadOnlySpan<char> text)
    {
        var h = Offset ^ 0x2545F491;
        foreach (var c in text) h = Add(h, char.IsAsciiDigit(c) ? '0' : c);
        return h;
    }

    public static ulong Exact(ReadOnlySpan<char> text)
    {
        var h = Offset ^ 0x5bd1e995;
        foreach (var c in text) h = Add(h, c);
        return h;
    }

    /// <summary>A feature key: the template number and up to two values, folded to 32 bits.</summary>
    public static uint Feature(int template, ulong a, ulong b = 0)
    {
        var h = Mix((ulong)template * 0x9E3779B97F4A7C15UL ^ a);
        h = Mix(h ^ (b + 0x632BE59BD9B4E019UL));
        return (uint)(h ^ (h >> 32));
    }

    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }
}
