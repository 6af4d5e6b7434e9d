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

    /// <summary>Our quantity in the dataset's terms, or null for vague amounts (they have no value to compare).</summary>
    public static NewsQuantQuantity? ToNewsQuant(Quantity q)
    {
        double low, high;
        if (q.Qualifier == Qualifier.Range && q.Low is { } l && q.High is { } h) (low, high) = (l, h);
        else if (q.Value is { } v) (low, high) = (v, v);
        else return null;
        var change = q.Change switch
        {
            Change.Up => "up",
            Change.Down => "down",
            _ => q.Qualifier switch
            {
                Qualifier.Approximate => "~",
                Qualifier.AtLeast => ">",
                Qualifier.AtMost => "<",
                _ => "=",
            },
        };
        return new NewsQuantQuantity(low, high, change, UnitName(q.Unit, q.Rate), q.Unit ?? "-", q.CountedThing is { } c ? [c] : []);
    }

    private static readonly FrozenDictionary<string, string> UnitNames =
        Triangulate.Resources.Lexicon.Rows("Evaluation/NewsQuant/Resources/unit-names.tsv").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    /// <summary>
    /// Our unit in the dataset's names (its list is its own; value+unit is indicative): "barrel" per "day" is one
    /// unit there.
    /// </summary>
    private static string UnitName(string? unit, string? rate) => unit switch
    {
        null => "-",
        "barrel" when rate == "day" => "barrel per day",
        _ => UnitNames.GetValueOrDefault(unit, unit),
    };

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
            var found = quantities.Recognize(sentence.Text, seg, foundTimes);
            var t2 = Stopwatch.GetTimestamp();
            timeTicks += t1 - t0;
            quantityTicks += t2 - t1;
            tokens += seg.Tokens.Length;
            var ours = found.Select(ToNewsQuant).OfType<NewsQuantQuantity>().ToList();
            predictions?.Add(new NewsQuantSentence(sentence.Text, [.. ours]));
            gold += sentence.Quantities.Length;
            predicted += ours.Count;
            value += Matches(sentence.Quantities, ours, (_, _) => true);
            valueChange += Matches(sentence.Quantities, ours, (g, p) => g.Change == p.Change);
            valueUnit += Matches(sentence.Quantities, ours, (g, p) => g.NormalizedUnit == p.NormalizedUnit);
        }
        return new NewsQuantFigures(sentences.Count, gold, predicted,
            PrfCounts.FromTotals(value, predicted, gold),
            PrfCounts.FromTotals(valueChange, predicted, gold),
            PrfCounts.FromTotals(valueUnit, predicted, gold),
            tokens,
            (double)quantityTicks / Stopwatch.Frequency,
            (double)timeTicks / Stopwatch.Frequency);
    }

    /// <summary>Gold quantities matched, each to at most one unused prediction with the same value and <paramref name="also"/>.</summary>
    public static int Matches(IReadOnlyList<NewsQuantQuantity> gold, IReadOnlyList<NewsQuantQuantity> predicted, Func<NewsQuantQuantity, NewsQuantQuantity, bool> also)
    {
        var used = new bool[predicted.Count];
        var matched = 0;
        foreach (var g in gold)
        {
            for (var k = 0; k < predicted.Count; k++)
            {
                var p = predicted[k];
                if (used[k] || !Close(g.Low, p.Low) || !Close(g.High, p.High) || !also(g, p)) continue;
                used[k] = true;
                matched++;
                break;
            }
        }
        return matched;
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-5 * Math.Max(Math.Abs(a), Math.Abs(b));

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
