namespace Triangulate.Entities.Recognition;

/// <summary>
/// The tagger's BILOU tag set over CoNLL's four types: tag 0 is O, then for each type B, I, L (last), U (unit).
/// BILOU lets the model learn where names end, which BIO leaves to the next token.
/// </summary>
public static class NerTags
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];
    public const int Count = 1 + 4 * 4;
    private const string Prefixes = "BILU";

    public static int Of(char prefix, int type) => 1 + type * 4 + Prefixes.IndexOf(prefix);
    public static char PrefixOf(int tag) => tag == 0 ? 'O' : Prefixes[(tag - 1) % 4];
    public static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) / 4;
    public static string Name(int tag) => tag == 0 ? "O" : $"{PrefixOf(tag)}-{Types[TypeOf(tag)]}";

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="prev"/> (-1 = sentence start).</summary>
    public static bool Allowed(int prev, int next)
    {
        var open = prev >= 0 && PrefixOf(prev) is 'B' or 'I';
        var p = next == 0 ? 'O' : PrefixOf(next);
        if (open) return p is 'I' or 'L' && TypeOf(next) == TypeOf(prev);
        return p is 'O' or 'B' or 'U';
    }

    /// <summary>Whether a sentence may end on <paramref name="last"/>.</summary>
    public static bool AllowedLast(int last) => PrefixOf(last) is 'O' or 'L' or 'U';

    /// <summary>BILOU tag ids for chunks (start, end, type index) over <paramref name="length"/> tokens.</summary>
    public static int[] FromChunks(int length, IEnumerable<(int Start, int End, int Type)> chunks)
    {
        var tags = new int[length];
        foreach (var (start, end, type) in chunks)
        {
            if (end - start == 1) { tags[start] = Of('U', type); continue; }
            tags[start] = Of('B', type);
            for (var i = start + 1; i < end - 1; i++) tags[i] = Of('I', type);
            tags[end - 1] = Of('L', type);
        }
        return tags;
    }

    /// <summary>Chunks (start, end, type index) of a valid BILOU tag sequence.</summary>
    public static List<(int Start, int End, int Type)> Chunks(ReadOnlySpan<int> tags)
    {
        var chunks = new List<(int, int, int)>();
        var start = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            switch (PrefixOf(tags[i]))
            {
                case 'U': chunks.Add((i, i + 1, TypeOf(tags[i]))); start = -1; break;
                case 'B': start = i; break;
                case 'L' when start >= 0: chunks.Add((start, i + 1, TypeOf(tags[i]))); start = -1; break;
            }
        }
        return chunks;
    }
}
