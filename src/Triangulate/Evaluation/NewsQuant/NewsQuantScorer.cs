using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triangulate.Quantities;
using Triangulate.Segmentation;
using Triangulate.Time;

namespace Triangulate.Evaluation.NewsQuant;

/// <summary>A quantity as NewsQuant writes it: value (or range), change (=, ~, &gt;, &lt;, up, down) and normalized unit.</summary>
public sealed record NewsQuantQuantity(double Low, double High, string Change, string NormalizedUnit, string Unit, IReadOnlyList<string> Concepts)
{
    public bool IsRange => Low != High;

    /// <summary>The value as the dataset writes it: "3000.0", or "1.0-1.5" for a range.</summary>
    public string ValueText => IsRange ? $"{Format(Low)}-{Format(High)}" : Format(Low);

    private static string Format(double v) =>
        v == Math.Floor(v) && Math.Abs(v) < 1e16 ? v.ToString("0", CultureInfo.InvariantCulture) + ".0" : v.ToString("R", CultureInfo.InvariantCulture);
}

public sealed record NewsQuantSentence(string Text, ImmutableArray<NewsQuantQuantity> Quantities);

/// <summary>NewsQuant figures: value, value+change and value+unit P/R/F1, and recognition speed.</summary>
public sealed record NewsQuantFigures(
    int Sentences,
    int Gold,
    int Predicted,
    PrfCounts Value,
    PrfCounts ValueChange,
    PrfCounts ValueUnit,
    long Tokens,
    double QuantitySeconds,
    double TimeSeconds)
{
    public double TokensPerSecond => QuantitySeconds == 0 ? 0 : Tokens / QuantitySeconds;

    /// <summary>Quantities and the time expressions they rely on, together.</summary>
    public double TokensPerSecondWithTime => QuantitySeconds + TimeSeconds == 0 ? 0 : Tokens / (QuantitySeconds + TimeSeconds);
}

/// <summary>
/// Scores the recognizer as NewsQuant's official script does: per sentence, each gold quantity is matched to at
/// most one unused prediction with the same value (both ends for ranges, relative tolerance 1e-5); value+change
/// and value+unit also need the same change and normalized unit. Vague amounts have no value and are not output.
/// </summary>
public sealed class NewsQuantScorer(Segmenter segmenter, TimeRecognizer times, QuantityRecognizer quantities)
{
    public static ImmutableArray<NewsQuantSentence> Read(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        return [.. root.Select(s => new NewsQuantSentence(
            (string)s!["text"]!,
            [.. s["quantities"]!.AsArray().Select(q => ReadQuantity(q!))]))];
    }

    /// <summary>
    /// Development cases in the dataset's conventions, one block per sentence (blank lines between, '#' comments):
    /// the sentence, then one line per quantity: value (or low-high), change, normalized unit and optionally what it
    /// refers to, tab-separated. A block of one line is a sentence without quantities.
    /// </summary>
    public static ImmutableArray<NewsQuantSentence> ReadCases(string path)
    {
        var sentences = ImmutableArray.CreateBuilder<NewsQuantSentence>();
        var block = new List<string>();
        void Flush()
        {
            if (block.Count == 0) return;
            sentences.Add(new NewsQuantSentence(block[0], [.. block.Skip(1).Select(line =>
            {
                var f = line.Split('\t');
                if (f.Length < 3) throw new FormatException($"{path}: expected value, change and unit in '{line}'");
                var (low, high) = ParseValue(f[0]);
                return new NewsQuantQuantity(low, high, f[1], f[2], f[2], f.Length > 3 ? [f[3]] : ["-"]);
            })]));
            block.Clear();
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#')) continue;
            if (line.Trim().Length == 0) Flush();
            else block.Add(line);
        }
        Flush();
        return sentences.ToImmutable();
    }

    private static NewsQuantQuantity ReadQuantity(JsonNode q)
    {
        var (low, high) = ParseValue(q["value"]!.ToString());
        var concepts = q["referred_concepts"] is JsonArray a ? a.Select(c => c!.ToString()).ToList() : [q["referred_concepts"]?.ToString() ?? "-"];
        return new NewsQuantQuantity(low, high, q["change"]?.ToString() ?? "=", q["normalized_unit"]?.ToString() ?? "-", q["unit"]?.ToString() ?? "-", concepts);
    }

    /// <summary>"3000.0", "1.0-1.5" or "3.0 - 4.0" (a minus sign may lead either number).</summary>
    public static (double Low, double High) ParseValue(string value)
    {
        value = value.Replace(" ", "", StringComparison.Ordinal);
        for (var i = 1; i < value.Length; i++)
            if (value[i] == '-' && char.IsDigit(value[i - 1]))
                return (Parse(value[..i]), Parse(value[(i + 1)..]));
        var v = Parse(value);
        return (v, v);
    }

    private static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// Our quantity in the dataset's terms, or null for an amount it does not count. A vague "thousands of" is
    /// CQE's broad range, the magnitude to ten times it; other vague amounts have no value to compare.
    /// <paramref name="text"/> is the text the quantity's span points into.
    /// </summary>
    public static NewsQuantQuantity? ToNewsQuant(Quantity q, string text)
    {
        double low, high;
        if (q.Qualifier == Qualifier.Range && q.Low is { } l && q.High is { } h) (low, high) = (l, h);
        else if (q.Value is { } v) (low, high) = (v, v);
        else if (q.Vague && BroadRanges.TryGetValue(q.Text.Trim().ToLowerInvariant(), out var magnitude)) (low, high) = (magnitude, 10 * magnitude);
        else return null;
        var change = q.Change switch
        {
            Change.Up => "up",
            Change.Down => "down",
            _ => q.Qualifier switch
            {
                Qualifier.Approximate => "~",
                // "about 300 to 400": CQE marks the range approximate; our range keeps its cue only in the text
                Qualifier.Range when ApproximateCues.Any(c => q.Text.StartsWith(c + " ", StringComparison.OrdinalIgnoreCase)) => "~",
                Qualifier.AtLeast => ">",
                Qualifier.AtMost => "<",
                _ => "=",
            },
        };
        return new NewsQuantQuantity(low, high, change, UnitName(q, text), q.Unit ?? "-", q.CountedThing is { } c ? [c] : []);
    }

    private static readonly FrozenDictionary<string, string> UnitNames =
        Triangulate.Resources.Lexicon.Rows("Evaluation/NewsQuant/Resources/unit-names.tsv").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Currencies = Triangulate.Resources.Lexicon.Set("Evaluation/NewsQuant/Resources/currencies.tsv", StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> AgeUnits =
        Triangulate.Resources.Lexicon.Rows("Evaluation/NewsQuant/Resources/age-units.tsv").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Singulars =
        Triangulate.Resources.Lexicon.Rows("Evaluation/NewsQuant/Resources/singulars.tsv").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    private static readonly string[] ApproximateCues = [.. Triangulate.Resources.Lexicon.Rows("Quantities/Resources/qualifiers.tsv")
        .Where(r => r[1] == "approximate" && r[2] == "before").Select(r => r[0])];
    private static readonly FrozenSet<string> NumberWords =
        Triangulate.Resources.Lexicon.Rows("Quantities/Resources/numbers.tsv").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>CQE reads a plural magnitude before "of" ("thousands of students") as the magnitude..ten times it.</summary>
    private static readonly FrozenDictionary<string, double> BroadRanges = new Dictionary<string, double>
    {
        ["hundreds"] = 1e2, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9, ["trillions"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Our unit in CQE's unit names (CQE/unit.json): "barrel" per "day" is one unit there; a duration followed by
    /// "old" is an age; a plain count is named by its counted noun's lemma ("1,102 pledged delegates" is
    /// "delegate", "a 60-member council" is "member"), as CQE names a quantity whose noun is not in its list.
    /// </summary>
    public static string UnitName(Quantity q, string text)
    {
        var end = q.Span.Start + q.Span.Length;
        if (q.Unit is null) return CountNoun(q, text) ?? "-";
        if (q.Unit == "barrel" && q.Rate == "day") return "barrel per day";
        if (AgeUnits.TryGetValue(q.Unit, out var age) && IsFollowedByOld(text, end, q.Text)) return age;
        return UnitNames.GetValueOrDefault(q.Unit, q.Unit);
    }

    private static bool IsFollowedByOld(string text, int end, string quantityText)
    {
        if (quantityText.EndsWith("-old", StringComparison.OrdinalIgnoreCase)) return true;
        var i = end;
        while (i < text.Length && text[i] is ' ' or '-') i++;
        return string.Compare(text, i, "old", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 && (i + 3 == text.Length || !char.IsLetter(text[i + 3]));
    }

    private static string? CountNoun(Quantity q, string text)
    {
        // "60-member", "a five-member panel", "an 800-word column": the word glued after the figure by a hyphen is
        // what is counted (CQE splits "100-km" into "100 km"), unless it is part of the number ("twenty-five").
        var hyphen = q.Text.LastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < q.Text.Length && q.Text[(hyphen + 1)..].All(char.IsLetter) && !NumberWords.Contains(q.Text[(hyphen + 1)..]))
            return Singular(q.Text[(hyphen + 1)..].ToLowerInvariant());
        var end = q.Span.Start + q.Span.Length;
        if (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
        {
            var wordEnd = end + 1;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            var word = text[(end + 1)..wordEnd];
            if (!NumberWords.Contains(word)) return Singular(word.ToLowerInvariant());
        }
        if (q.CountedThing is not { } thing) return null;
        var words = thing.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The head of "pledged delegates" or "registered voters in the county" is its first plural noun.
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (!word.All(char.IsLetter)) continue;
            var lower = word.ToLowerInvariant();
            var singular = Singular(lower);
            // "news articles", "police officers", "Kansas voters": an invariant noun or a name before a plural modifies it
            if ((singular == lower || char.IsUpper(word[0])) && i + 1 < words.Length && words[i + 1].All(char.IsLetter) &&
                Singular(words[i + 1].ToLowerInvariant()) != words[i + 1].ToLowerInvariant()) continue;
            if (singular != lower || Singulars.ContainsKey(lower)) return singular;
        }
        // "one double century": a short lower-case phrase without a plural is named by its last word (not "one man
        // arrested" or "Forty killed", whose participle is not the noun).
        return words.Length is 1 or 2 && words.All(w => w.All(char.IsLetter)) && !words.Any(IsParticiple) && (words.Length == 1 || words.All(w => char.IsLower(w[0])))
            ? words[^1].ToLowerInvariant()
            : null;
    }

    /// <summary>"killed", "wounded", "arrested"; not "bed" or "speed".</summary>
    private static bool IsParticiple(string word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("eed", StringComparison.OrdinalIgnoreCase);

    /// <summary>An English plural's singular ("casualties" casualty, "businesses" business); other words unchanged.</summary>
    public static string Singular(string word)
    {
        if (Singulars.TryGetValue(word, out var irregular)) return irregular;
        if (word.Length < 4 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal)) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("zzes", StringComparison.Ordinal))
            return word[..^2];
        return word[..^1];
    }

    public NewsQuantFigures Score(IReadOnlyList<NewsQuantSentence> sentences, List<NewsQuantSentence>? predictions = null)
    {
        int gold = 0, predicted = 0, value = 0, valueChange = 0, valueUnit = 0;
        long tokens = 0, quantityTicks = 0, timeTicks = 0;
        foreach (var sentence in sentences)
        {
            var seg = segmenter.Segment(sentence.Text);
            var t0 = Stopwatch.GetTimestamp();
            var foundTimes = times.Recognize(sentence.Text, seg, null);
            var t1 = Stopwatch.GetTimestamp();
            var found = quantities.Recognize(sentence.Text, seg, WithoutDurationDates(foundTimes));
            var t2 = Stopwatch.GetTimestamp();
            timeTicks += t1 - t0;
            quantityTicks += t2 - t1;
            tokens += seg.Tokens.Length;
            var ours = Predictions(found, sentence.Text);
            predictions?.Add(new NewsQuantSentence(sentence.Text, [.. ours]));
            gold += sentence.Quantities.Length;
            predicted += ours.Count;
            var (v, vc, vu) = OfficialMatches(sentence.Quantities, ours);
            value += v;
            valueChange += vc;
            valueUnit += vu;
        }
        return new NewsQuantFigures(sentences.Count, gold, predicted,
            PrfCounts.FromTotals(value, predicted, gold),
            PrfCounts.FromTotals(valueChange, predicted, gold),
            PrfCounts.FromTotals(valueUnit, predicted, gold),
            tokens,
            (double)quantityTicks / Stopwatch.Frequency,
            (double)timeTicks / Stopwatch.Frequency);
    }

    /// <summary>
    /// The time expressions that keep their numbers from being quantities, in CQE's terms: a DATE with a number is
    /// kept as a quantity when the number has a time unit ("three years ago", "two weeks earlier"), so such dates do
    /// not hide it; the product keeps them out of its quantities.
    /// </summary>
    public static ImmutableArray<TimeExpression> WithoutDurationDates(ImmutableArray<TimeExpression> found)
    {
        if (found.IsDefaultOrEmpty) return found;
        return found.RemoveAll(t => t.Type == TimexType.Date && HasDurationFigure(t.Text));
    }
    private static bool HasDurationFigure(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var unit = words[i + 1].TrimEnd(',', '.').ToLowerInvariant();
            if ((words[i].Any(char.IsDigit) && words[i].All(c => char.IsDigit(c) || c is ',' or '.') || NumberWords.Contains(words[i]) && words[i] is not ("a" or "an")) &&
                (DurationUnits.Contains(unit) || DurationUnits.Contains(Singular(unit))))
                return true;
        }
        return false;
    }
    private static readonly FrozenSet<string> DurationUnits = Triangulate.Resources.Lexicon.Rows("Quantities/Resources/unit-kinds.tsv")
        .Where(r => r[1] == "duration").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Our quantities in one text as NewsQuant writes them. A bare figure right after a money amount in the same
    /// text shares its currency ("41.2 million guilders against 38.9 million", "fell 1.40 guilders to 82.10"), as
    /// CQE's shared-unit check gives it one; the product keeps such a figure unitless.
    /// </summary>
    public static List<NewsQuantQuantity> Predictions(IReadOnlyList<Quantity> found, string text)
    {
        var ours = new List<NewsQuantQuantity>(found.Count);
        string? currency = null;
        foreach (var q in found.OrderBy(q => q.Span.Start))
        {
            if (ToNewsQuant(q, text) is not { } n) continue;
            if (Currencies.Contains(n.NormalizedUnit)) currency = n.NormalizedUnit;
            else if (q.Unit is null && q.CountedThing is null && currency is not null && n.NormalizedUnit == "-")
                n = n with { NormalizedUnit = currency };
            ours.Add(n);
        }
        return ours;
    }

    /// <summary>
    /// Matches as the official script (CQE_Evaluation/evaluate_models.py, calculate_metrics) does, per text:
    /// predictions sorted by unit; for each gold quantity, each prediction with the same value (both ends of a
    /// range, |gold - ours| &lt;= 1e-8 + 1e-5 |ours|) counts for value (at most as many as there are gold
    /// quantities) and, with the same change, for value+change; the first that also has the same unit (case
    /// ignored) counts for value+unit and is used up. So a prediction can match the value of several gold ones.
    /// </summary>
    public static (int Value, int ValueChange, int ValueUnit) OfficialMatches(IReadOnlyList<NewsQuantQuantity> gold, IReadOnlyList<NewsQuantQuantity> predicted)
    {
        var tags = predicted.OrderBy(p => p.NormalizedUnit, StringComparer.Ordinal).ToList();
        int value = 0, change = 0, unit = 0, valuesLeft = gold.Count;
        foreach (var g in gold.OrderBy(g => g.NormalizedUnit, StringComparer.Ordinal))
        {
            foreach (var p in tags)
            {
                if (g.IsRange != p.IsRange || !Close(g.Low, p.Low) || !Close(g.High, p.High)) continue;
                if (valuesLeft > 0) { value++; valuesLeft--; }
                if (g.Change == p.Change) change++;
                if (string.Equals(g.NormalizedUnit, p.NormalizedUnit, StringComparison.OrdinalIgnoreCase))
                {
                    unit++;
                    tags.Remove(p);
                    break;
                }
            }
        }
        return (value, change, unit);
    }

    private static bool Close(double gold, double ours) => Math.Abs(gold - ours) <= 1e-8 + 1e-5 * Math.Abs(ours);


    /// <summary>Writes predictions in NewsQuant's own format: [{text, quantities: [{value, change, unit, normalized_unit, referred_concepts}]}].</summary>
    public static void WritePredictions(IEnumerable<NewsQuantSentence> sentences, Stream stream)
    {
        var array = new JsonArray();
        foreach (var s in sentences)
        {
            var qs = new JsonArray();
            foreach (var q in s.Quantities)
                qs.Add(new JsonObject
                {
                    ["value"] = q.ValueText,
                    ["change"] = q.Change,
                    ["unit"] = q.Unit,
                    ["normalized_unit"] = q.NormalizedUnit,
                    ["referred_concepts"] = new JsonArray([.. q.Concepts.Select(c => (JsonNode)JsonValue.Create(c))]),
                });
            array.Add(new JsonObject { ["text"] = s.Text, ["quantities"] = qs });
        }
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        array.WriteTo(writer);
    }
}
