using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Shouldly;
using Triangulate.Documents;
using Triangulate.Segmentation;
using Triangulate.Time;
using Xunit;

namespace Triangulate.Tests.Time;

public class TimeRecognizerTests
{
    public static TheoryData<string, string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string, string>();
        foreach (var line in File.ReadLines(CaseFile.PathOf("Time/Cases/times.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3], f[4], f.Length > 5 ? f[5] : "");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizes_and_normalizes(string sentence, string published, string text, string type, string value, string checks)
    {
        var anchor = published == "-" ? null
            : new PublicationTime(DateTimeOffset.Parse(published, CultureInfo.InvariantCulture), TimePrecision.Day);
        var times = Recognize(sentence, anchor);

        var t = times.SingleOrDefault(x => x.Text == text);
        t.ShouldNotBeNull($"expected '{text}' in [{string.Join(" | ", times.Select(x => x.Text))}]");
        t.Span.Of(sentence).ShouldBe(text);
        t.TypeName.ShouldBe(type);
        t.Value.ShouldBe(value);
        t.Resolved.ShouldBe(!checks.Contains("unresolved") && (anchor is not null || !value.Contains('X')));
        foreach (var check in checks.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, expected) = check.Split('=') is [var k, var v] ? (k, v) : (check, "");
            switch (key)
            {
                case "precision": t.Precision.ToString().ShouldBe(expected); break;
                case "mod": t.Modifier.ShouldBe(expected); break;
                case "range":
                    $"{t.RangeStart:yyyy-MM-dd}..{t.RangeEnd:yyyy-MM-dd}".ShouldBe(expected);
                    break;
                case "unresolved": t.Resolved.ShouldBeFalse(); break;
                default: throw new InvalidOperationException($"unknown check '{check}'");
            }
        }
    }

    [Fact]
    public void Plain_sentences_have_no_time_expressions()
    {
        Recognize("Kim may march the troops to the border if the talks fail.", null).ShouldBeEmpty();
        Recognize("They thwarted a second attempt, and the 52-year-old Smith was promoted.", null).ShouldBeEmpty();
        Recognize("They sold two thousand copies to nineteen buyers.", null).ShouldBeEmpty();
        Recognize("Mr. Reupke, 52 years old, pays $2 million a year for four flights a week.", null).ShouldBeEmpty();
        Recognize("Iraq imports about three-quarters of its food and a quarter of its fuel.", null).ShouldBeEmpty();
        Recognize("The Labor Party won the election, and Independence was its theme.", null).ShouldBeEmpty();
        Recognize("Reporters in years-long exile wrote for seconds-old feeds.", null).ShouldBeEmpty();
        Recognize("She is in her sixties, and five more people came in the morning.", null).ShouldBeEmpty();
        Recognize("The term of the loan is long, and the terms ahead are short.", null).ShouldBeEmpty();
        Recognize("Baker spoke on ABC's \"This Week\" and Gonzalez on CBS's \"60 Minutes.\"", null).ShouldBeEmpty();
    }

    [Fact]
    public void That_day_needs_a_named_day_to_point_at()
    {
        var anchor = new PublicationTime(new DateTimeOffset(2000, 1, 6, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day);
        Recognize("The rally was held in 1994, and on that day nobody spoke.", anchor).Select(t => t.Text).ShouldBe(["1994"]);
    }

    [Fact]
    public void Covering_finds_the_expression_inside_an_attribution_time_span()
    {
        const string sentence = "The ministers met on Friday in Seoul.";
        var times = Recognize(sentence, null);
        var on = sentence.IndexOf("on Friday", StringComparison.Ordinal);
        times.Covering(new Span(on, "on Friday".Length))!.Text.ShouldBe("Friday");
        times.Covering(new Span(0, 3)).ShouldBeNull();
    }

    [Property(MaxTest = 300)]
    public Property Offsets_stay_in_bounds(string? input)
    {
        var text = input ?? "";
        var anchor = new PublicationTime(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day);
        var times = Recognize(text, anchor);
        return times.All(t => t.Span.Start >= 0 && t.Span.End <= text.Length && t.Span.Length > 0 && t.Span.Of(text) == t.Text)
            .ToProperty();
    }

    [Property(MaxTest = 500)]
    public Property Offsets_stay_in_bounds_on_time_words(PositiveInt seed)
    {
        string[] words = ["last", "week", "Oct.", "27", "-", "28", ",", "2024", "the", "first", "two", "of", "early", "mid-", "Friday",
            "said", "will", "3", "p.m.", "ago", "every", "nearly", "3-year-old", "1970s", "per", "month", "May", "next", "past", "a",
            "nineteen", "ninety-six", "two", "thousand", "year-ago", "quarter", "third", "fiscal", "weekend", "EST", "noon",
            "Tuesday", "earlier", "20th", "century", "year", "'s", "period", "latest", "1988"];
        var rng = new Random(seed.Get);
        var text = string.Join(" ", Enumerable.Range(0, 12).Select(_ => words[rng.Next(words.Length)]));
        var late = Recognize(text, new PublicationTime(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day));
        var early = Recognize(text, new PublicationTime(new DateTimeOffset(1990, 3, 14, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day));
        // What comes out resolved without an anchor must not depend on one: nothing is invented.
        var unanchored = Recognize(text, null);
        var invented = unanchored.Where(t => t.Resolved)
            .Where(t => late.Concat(early).Any(o => o.Span == t.Span && o.Value != t.Value)).ToList();
        return (unanchored.All(t => InBounds(text, t)) && late.All(t => InBounds(text, t)) && early.All(t => InBounds(text, t)))
            .ToProperty().And(invented.Count == 0).Label(string.Join(" | ", invented.Select(t => t.Text + " = " + t.Value)));
    }

    [Property(MaxTest = 300)]
    public Property Any_count_of_any_unit_from_any_plausible_date_stays_on_the_calendar(PositiveInt seed)
    {
        string[] units = ["days", "weeks", "months", "quarters", "years", "decades", "centuries"];
        string[] directions = ["ago", "later", "earlier", "from now"];
        var rng = new Random(seed.Get);
        var n = rng.Next(1, 10) * (int)Math.Pow(10, rng.Next(9)); // one to nine digits
        var text = $"Quarterly sales rose. It was {n} {units[rng.Next(units.Length)]} {directions[rng.Next(directions.Length)]}, "
            + $"in the first {n} days of June, they said.";
        var anchor = new DateTimeOffset(rng.Next(1000, 9001), rng.Next(1, 13), rng.Next(1, 29), 0, 0, 0, TimeSpan.Zero);
        var times = Recognize(text, new PublicationTime(anchor, TimePrecision.Day));
        return times.All(t => InBounds(text, t)).Label(text + " @ " + anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static bool InBounds(string text, TimeExpression t) =>
        t.Span.Start >= 0 && t.Span.End <= text.Length && t.Span.Length > 0 && t.Span.Of(text) == t.Text;

    private static System.Collections.Immutable.ImmutableArray<TimeExpression> Recognize(string text, PublicationTime? anchor) =>
        TimeRecognizer.Default.Recognize(text, Segmenter.Default.Segment(text), anchor);
}
