using System.Collections.Frozen;
using Triangulate.Documents;
using Triangulate.Resources;
using Triangulate.Segmentation;

namespace Triangulate.Quantities;

internal enum NumberClass : byte { Number, Magnitude, Article, Fraction }

internal readonly record struct NumberWord(NumberClass Class, double Value, bool MoneyOnly);

/// <summary>What the qualifier words say: a bound or softening, or the start of a range.</summary>
internal enum QualifierCue : byte { Approximate, AtLeast, AtMost, Between, From }

/// <summary>
/// When a change cue counts: unless a counted noun follows ("dropped 3 bombs"), with a unit ("up 3%"), with a relative
/// unit ("lost 5%"), with "by", even before a counted noun ("slashed 24,000 jobs"), or with a unit or before a job noun
/// ("cut 500 jobs").
/// </summary>
internal enum ChangeCondition : byte { None, Measured, Relative, By, Counted, Jobs }

internal readonly record struct ChangeCue(Change Direction, ChangeCondition Condition);

internal readonly record struct QualifierEntry(QualifierCue Cue, bool NotBeforeDuration);

internal readonly record struct Multiple(double Value, Change Change);

internal readonly record struct VagueCue(double? Low, double? High, bool NeedsMagnitude);

[Flags]
internal enum GuardClass : uint { None = 0, Label = 1, Clock = 2, Month = 4, OneBefore = 8, OneAfter = 16, NotAfterRate = 32, Suffix = 64, Score = 128, NotChange = 256, Compound = 512, WordLabel = 1024, Name = 2048, Share = 4096, UnitName = 8192, ProperName = 16384, Innings = 32768 }

/// <summary>Guards on "one" that the main guard classes have no room for.</summary>
[Flags]
internal enum OneGuard : byte { None = 0, Skip = 1, Verb = 2, Report = 4, Pair = 8 }

[Flags]
internal enum CountedClass : byte { None = 0, Stop = 1, Head = 2, Participle = 4, Aux = 8, Determiner = 16, Link = 32, Modifier = 64 }

/// <summary>The quantity vocabulary, loaded once from <c>Quantities/Resources</c> and frozen.</summary>
public sealed class QuantityLexicon
{
    private const string Folder = "Quantities/Resources/";

    internal Vocabulary<NumberWord> Numbers { get; }
    internal PhraseTable<QualifierEntry> QualifiersBefore { get; }
    internal PhraseTable<QualifierEntry> QualifiersAfter { get; }
    internal PhraseTable<Multiple> Multiples { get; }

    /// <summary>Units of time: "over" before them opens a period, not a bound.</summary>
    internal FrozenSet<string> Durations { get; }

    /// <summary>Units whose change is a change of level: "lost 5%", unlike "lost $2 billion".</summary>
    internal FrozenSet<string> RelativeUnits { get; }
    internal Vocabulary<OneGuard> OneGuards { get; }
    internal PhraseTable<ChangeCue> ChangesBefore { get; }
    internal PhraseTable<ChangeCue> ChangesAfter { get; }
    internal PhraseTable<string> UnitsBefore { get; }
    internal PhraseTable<string> UnitsAfter { get; }
    internal PhraseTable<string> Rates { get; }
    internal PhraseTable<VagueCue> Vague { get; }
    internal Vocabulary<GuardClass> Guards { get; }

    /// <summary>Phrases whose number word is no quantity: "at one point", "one by one".</summary>
    internal PhraseTable<bool> Idioms { get; }
    internal Vocabulary<CountedClass> Counted { get; }

    /// <summary>Jobs and their holders ("jobs", "positions", "workers"): a cut with the <c>jobs</c> condition is a fall before them.</summary>
    internal Vocabulary<bool> JobNouns { get; }

    /// <summary>Every word or symbol that can open a quantity: a token not in here (and not a digit) is skipped at once.</summary>
    internal Vocabulary<bool> Starters { get; }

    private QuantityLexicon()
    {
        var numbers = Lexicon.Rows(Folder + "numbers.tsv").ToDictionary(
            r => r[0],
            r => new NumberWord(Enum.Parse<NumberClass>(r[1], ignoreCase: true), double.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), r.Length > 3 && r[3] == "money"),
            StringComparer.OrdinalIgnoreCase);
        Numbers = new(numbers);

        var qualifiers = Lexicon.Rows(Folder + "qualifiers.tsv");
        QualifierEntry Entry(string[] r) => new(ParseQualifier(r[1]), r.Length > 3 && r[3] == "not-duration");
        QualifiersBefore = PhraseTable<QualifierEntry>.Build(qualifiers.Where(r => r[2] == "before").Select(r => (r[0], Entry(r))));
        QualifiersAfter = PhraseTable<QualifierEntry>.Build(qualifiers.Where(r => r[2] == "after").Select(r => (r[0], Entry(r))));
        Multiples = PhraseTable<Multiple>.Build(Lexicon.Rows(Folder + "multiples.tsv").Select(r =>
            (r[0], new Multiple(double.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), r[2] switch
            {
                "up" => Change.Up,
                "down" => Change.Down,
                _ => Change.None,
            }))));

        var changes = Lexicon.Rows(Folder + "changes.tsv");
        ChangeCue Cue(string[] r) => new(r[1] == "up" ? Change.Up : Change.Down, r.Length < 4 ? ChangeCondition.None : r[3] switch
        {
            "measured" => ChangeCondition.Measured,
            "relative" => ChangeCondition.Relative,
            "by" => ChangeCondition.By,
            "counted" => ChangeCondition.Counted,
            "jobs" => ChangeCondition.Jobs,
            _ => throw new FormatException($"Quantities/Resources/changes.tsv: unknown condition '{r[3]}'"),
        });
        ChangesBefore = PhraseTable<ChangeCue>.Build(changes.Where(r => r[2] == "before").Select(r => (r[0], Cue(r))));
        ChangesAfter = PhraseTable<ChangeCue>.Build(changes.Where(r => r[2] == "after").Select(r => (r[0], Cue(r))));

        var units = Lexicon.Rows(Folder + "units.tsv");
        UnitsBefore = PhraseTable<string>.Build(units.Where(r => r[2] is "before" or "both").Select(r => (r[0], r[1])));
        UnitsAfter = PhraseTable<string>.Build(units.Where(r => r[2] is "after" or "both").Select(r => (r[0], r[1])));

        var kinds = Lexicon.Rows(Folder + "unit-kinds.tsv");
        Durations = kinds.Where(r => r[1] == "duration").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        RelativeUnits = kinds.Where(r => r[1] == "relative").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

        Rates = PhraseTable<string>.Build(Lexicon.Rows(Folder + "rates.tsv").Select(r => (r[0], r[1])));
        Vague = PhraseTable<VagueCue>.Build(Lexicon.Rows(Folder + "vague.tsv").Select(r =>
            (r[0], new VagueCue(Bound(r[1]), Bound(r[2]), r[3] == "yes"))));

        var guards = Lexicon.Rows(Folder + "guards.tsv");
        OneGuards = new(guards.Where(r => r[1] is "one-skip" or "one-verb" or "one-report" or "one-pair")
            .GroupBy(r => PhraseTable<int>.KeyOf(r[0]), StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.Aggregate(OneGuard.None, (acc, r) => acc | r[1] switch
            {
                "one-skip" => OneGuard.Skip,
                "one-verb" => OneGuard.Verb,
                "one-pair" => OneGuard.Pair,
                _ => OneGuard.Report,
            }))));
        Idioms = PhraseTable<bool>.Build(guards.Where(r => r[1] == "idiom").Select(r => (r[0], true)));
        Guards = new(guards.Where(r => r[1] is not ("one-skip" or "one-verb" or "one-report" or "one-pair" or "idiom"))
            .GroupBy(r => PhraseTable<int>.KeyOf(r[0]), StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.Aggregate(GuardClass.None, (acc, r) => acc | ParseGuard(r[1])))));
        var counted = Lexicon.Rows(Folder + "counted.tsv");
        // a job noun says what a cut counts, not where the phrase ends: its own table
        JobNouns = new(counted.Where(r => r[1] == "job").Select(r => KeyValuePair.Create(r[0], true)));
        Counted = new(counted.Where(r => r[1] != "job")
            .GroupBy(r => r[0], StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.Aggregate(CountedClass.None, (acc, r) => acc | Enum.Parse<CountedClass>(r[1], ignoreCase: true)))));

        Starters = new(numbers.Keys
            .Concat(QualifiersBefore.FirstKeys).Concat(ChangesBefore.FirstKeys).Concat(UnitsBefore.FirstKeys).Concat(Vague.FirstKeys).Concat(Multiples.FirstKeys)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(k => KeyValuePair.Create(k, true)));
    }

    public static QuantityLexicon Load() => new();

    private static double? Bound(string s) => s == "-" ? null : double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static QualifierCue ParseQualifier(string s) => s switch
    {
        "approximate" => QualifierCue.Approximate,
        "at-least" => QualifierCue.AtLeast,
        "at-most" => QualifierCue.AtMost,
        "between" => QualifierCue.Between,
        "from" => QualifierCue.From,
        _ => throw new FormatException($"Quantities/Resources/qualifiers.tsv: unknown qualifier '{s}'"),
    };

    private static GuardClass ParseGuard(string s) => s switch
    {
        "label" => GuardClass.Label,
        "clock" => GuardClass.Clock,
        "month" => GuardClass.Month,
        "one-before" => GuardClass.OneBefore,
        "one-after" => GuardClass.OneAfter,
        "not-after-rate" => GuardClass.NotAfterRate,
        "suffix" => GuardClass.Suffix,
        "score" => GuardClass.Score,
        "not-change" => GuardClass.NotChange,
        "compound" => GuardClass.Compound,
        "word-label" => GuardClass.WordLabel,
        "name" => GuardClass.Name,
        "proper-name" => GuardClass.ProperName,
        "share" => GuardClass.Share,
        "unit-name" => GuardClass.UnitName,
        "innings" => GuardClass.Innings,
        _ => throw new FormatException($"Quantities/Resources/guards.tsv: unknown class '{s}'"),
    };
}

/// <summary>
/// A phrase table over pieces: phrases are split exactly as text is (tokenizer, then hyphens and digit-letter
/// boundaries), so "US$" and "per cent" match their pieces; the longest phrase wins.
/// </summary>
internal sealed class PhraseTable<T>
{
    private sealed class Node(Vocabulary<Node> children, bool hasValue, T? value)
    {
        public Vocabulary<Node> Children { get; } = children;
        public bool HasValue { get; } = hasValue;
        public T? Value { get; } = value;
        public IEnumerable<string> Keys => Children.Keys;
    }

    private readonly Node _root;

    private PhraseTable(Node root) => _root = root;

    public IEnumerable<string> FirstKeys => _root.Keys;

    public static PhraseTable<T> Build(IEnumerable<(string Phrase, T Value)> entries) =>
        new(BuildNode(entries.Select(e => (Keys: KeysOf(e.Phrase), e.Value)).ToList(), 0));

    private static Node BuildNode(List<(string[] Keys, T Value)> entries, int depth)
    {
        var here = entries.FirstOrDefault(e => e.Keys.Length == depth);
        var children = entries.Where(e => e.Keys.Length > depth)
            .GroupBy(e => e.Keys[depth], StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, BuildNode(g.ToList(), depth + 1)));
        return new Node(new Vocabulary<Node>(children), here.Keys is not null, here.Keys is not null ? here.Value : default);
    }

    /// <summary>The lookup keys of a phrase: its pieces, as <see cref="Pieces.Key"/> gives them.</summary>
    public static string[] KeysOf(string phrase)
    {
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(phrase, new Span(0, phrase.Length), tokens);
        var pieces = new List<Piece>();
        for (var t = 0; t < tokens.Count; t++) Pieces.Split(phrase, tokens[t], t, pieces);
        return pieces.Select(p => Pieces.Key(phrase, p).ToString()).ToArray();
    }

    /// <summary>The key of a single word, as a piece of text would give it ("no." is "no").</summary>
    public static string KeyOf(string word) => KeysOf(word) is [var only] ? only : word;

    /// <summary>The longest phrase starting at piece <paramref name="i"/>: its end (exclusive piece index) and value.</summary>
    public bool Match(string text, List<Piece> pieces, int i, out int end, out T value)
    {
        end = -1;
        value = default!;
        var node = _root;
        for (var k = i; k < pieces.Count; k++)
        {
            if (!node.Children.TryGetValue(Pieces.Key(text, pieces[k]), out var next)) break;
            node = next;
            if (node.HasValue)
            {
                end = k + 1;
                value = node.Value!;
            }
        }
        return end > 0;
    }
}
