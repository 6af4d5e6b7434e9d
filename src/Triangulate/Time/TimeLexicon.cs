using System.Collections.Frozen;
using Triangulate.Resources;

namespace Triangulate.Time;

internal enum WordClass : byte
{
    Month, Weekday, Unit, Count, Ordinal, Relative, Part, Deictic, RefNoun, Vague, Season, DayPart, Clock,
    SetWord, SetPrefix, Approx, Bound, Direction, Aged, PeriodNoun, Zone, Qualifier, PeriodEnd, Within, Holiday, Anaphor, Sequel, Stretch,
    Half, Negation, DecadeWord, Extra, RefAdjective, Horizon,
}

/// <summary>
/// When a word counts: always, only capitalized ("May"), as an abbreviation only with its period or a number after it
/// ("Jan"), only capitalized and followed by "Day" ("Labor Day"), or only in lower case unless it opens the sentence or
/// follows punctuation (a capitalized "Week" inside a sentence names something: ABC's "This Week", "60 Minutes").
/// </summary>
internal enum WordCondition : byte { None, Capital, Abbreviation, Day, Lower }

/// <summary>The word at <paramref name="index"/> in the sentence being scanned; empty before the sentence starts.</summary>
internal delegate ReadOnlySpan<char> WordAt(int index);

internal readonly record struct WordEntry(WordClass Class, string Value, WordCondition Condition);

/// <summary>The time vocabulary and tense cues, loaded once from <c>Time/Resources</c> and frozen.</summary>
public sealed class TimeLexicon
{
    private readonly FrozenDictionary<string, WordEntry[]> _words;
    private readonly FrozenDictionary<string, int> _tense;
    private readonly FrozenDictionary<string, (string[] Before, int Cue)[]> _phrases;
    private readonly FrozenSet<string> _determiners;
    private readonly FrozenSet<string> _auxiliaries;
    private readonly FrozenSet<string> _nearOnly;
    private readonly string[] _pastSuffixes;
    private readonly string[] _adjectivePrefixes;

    private TimeLexicon(
        FrozenDictionary<string, WordEntry[]> words, FrozenDictionary<string, int> tense,
        FrozenDictionary<string, (string[] Before, int Cue)[]> phrases, FrozenSet<string> determiners, FrozenSet<string> auxiliaries,
        FrozenSet<string> nearOnly, string[] pastSuffixes, string[] adjectivePrefixes)
    {
        _words = words;
        _tense = tense;
        _phrases = phrases;
        _determiners = determiners;
        _auxiliaries = auxiliaries;
        _nearOnly = nearOnly;
        _pastSuffixes = pastSuffixes;
        _adjectivePrefixes = adjectivePrefixes;
        Words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Tense = _tense.GetAlternateLookup<ReadOnlySpan<char>>();
        Phrases = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        Determiners = _determiners.GetAlternateLookup<ReadOnlySpan<char>>();
        Auxiliaries = _auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
        NearOnly = _nearOnly.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal FrozenDictionary<string, WordEntry[]>.AlternateLookup<ReadOnlySpan<char>> Words { get; }

    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Tense { get; }

    private FrozenDictionary<string, (string[] Before, int Cue)[]>.AlternateLookup<ReadOnlySpan<char>> Phrases { get; }

    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners { get; }

    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries { get; }

    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NearOnly { get; }

    public static TimeLexicon Load()
    {
        var words = Lexicon.Rows("Time/Resources/words.tsv")
            .GroupBy(r => r[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(r => new WordEntry(Enum.Parse<WordClass>(r[1], ignoreCase: true), r[2], ConditionOf(r))).ToArray(),
                StringComparer.OrdinalIgnoreCase);
        var rows = Lexicon.Rows("Time/Resources/tense.tsv");
        var cues = rows
            .Where(r => !r[0].StartsWith('*') && !r[0].EndsWith('*') && r[1] is not ("determiner" or "participle"))
            .Select(r => (Words: r[0].Split(' '), BeforeOnly: r.Length > 2 && r[2] == "before", Cue: r[1] switch
            {
                "future" => 1,
                "past" => -1,
                "deadline" => Deadline,
                "none" => 0,
                _ => throw new FormatException($"Time/Resources/tense.tsv: unknown cue '{r[1]}' for '{r[0]}'"),
            }))
            .ToList();
        var tense = cues.Where(c => c.Words.Length == 1 && !c.BeforeOnly)
            .ToFrozenDictionary(c => c.Words[0], c => c.Cue, StringComparer.OrdinalIgnoreCase);
        // A phrase (or a word marked "before") is found by its last word; the words before it are checked against the text.
        var phrases = cues.Where(c => c.Words.Length > 1 || c.BeforeOnly)
            .GroupBy(c => c.Words[^1], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(c => (c.Words[..^1], c.Cue)).ToArray(), StringComparer.OrdinalIgnoreCase);
        var determiners = rows.Where(r => r[1] == "determiner").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var auxiliaries = rows.Where(r => r[1] == "participle").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var suffixes = rows.Where(r => r[0].StartsWith('*') && r[1] == "past").Select(r => r[0][1..]).ToArray();
        var prefixes = rows.Where(r => r[0].EndsWith('*') && r[1] == "none").Select(r => r[0][..^1]).ToArray();
        var nearOnly = rows.Where(r => r.Length > 2 && r[2] == "near").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return new TimeLexicon(words, tense, phrases, determiners, auxiliaries, nearOnly, suffixes, prefixes);
    }

    private static WordCondition ConditionOf(string[] row) => row.Length < 4 ? WordCondition.None : row[3] switch
    {
        "cap" => WordCondition.Capital,
        "abbr" => WordCondition.Abbreviation,
        "day" => WordCondition.Day,
        "lower" => WordCondition.Lower,
        _ => throw new FormatException($"Time/Resources/words.tsv: unknown condition '{row[3]}' for '{row[0]}'"),
    };

    /// <summary>The cue value of a deadline preposition ("until", "by").</summary>
    internal const int Deadline = 2;

    /// <summary>
    /// +1 for a future cue, -1 for a past cue, <see cref="Deadline"/> for a deadline preposition, 0 for none. A cue
    /// word after a determiner is a noun ("the plan", "the expected rise") and cues nothing; a past form after "be" is a
    /// participle ("will be paid") and cues nothing either. <paramref name="wordAt"/> gives the word <c>n</c> places
    /// before this one (empty before the sentence starts); phrase cues ("as early as") count only when
    /// <paramref name="phrases"/> is set. A <paramref name="far"/> cue, beyond the words next to the expression, must be
    /// a verb: adverbs such as "next" and "ago" cue only what they stand by ("next to the embassy ... on Friday").
    /// </summary>
    internal int TenseOf(int index, WordAt wordAt, bool phrases, bool far)
    {
        var word = wordAt(index);
        if (far && NearOnly.Contains(word)) return 0;
        if (phrases && Phrases.TryGetValue(word, out var candidates))
            foreach (var (before, cue) in candidates)
                if (PhraseMatches(before, index, wordAt)) return cue;
        if (Determiners.Contains(wordAt(index - 1))) return 0;
        var participle = Auxiliaries.Contains(wordAt(index - 1)); // "will be paid": a participle, no past tense
        if (Tense.TryGetValue(word, out var t)) return participle && t < 0 ? 0 : t;
        if (participle) return 0;
        foreach (var suffix in _pastSuffixes)
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return IsAdjective(word) ? 0 : -1;
        return 0;
    }

    /// <summary>"unspecified", "undisclosed": an -ed word with such a prefix is an adjective, no past tense.</summary>
    private bool IsAdjective(ReadOnlySpan<char> word)
    {
        foreach (var prefix in _adjectivePrefixes)
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool PhraseMatches(string[] before, int index, WordAt wordAt)
    {
        for (var n = 1; n <= before.Length; n++)
            if (!wordAt(index - n).Equals(before[^n], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
