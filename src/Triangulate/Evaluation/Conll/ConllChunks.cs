namespace Triangulate.Evaluation.Conll;

/// <summary>A chunk (entity) as conlleval sees it: token range [Start, End) in a sentence, and its type.</summary>
public readonly record struct ConllChunk(int Start, int End, string Type);

/// <summary>
/// Chunks from IOB tags with conlleval's rules, so IOB1 and IOB2 (and BILOU/IOBES) read the same way:
/// a chunk starts at B-, at I- after O or after another type, and ends before O, B- or a change of type.
/// </summary>
public static class ConllChunks
{
    public static List<ConllChunk> Of(IReadOnlyList<string> tags)
    {
        var chunks = new List<ConllChunk>();
        var start = -1;
        var (prevPrefix, prevType) = ('O', "");
        for (var i = 0; i <= tags.Count; i++)
        {
            var (prefix, type) = i < tags.Count ? Split(tags[i]) : ('O', "");
            if (start >= 0 && EndsBefore(prevPrefix, prevType, prefix, type))
            {
                chunks.Add(new ConllChunk(start, i, prevType));
                start = -1;
            }
            if (StartsAt(prevPrefix, prevType, prefix, type)) start = i;
            (prevPrefix, prevType) = (prefix, type);
        }
        return chunks;
    }

    private static (char Prefix, string Type) Split(string tag)
    {
        if (tag.Length < 2 || tag[1] != '-') return ('O', "");
        return (tag[0], tag[2..]);
    }

    // conlleval's endOfChunk: the previous chunk closes before the current tag.
    private static bool EndsBefore(char prev, string prevType, char cur, string curType) =>
        prev is 'E' or 'L' or 'U' or 'S'
        || (prev != 'O' && (cur is 'B' or 'O' or 'S' or 'U'))
        || (prev != 'O' && prevType != curType);

    // conlleval's startOfChunk: a chunk opens at the current tag.
    private static bool StartsAt(char prev, string prevType, char cur, string curType) =>
        cur is 'B' or 'S' or 'U'
        || (cur != 'O' && (prev is 'O' or 'E' or 'L' or 'S' or 'U'))
        || (cur != 'O' && prevType != curType);
}
