using System.Collections.Frozen;
using Triangulate.Resources;

namespace Triangulate.Time;

internal enum WordClass : byte
{
    Month, Weekday, Unit, Count, Ordinal, Relative, Part, Deictic, RefNoun, Vague, Season, DayPart, Clock,
    SetWord, SetPrefix, Approx, Bound, Direction, Aged, PeriodNoun, Zone, Qualifier, PeriodEnd, Within, Holiday, Anaphor, Sequel, Stretch,
}

/// <summary>
/// When a word counts: always, only capitalized ("May"), as an abbreviation only with its period or a number after it
/// ("Jan"), or only capitalized and followed by "Day" ("Labor Day").
/// </summary>
internal enum WordCondition : byte { None, Capital, Abbreviation, Day }

internal readonly record struct WordEntry(WordClass Class, string Value, WordCondition Condition);

/// <summary>The time vocabulary and tense cues, loaded once from <c>Time/Resources</c> and frozen.</summary>
public sealed class TimeLexicon
{
    private readonly FrozenDictionary<string, WordEntry[]> _words;
    private readonly FrozenDictionary<string, int> _tense;
    private readonly string[] _pastSuffixes;

    private TimeLexicon(FrozenDictionary<string, WordEntry[]> words, FrozenDictionary<string, int> tense, string[] pastSuffixes)
    {
        _words = words;
        _tense = tense;
        _pastSuffixes = pastSuffixes;
        Words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Tense = _tense.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal FrozenDictionary<string, WordEntry[]>.AlternateLookup<ReadOnlySpan<char>> Words { get; }

    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Tense { get; }

    public static TimeLexicon Load()
    {
        var words = Lexicon.Rows("Time/Resources/words.tsv")
            .GroupBy(r => r[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(r => new WordEntry(Enum.Parse<WordClass>(r[1], ignoreCase: true), r[2], ConditionOf(r))).ToArray(),
                StringComparer.OrdinalIgnoreCase);
        var rows = Lexicon.Rows("Time/Resources/tense.tsv");
        var tense = rows.Where(r => !r[0].StartsWith('*'))
            .ToFrozenDictionary(r => r[0], r => r[1] switch
            {
                "future" => 1,
                "past" => -1,
                "deadline" => Deadline,
                "none" => 0,
                _ => throw new FormatException($"Time/Resources/tense.tsv: unknown cue '{r[1]}' for '{r[0]}'"),
            }, StringComparer.OrdinalIgnoreCase);
        var suffixes = rows.Where(r => r[0].StartsWith('*') && r[1] == "past").Select(r => r[0][1..]).ToArray();
        return new TimeLexicon(words, tense, suffixes);
    }

    private static WordCondition ConditionOf(string[] row) => row.Length < 4 ? WordCondition.None : row[3] switch
    {
        "cap" => WordCondition.Capital,
        "abbr" => WordCondition.Abbreviation,
        "day" => WordCondition.Day,
        _ => throw new FormatException($"Time/Resources/words.tsv: unknown condition '{row[3]}' for '{row[0]}'"),
    };

    private const int Deadline = 2;

    /// <summary>
    /// +1 for a future cue, -1 for a past cue, 0 for neither. A deadline preposition ("until", "by") is a future cue
    /// only right before the expression (<paramref name="adjacent"/>): further off it belongs to another phrase.
    /// </summary>
    internal int TenseOf(ReadOnlySpan<char> word, bool adjacent)
    {
        if (Tense.TryGetValue(word, out var t)) return t == Deadline ? (adjacent ? 1 : 0) : t;
        foreach (var suffix in _pastSuffixes)
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return -1;
        return 0;
    }
}
