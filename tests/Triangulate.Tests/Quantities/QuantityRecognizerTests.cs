using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Shouldly;
using Triangulate.Quantities;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Quantities;

public class QuantityRecognizerTests
{
    public static TheoryData<string, string, string, string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string, string, string, string>();
        foreach (var line in File.ReadLines(CaseFile.PathOf("Quantities/Cases/quantities.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            string At(int i) => f.Length > i ? f[i] : "";
            data.Add(f[0], f[1], At(2), At(3), At(4), At(5), At(6), At(7));
        }
        return data;
    }

    private static IReadOnlyList<Quantity> Recognize(string text) =>
        QuantityRecognizer.Default.Recognize(text, Segmenter.Default.Segment(text));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizes(string sentence, string text, string low, string high, string qualifier, string unit, string counted, string checks)
    {
        var found = Recognize(sentence);
        var listing = string.Join(" | ", found.Select(x => x.Text));
        if (text.StartsWith('!'))
        {
            var absent = text[1..];
            found.ShouldNotContain(q => q.Text.Contains(absent), $"found [{listing}]");
            return;
        }
        var q = found.SingleOrDefault(x => x.Text == text);
        q.ShouldNotBeNull($"expected '{text}' in [{listing}]");
        q.Span.Of(sentence).ShouldBe(text);
        q.Low.ShouldBe(Number(low));
        q.High.ShouldBe(Number(high));
        q.Qualifier.ToString().ShouldBe(qualifier);
        q.Vague.ShouldBe(q.Qualifier == Qualifier.Vague);
        q.Unit.ShouldBe(unit == "-" ? null : unit);
        q.CountedThing.ShouldBe(counted == "-" ? null : counted);
        if (q.CountedThingSpan is { } span) span.Of(sentence).ShouldStartWith(q.CountedThing!.Split(' ')[0]);
        q.Change.ToString().ShouldBe(Check(checks, "change") ?? "None");
        q.Rate.ShouldBe(Check(checks, "rate"));
        if (q.Qualifier is Qualifier.Exact or Qualifier.Approximate) q.Value.ShouldBe(q.Low);
    }

    private static double? Number(string s) => s == "-" ? null : double.Parse(s, CultureInfo.InvariantCulture);

    private static string? Check(string checks, string key) =>
        checks.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('=')).Where(kv => kv[0] == key).Select(kv => kv[1]).FirstOrDefault();

    [Fact]
    public void Numbers_inside_time_expressions_are_left_to_the_time_stage()
    {
        const string text = "Two weeks ago, 500 troops crossed the border.";
        var seg = Segmenter.Default.Segment(text);
        var times = Triangulate.Time.TimeRecognizer.Default.Recognize(text, seg, null);
        QuantityRecognizer.Default.Recognize(text, seg, times).Select(q => q.Text).ShouldBe(["500"]);
    }

    [Property(MaxTest = 300)]
    public Property Offsets_stay_in_bounds(string? input)
    {
        var text = input ?? "";
        return Recognize(text).All(q => q.Span.Start >= 0 && q.Span.End <= text.Length && q.Span.Length > 0 && q.Span.Of(text) == q.Text &&
                                        (q.CountedThingSpan is not { } c || c.Start >= 0 && c.End <= text.Length))
            .ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property Numbers_with_separators_parse_back(NonNegativeInt whole, byte fraction)
    {
        var value = whole.Get + fraction % 100 / 100.0;
        var written = value.ToString("#,0.##", CultureInfo.InvariantCulture);
        var found = Recognize($"Officials counted {written} shells.");
        return (found.Count == 1 && found[0].Value is { } v && Math.Abs(v - value) <= 1e-9 * Math.Max(1, value))
            .Label($"{written} -> {string.Join(", ", found.Select(q => q.Value))}");
    }

    [Property(MaxTest = 300)]
    public Property Numbers_with_magnitude_words_parse_back(PositiveInt whole, byte tenths, bool billion)
    {
        var number = whole.Get % 1000 + tenths % 10 / 10.0;
        var written = number.ToString("0.#", CultureInfo.InvariantCulture) + (billion ? " billion" : " million");
        var expected = number * (billion ? 1e9 : 1e6);
        var found = Recognize($"The program costs {written} dollars.");
        return (found.Count == 1 && found[0].Value is { } v && Math.Abs(v - expected) <= 1e-9 * expected && found[0].Unit == "dollar")
            .Label($"{written} -> {string.Join(", ", found.Select(q => q.Value))}");
    }
}
