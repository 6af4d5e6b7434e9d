using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Documents;
using static Triangulate.Time.TimexValues;

namespace Triangulate.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>A candidate: pieces [start, End), its value, and whether a leading "the" belongs to it.</summary>
    private readonly record struct Match(int End, TimexType Type, string Value, TimexPrecision Precision, bool Resolved)
    {
        public string? Mod { get; init; }
        public DateOnly? RangeStart { get; init; }
        public DateOnly? RangeEnd { get; init; }
        public bool TakesThe { get; init; }

        /// <summary>A date counted from the anchor ("two weeks ago"), which an approximation may precede.</summary>
        public bool Counted { get; init; }
    }

    /// <summary>The matching pass over one sentence's pieces.</summary>
    private sealed class Scan(
        TimeRecognizer owner, string text, List<Piece> p, DateOnly? anchor, bool quarterly, ImmutableArray<TimeExpression>.Builder found)
    {
        private const int TenseWindow = 6;

        /// <summary>How far back a tense cue is looked for within the expression's clause.</summary>
        private const int ClauseWindow = 10;

        /// <summary>Classes that only continue an expression ("ago", "in years", "the year before"): a word with no other class starts none.</summary>
        private const uint NonStarters = 1u << (int)WordClass.Direction | 1u << (int)WordClass.Aged | 1u << (int)WordClass.PeriodNoun
            | 1u << (int)WordClass.Zone | 1u << (int)WordClass.PeriodEnd | 1u << (int)WordClass.Sequel | 1u << (int)WordClass.Stretch;

        public void Run()
        {
            var i = 0;
            while (i < p.Count)
            {
                var piece = p[i];
                if ((piece.Classes & NonStarters) == piece.Classes && piece.Kind is PieceKind.Word or PieceKind.Punct) { i++; continue; }
                if (Outer(i) is { } m)
                {
                    var start = i;
                    if (m.TakesThe && i > 0 && Is(i - 1, "the")) start = i - 1;
                    Add(start, m);
                    i = m.End;
                }
                else i++;
            }
        }

        private void Add(int start, Match m)
        {
            var span = Span.FromBounds(p[start].Start, p[m.End - 1].End);
            found.Add(new TimeExpression(m.Type, span, span.Of(text), m.Value, m.Precision, m.Resolved)
            {
                Modifier = m.Mod,
                RangeStart = m.RangeStart,
                RangeEnd = m.RangeEnd,
            });
        }

        // ---- piece tests ----

        private bool In(int i) => i >= 0 && i < p.Count;

        private bool Is(int i, string word) =>
            In(i) && text.AsSpan(p[i].Start, p[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsPunct(int i, char c) => In(i) && p[i].Kind == PieceKind.Punct && text[p[i].Start] == c;

        private string? Get(int i, WordClass cls)
        {
            if (!In(i) || (p[i].Classes & (1u << (int)cls)) == 0) return null;
            var entries = p[i].Entries!;
            foreach (var e in entries)
                if (e.Class == cls && Holds(i, e.Condition)) return e.Value;
            return null;
        }

        private bool Holds(int i, WordCondition condition) => condition switch
        {
            WordCondition.Capital => p[i].Capital,
            WordCondition.Abbreviation => text[p[i].End - 1] == '.' || Num(i + 1) >= 0,
            WordCondition.Day => p[i].Capital && In(i + 1) && p[i + 1].Capital && Is(i + 1, "Day"),
            WordCondition.Lower => !p[i].Capital || i == 0 || p[i - 1].Kind == PieceKind.Punct,
            _ => true,
        };

        private int GetInt(int i, WordClass cls) =>
            Get(i, cls) is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : -1;

        private int Num(int i) => In(i) && p[i].Kind == PieceKind.Number ? p[i].Number : -1;

        private bool IsYear(int i) => In(i) && p[i].Kind == PieceKind.Number && p[i].Length == 4 && p[i].Number is >= 1000 and <= 2199;

        /// <summary>A year in digits ("1996") or spelled out as broadcasts say it ("nineteen ninety-six", "two thousand").</summary>
        private (int Year, int End)? YearAt(int k)
        {
            if (IsYear(k)) return (p[k].Number, k + 1);
            if (!In(k) || p[k].Kind != PieceKind.Word || Count(k) is not var (century, cEnd) || cEnd != k + 1) return null;
            if (century == "2" && Is(k + 1, "thousand"))
            {
                var end = Is(k + 2, "and") ? k + 3 : k + 2;
                return Count(end) is var (ones, oEnd) && int.TryParse(ones, CultureInfo.InvariantCulture, out var n) && n < 100 && p[end].Kind == PieceKind.Word
                    ? (2000 + n, oEnd) : (2000, k + 2);
            }
            // "nineteen ninety-six": a century word of 10-20 and then a two-digit number word of at least ten
            return int.TryParse(century, CultureInfo.InvariantCulture, out var c) && c is >= 10 and <= 20
                && In(k + 1) && p[k + 1].Kind == PieceKind.Word && Count(k + 1) is var (tens, tEnd)
                && int.TryParse(tens, CultureInfo.InvariantCulture, out var t) && t is >= 10 and < 100
                ? (c * 100 + t, tEnd) : null;
        }

        /// <summary>A count: digits, a number word, "twenty-four", "a few", "a couple of". Returns the count and the end.</summary>
        private (string Count, int End)? Count(int i)
        {
            if (Num(i) is var n and >= 0 && p[i].Entries is null) return (n.ToString(CultureInfo.InvariantCulture), i + 1);
            if (Get(i, WordClass.Count) is not { } c) return null;
            if (c == "1" && (Is(i, "a") || Is(i, "an")))
            {
                if (Get(i + 1, WordClass.Count) is { } next && next is "X" or "2" && !Is(i + 1, "two")) // "a few", "a couple of"
                    return (next, Is(i + 2, "of") ? i + 3 : i + 2);
                return ("1", i + 1);
            }
            if (c != "X" && IsPunct(i + 1, '-') && Get(i + 2, WordClass.Count) is { } ones && ones.Length == 1 && ones != "X")
                return ((int.Parse(c, CultureInfo.InvariantCulture) + int.Parse(ones, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture), i + 3);
            return (c, Is(i + 1, "of") && c == "2" ? i + 2 : i + 1);
        }

        /// <summary>A count, or a range of counts ("two to three", "12 to 18") as its lower end, as TimeBank values "two to three weeks".</summary>
        private (string Count, int End)? CountRange(int i)
        {
            if (Count(i) is not var (low, end)) return null;
            if (low != "X" && Is(end, "to") && Count(end + 1) is var (high, highEnd) && high != "X"
                && int.Parse(high, CultureInfo.InvariantCulture) > int.Parse(low, CultureInfo.InvariantCulture) && Get(highEnd, WordClass.Unit) is not null)
                return (low, highEnd);
            return (low, end);
        }

        /// <summary>
        /// -1 past, +1 future, 0 unknown: the nearest tense cue before the expression (within six words, or further
        /// back to the start of its clause), else after it. A deadline preposition counts only right before the
        /// expression ("until Tuesday"; not "by the U.S. ..."); when it opens the clause, the clause's own tense after
        /// the expression decides ("Until Thursday, they had not called him"). Phrase cues ("as early as", "set to")
        /// look forward, so they count only before the expression.
        /// </summary>
        private int Tense(int start, int end)
        {
            for (var k = start - 1; k >= 0 && k >= start - ClauseWindow; k--)
            {
                // Past the near window, only the clause's own verb counts ("protesters planned a march in Little
                // Havana on Saturday"), not one across a comma.
                if (k < start - TenseWindow && p[k].Kind == PieceKind.Punct) break;
                var t = CueAt(k, phrases: true, far: k < start - TenseWindow);
                if (t == TimeLexicon.Deadline)
                {
                    if (!Adjacent(k, start)) continue;
                    return (k == 0 || p[k - 1].Kind == PieceKind.Punct) && After(end) < 0 ? -1 : 1;
                }
                if (t != 0) return t;
            }
            return After(end);
        }

        /// <summary>Whether <paramref name="k"/> stands right before <paramref name="start"/>, or before a part word that leads it ("until mid-November").</summary>
        private bool Adjacent(int k, int start)
        {
            var j = k + 1;
            if (j < start && Get(j, WordClass.Part) is not null) j++;
            if (j < start && (IsPunct(j, '-') || Is(j, "of"))) j++;
            return j == start;
        }

        private int After(int end)
        {
            for (var k = end; k < p.Count && k < end + TenseWindow; k++)
                if (CueAt(k, phrases: false, far: false) is var t and not 0 and not TimeLexicon.Deadline) return t;
            return 0;
        }

        private int CueAt(int k, bool phrases, bool far) => owner.TenseOf(k, _wordAt ??= WordAt, phrases, far);

        // One delegate per sentence, made only when a tense is read: a closure per cue word was an allocation on every look.
        private WordAt? _wordAt;

        private ReadOnlySpan<char> WordAt(int index) => index >= 0 ? text.AsSpan(p[index].Start, p[index].Length) : [];

        /// <summary>Whether this sentence or an earlier one of the document speaks of quarters.</summary>
        public bool MentionsQuarter()
        {
            if (quarterly) return true;
            for (var k = 0; k < p.Count; k++)
                if (Get(k, WordClass.Unit) == "Q") return true;
            return false;
        }

        // ---- patterns ----

        /// <summary>A core match, possibly after an approximation ("nearly", "more than"), and with a trailing "or so".</summary>
        private Match? Outer(int i)
        {
            var m = Bare(i);
            return m is { } found && (found.Precision != TimexPrecision.Unknown || found.Type == TimexType.Duration) && OrSo(found.End)
                ? found with { End = found.End + 2, Mod = found.Mod ?? "APPROX" }
                : m;
        }

        private bool OrSo(int k) => Is(k, "or") && Is(k + 1, "so");

        private Match? Bare(int i)
        {
            if (Get(i, WordClass.Approx) is { } approx && Core(i + 1) is { } inner && (inner.Type == TimexType.Duration || inner.Counted))
                return inner with { Mod = inner.Mod ?? approx, TakesThe = false };
            if (Bounded(i) is { } bounded) return bounded;
            if (Get(i, WordClass.Negation) is not null && Bounded(i + 1) is { } negated) // "no more than", "no less than"
                return negated with { Mod = negated.Mod switch { "MORE_THAN" => "EQUAL_OR_LESS", "LESS_THAN" => "EQUAL_OR_MORE", var m => m } };
            // "earlier this year", "later that day": the event lies inside the date, which keeps its value. TimeBank
            // leaves the word outside a weekday or a week ("Later [Thursday]", "earlier [this week]").
            if (Get(i, WordClass.Within) is not null && Get(i + 1, WordClass.Weekday) is null
                && Core(i + 1) is { Type: TimexType.Date or TimexType.Time, Counted: false } within
                && within.Precision is not (TimexPrecision.Unknown or TimexPrecision.Week))
                return within with { TakesThe = false };
            return Core(i);
        }

        /// <summary>"more than three years", "at least 30 days", "up to 180 days", "at least the past 18 months": a bounded duration.</summary>
        private Match? Bounded(int i)
        {
            // The entry is "MOD next-word"; "at" and "up" are common, so nothing is allocated unless the next word fits.
            if (Get(i, WordClass.Bound) is not { } entry || !In(i + 1)) return null;
            var space = entry.IndexOf(' ');
            if (space < 0 || !text.AsSpan(p[i + 1].Start, p[i + 1].Length).Equals(entry.AsSpan(space + 1), StringComparison.OrdinalIgnoreCase)) return null;
            var k = i + 2;
            var the = Is(k, "the");
            if (Core(the ? k + 1 : k) is not { Type: TimexType.Duration } bounded || the && !bounded.TakesThe) return null;
            return bounded with { Mod = entry[..space], TakesThe = false };
        }

        private Match? Core(int i)
        {
            if (!In(i)) return null;
            var piece = p[i];
            switch (piece.Kind)
            {
                case PieceKind.IsoDate: return IsoDate(i);
                case PieceKind.Decade:
                    var decade = piece.Number.ToString("D3", CultureInfo.InvariantCulture);
                    return new Match(i + 1, TimexType.Date, decade, TimexPrecision.Decade, true) { TakesThe = true };
                case PieceKind.Number:
                    return Longest(Century(i), YearQuarter(i), DayMonth(i), Clock(i), CountUnit(i), YearAlone(i), Ordinal(i));
            }
            // Only the patterns a word's classes can start are tried (in this order: the first of equally long ones wins).
            var c = piece.Classes;
            if (c == 0) return null;
            Match? best = null;
            if (Has(c, WordClass.Month)) Keep(ref best, MonthLed(i));
            if (Has(c, WordClass.Weekday)) Keep(ref best, WeekdayLed(i));
            if (Has(c, WordClass.Count)) Keep(ref best, CountUnit(i));
            if (Has(c, WordClass.Unit)) Keep(ref best, YearAgo(i));
            if (Has(c, WordClass.Unit)) Keep(ref best, YearEnd(i));
            if (Has(c, WordClass.Relative)) Keep(ref best, Relative(i));
            if (Has(c, WordClass.Part)) Keep(ref best, PartOf(i));
            if (Has(c, WordClass.Unit)) Keep(ref best, TheQuarter(i));
            if (Has(c, WordClass.Unit) || Has(c, WordClass.Qualifier)) Keep(ref best, TheUnit(i));
            if (Has(c, WordClass.Unit)) Keep(ref best, BareUnits(i));
            if (Has(c, WordClass.Deictic)) Keep(ref best, Deictic(i));
            if (Has(c, WordClass.RefNoun)) Keep(ref best, RefNoun(i));
            if (Has(c, WordClass.RefAdjective)) Keep(ref best, RefAdjective(i));
            if (Has(c, WordClass.Vague)) Keep(ref best, Vague(i));
            if (Has(c, WordClass.SetWord) || Has(c, WordClass.SetPrefix)) Keep(ref best, SetLed(i));
            if (Has(c, WordClass.Ordinal)) Keep(ref best, Ordinal(i));
            if (Has(c, WordClass.Ordinal)) Keep(ref best, HalfOf(i));
            if (Has(c, WordClass.Half)) Keep(ref best, HalfUnit(i));
            if (Has(c, WordClass.DecadeWord)) Keep(ref best, DecadeWord(i));
            if (Has(c, WordClass.Season)) Keep(ref best, Season(i, anchor?.Year, anchor is not null));
            if (Has(c, WordClass.Clock)) Keep(ref best, Clock(i));
            if (Has(c, WordClass.Count)) Keep(ref best, SpelledYear(i));
            if (Has(c, WordClass.Holiday)) Keep(ref best, Holiday(i));
            if (Has(c, WordClass.Anaphor)) Keep(ref best, Anaphoric(i));
            return best;
        }

        private static bool Has(uint classes, WordClass cls) => (classes & (1u << (int)cls)) != 0;

        private static void Keep(ref Match? best, Match? candidate)
        {
            if (candidate is { } m && (best is null || m.End > best.Value.End)) best = m;
        }

        private static Match? Longest(params ReadOnlySpan<Match?> candidates)
        {
            Match? best = null;
            foreach (var c in candidates)
                if (c is { } m && (best is null || m.End > best.Value.End)) best = m;
            return best;
        }

        private Match? IsoDate(int i)
        {
            var s = text.AsSpan(p[i].Start, p[i].Length);
            int y, m, d;
            if (s[4] == '-') (y, m, d) = (int.Parse(s[..4]), int.Parse(s[5..7]), int.Parse(s[8..]));
            else (m, d, y) = (int.Parse(s[..2]), int.Parse(s[3..5]), int.Parse(s[6..]));
            if (!IsValidDay(y, m, d)) return null;
            return new Match(i + 1, TimexType.Date, Day(new DateOnly(y, m, d)), TimexPrecision.Day, true);
        }

        /// <summary>"the 1988 third quarter", "1989's second quarter", "the 1988 quarter".</summary>
        private Match? YearQuarter(int i)
        {
            if (!IsYear(i)) return null;
            var year = p[i].Number;
            var back = anchor is { } a ? year - a.AddMonths(-3).Year : 0;
            return YearsQuarter(i + 1, year, back) is { } m ? m with { TakesThe = true } : null;
        }

        /// <summary>"the 20th century" is 19, TIMEX3's century value; "the fourth century".</summary>
        private Match? Century(int i)
        {
            var n = p[i].Kind == PieceKind.Number && p[i].Length > 2 && char.IsLetter(text[p[i].End - 1]) ? p[i].Number : GetInt(i, WordClass.Ordinal);
            var k = IsPunct(i + 1, '-') ? i + 2 : i + 1;
            if (n is < 1 or > 21 || Get(k, WordClass.Unit) != "CE" || IsPlural(k)) return null;
            return new Match(k + 1, TimexType.Date, (n - 1).ToString("D2", CultureInfo.InvariantCulture), TimexPrecision.Century, true) { TakesThe = true };
        }

        /// <summary>"nineteen ninety-six" on its own ("two thousand" only after "the year": it is more often a count).</summary>
        private Match? SpelledYear(int i) =>
            !Is(i, "two") && YearAt(i) is var (year, end) ? new Match(end, TimexType.Date, Year(year), TimexPrecision.Year, true) : null;

        private Match? YearAlone(int i)
        {
            if (!IsYear(i) || i > 0 && (IsPunct(i - 1, '$') || p[i - 1].Kind == PieceKind.Number)) return null;
            if (IsPunct(i + 1, '%') || Get(i + 1, WordClass.Unit) is not null) return null;
            return new Match(i + 1, TimexType.Date, Year(p[i].Number), TimexPrecision.Year, true);
        }

        /// <summary>"Oct. 27", "October 21, 2024", "Oct. 27-28", "June 2024", "June of 2024", and a bare month.</summary>
        private Match? MonthLed(int i)
        {
            var month = GetInt(i, WordClass.Month);
            if (month < 0) return null;
            var day = Num(i + 1);
            if (day is >= 1 and <= 31 && !IsYear(i + 1))
            {
                var end = i + 2;
                var dayEnd = -1;
                if (IsPunct(end, '-') && Num(end + 1) is var d2 and > 0 && d2 > day && d2 <= 31) { dayEnd = d2; end += 2; }
                int year;
                var explicitYear = false;
                if (IsPunct(end, ',') && IsYear(end + 1)) { year = p[end + 1].Number; end += 2; explicitYear = true; }
                else if (IsYear(end)) { year = p[end].Number; end += 1; explicitYear = true; }
                else if (anchor is { } a) year = YearFor(a, month, day, Tense(i, end));
                else return Unresolved(end, $"XXXX-{month:D2}-{day:D2}", TimexPrecision.Day);
                if (!IsValidDay(year, month, day)) return null;
                var first = new DateOnly(year, month, day);
                var match = new Match(end, TimexType.Date, Day(first), TimexPrecision.Day, explicitYear || anchor is not null);
                if (dayEnd > 0 && IsValidDay(year, month, dayEnd))
                    match = match with { RangeStart = first, RangeEnd = new DateOnly(year, month, dayEnd) };
                return match;
            }
            if (YearAt(i + 1) is var (year1, end1)) return new Match(end1, TimexType.Date, Month(year1, month), TimexPrecision.Month, true);
            if (Get(i + 1, WordClass.Relative) is { } rel && Get(i + 2, WordClass.Unit) == "Y" && !IsPlural(i + 2)) // "June last year"
                return anchor is { } a
                    ? new Match(i + 3, TimexType.Date, Month(a.Year + int.Parse(rel, CultureInfo.InvariantCulture), month), TimexPrecision.Month, true)
                    : Unresolved(i + 3, $"XXXX-{month:D2}", TimexPrecision.Month);
            if (Is(i + 1, "of") && YearAt(i + 2) is var (year2, end2)) return new Match(end2, TimexType.Date, Month(year2, month), TimexPrecision.Month, true);
            return BareMonth(i, i + 1, month);
        }

        private Match BareMonth(int start, int end, int month)
        {
            if (anchor is not { } a) return Unresolved(end, $"XXXX-{month:D2}", TimexPrecision.Month);
            var tense = Tense(start, end);
            // Told in the past, the month has begun ("changed in December" in a November report is last December's).
            var year = tense < 0 ? YearFor(a, month, 1, tense, grace: 0) : YearFor(a, month, DateTime.DaysInMonth(a.Year, month), tense);
            return new Match(end, TimexType.Date, Month(year, month), TimexPrecision.Month, true);
        }

        private static Match Unresolved(int end, string value, TimexPrecision precision) =>
            new(end, TimexType.Date, value, precision, false);

        /// <summary>"21 October 2024", "27 Oct".</summary>
        private Match? DayMonth(int i)
        {
            var day = Num(i);
            var month = GetInt(i + 1, WordClass.Month);
            if (day is < 1 or > 31 || month < 0) return null;
            if (IsYear(i + 2) && IsValidDay(p[i + 2].Number, month, day))
                return new Match(i + 3, TimexType.Date, Day(new DateOnly(p[i + 2].Number, month, day)), TimexPrecision.Day, true);
            if (anchor is not { } a) return Unresolved(i + 2, $"XXXX-{month:D2}-{day:D2}", TimexPrecision.Day);
            var year = YearFor(a, month, day, Tense(i, i + 2));
            return IsValidDay(year, month, day)
                ? new Match(i + 2, TimexType.Date, Day(new DateOnly(year, month, day)), TimexPrecision.Day, true)
                : null;
        }

        /// <summary>"Wednesday", "Friday night", "Monday, Oct. 21".</summary>
        private Match? WeekdayLed(int i, int from = -1)
        {
            var wd = GetInt(i, WordClass.Weekday);
            if (wd < 0) return null;
            // "Monday, Oct. 21", "Friday Oct. 13"
            if (MonthLed(IsPunct(i + 1, ',') ? i + 2 : i + 1) is { Precision: TimexPrecision.Day } dated) return dated;
            var end = i + 1;
            var part = Get(end, WordClass.DayPart);
            if (part is not null) end++;
            if (anchor is not { } a)
                return Unresolved(end, $"XXXX-WXX-{wd}{PartSuffix(part)}", TimexPrecision.Day);
            var tense = Tense(from >= 0 ? from : i, end);
            var date = Weekday(a, wd, tense > 0 ? 1 : -1);
            return DayOrPart(end, date, part);
        }

        /// <summary>A day, with or without its part: "Friday night" is the day with TIMEX3's part-of-day code (2024-10-25TNI).</summary>
        private static Match DayOrPart(int end, DateOnly date, string? part) =>
            new(end, TimexType.Date, Day(date) + PartSuffix(part), TimexPrecision.Day, true);

        private static string PartSuffix(string? part) => part is null ? "" : "T" + part;

        /// <summary>"two weeks", "five-year", "3-year-old", "several weeks", "two weeks ago", "a year earlier".</summary>
        private Match? CountUnit(int i)
        {
            if (CountRange(i) is not var (count, end)) return null;
            // "5 1/2 hours", "two and a half years", "a minute and a half"
            var half = Get(end, WordClass.Half) == "F" || AndAHalf(end);
            if (half) end += Get(end, WordClass.Half) == "F" ? 1 : 3;
            if (!half && Get(end, WordClass.Extra) is not null && Get(end + 1, WordClass.Unit) is not null) end++;
            var hyphen = IsPunct(end, '-');
            var u = hyphen ? end + 1 : end;
            if (Get(u, WordClass.Unit) is not { } unit || unit == "WE") return null;
            end = u + 1;
            if (!half && !hyphen && AndAHalf(end)) (half, end) = (true, end + 3);
            if (half)
                return count != "X" && HalfMore(int.Parse(count, CultureInfo.InvariantCulture), unit) is { } halfValue
                    ? new Match(end, TimexType.Duration, halfValue, TimexPrecision.Unknown, true) { TakesThe = !hyphen }
                    : null;
            if (unit == "S" && !IsPlural(u) && !hyphen && Is(i, "a")) return null; // "a second attempt"
            if (!hyphen && !IsPlural(u) && IsYear(i)) return null; // "the 1988 quarter", "1988 second" are no durations
            if (!hyphen && IsPunct(end, '-')) return null; // "year-earlier", "year-ago"
            if (!hyphen && unit == "Y" && Is(end, "old") && Get(end + 1, WordClass.Aged) is null) return null; // "Mr. Reupke, 52 years old"
            if (unit == "Q" && Is(end, "of") && (hyphen || Is(i, "a"))) return null; // "three-quarters of its food" is a fraction
            // "$5 a year", "$2 million a year", "four flights a week" are rates, not durations ("$5 a year ago" is a date).
            if (Is(i, "a") && i > 0 && (p[i - 1].Kind == PieceKind.Number || IsCountedNoun(i - 1)) && Get(end, WordClass.Direction) is null)
                return null;
            if (hyphen && IsPunct(end, '-') && Is(end + 1, "old"))
            {
                // The age of a thing ("a 3-year-old war") is a duration; the age of a person is not a time expression.
                if (Get(end + 2, WordClass.Aged) is null) return null;
                end += 2;
            }
            var orSo = !hyphen && OrSo(end) && Shifting(end + 2) is not null; // "a week or so ago"
            if (orSo) end += 2;
            if (!hyphen && Shifting(end) is { } dir)
                return count == "X" // "several years ago", "a few weeks later"
                    ? new Match(end + 1, TimexType.Date, dir == "-1" ? "PAST_REF" : "FUTURE_REF", TimexPrecision.Unknown, true) { Counted = true }
                    : Shift(end + 1, int.Parse(count, CultureInfo.InvariantCulture) * int.Parse(dir, CultureInfo.InvariantCulture), unit)
                        with { Counted = true, Mod = orSo ? "APPROX" : null };
            // "a two-day visit", "the 14-day period": the article belongs to the noun the duration modifies.
            return new Match(end, TimexType.Duration, Duration(count, unit), TimexPrecision.Unknown, true) { TakesThe = !hyphen };
        }

        private static double YearsPer(string unit) => unit switch
        {
            "D" => 1 / 365.25, "W" => 7 / 365.25, "2W" => 14 / 365.25, "M" => 1 / 12.0, "Q" => 0.25,
            "Y" => 1, "DE" => 10, "CE" => 100, _ => 0,
        };

        /// <summary>"the nineties", "the late sixties": a spelled decade needs "the" or a part before it to be one.</summary>
        private Match? DecadeWord(int i) =>
            Get(i, WordClass.DecadeWord) is { } decade && i > 0 && (Is(i - 1, "the") || Get(i - 1, WordClass.Part) is not null)
                ? new Match(i + 1, TimexType.Date, decade, TimexPrecision.Decade, true) { TakesThe = true }
                : null;

        /// <summary>
        /// The shift of a direction word after a duration ("ago" -1); null for none, and for "later": "three days later"
        /// counts from a moment of the story, not from publication, so TimeML tags the duration and leaves "later" a signal.
        /// </summary>
        private string? Shifting(int k) => Get(k, WordClass.Direction) is { } d && d != "signal" ? d : null;

        private bool AndAHalf(int k) => Is(k, "and") && Is(k + 1, "a") && Get(k + 2, WordClass.Half) == "H";

        /// <summary>"half an hour", "half a day".</summary>
        private Match? HalfUnit(int i) =>
            Get(i, WordClass.Half) == "H" && (Is(i + 1, "a") || Is(i + 1, "an")) && Get(i + 2, WordClass.Unit) is { } unit && !IsPlural(i + 2)
            && HalfMore(0, unit) is { } value
                ? new Match(i + 3, TimexType.Duration, value, TimexPrecision.Unknown, true)
                : null;

        /// <summary>The anchor moved by <paramref name="n"/> units: "two weeks ago" is a date at week precision.</summary>
        private Match Shift(int end, int n, string unit)
        {
            if (anchor is not { } a) return Unresolved(end, unit == "Y" ? "XXXX" : "XXXX-XX-XX", unit == "Y" ? TimexPrecision.Year : TimexPrecision.Day);
            // The calendar ends at years 1 and 9999: a count that leaves it ("900000 days ago") can only name a year.
            var year = a.Year + Math.Round(n * YearsPer(unit));
            if (year is < 2 or > 9998) return new Match(end, TimexType.Date, Year((int)year), TimexPrecision.Year, true);
            if (unit == "Y" && MentionsQuarter())
            {
                // "a year ago" in a quarterly report: the same quarter a year before the last complete one.
                return LatestQuarter(end, a, n);
            }
            return unit switch
            {
                "D" => new Match(end, TimexType.Date, Day(a.AddDays(n)), TimexPrecision.Day, true),
                "W" or "2W" => new Match(end, TimexType.Date, Day(a.AddDays(7 * n * (unit == "2W" ? 2 : 1))), TimexPrecision.Week, true),
                "M" => new Match(end, TimexType.Date, Month(a.AddMonths(n).Year, a.AddMonths(n).Month), TimexPrecision.Month, true),
                "Q" => new Match(end, TimexType.Date, Quarter(a.AddMonths(3 * n).Year, QuarterOf(a.AddMonths(3 * n))), TimexPrecision.Quarter, true),
                "H" or "MIN" or "S" => new Match(end, TimexType.Date, Day(a), TimexPrecision.Day, true),
                // "a decade ago" is the year ten years back, not the decade before this one
                _ => new Match(end, TimexType.Date, Year(a.Year + n * unit switch { "CE" => 100, "DE" => 10, _ => 1 }), TimexPrecision.Year, true),
            };
        }

        /// <summary>
        /// "last week", "this year", "next month", "last Friday", "last fall", "the past decade" (a duration),
        /// "the past two months", "the next several weeks".
        /// </summary>
        private Match? Relative(int i)
        {
            if (Get(i, WordClass.Relative) is not { } rel) return null;
            var off = int.Parse(rel, CultureInfo.InvariantCulture);
            var afterThe = i > 0 && Is(i - 1, "the");
            // "this past weekend", "this past spring": the latest one before the anchor, a season of this year if it is over
            if (off == 0 && Is(i + 1, "past") && Relative(i + 1) is { Type: TimexType.Date } past)
            {
                if (Get(i + 2, WordClass.Season) is { } code && anchor is { } pa && SeasonOver(code, pa) && Season(i + 2, pa.Year, true) is { } thisYear)
                    return thisYear with { TakesThe = false };
                return past with { TakesThe = false };
            }
            // "the current fiscal year", "next fiscal year", "the latest fiscal quarter"
            if (Get(i + 1, WordClass.Qualifier) is not null && Get(i + 2, WordClass.Unit) is "Y" or "Q" && !IsPlural(i + 2))
                return Period(i + 3, Get(i + 2, WordClass.Unit)!, off);
            if (CountRange(i + 1) is var (count, cEnd) && Get(cEnd, WordClass.Unit) is { } cu && !(count == "1" && Is(i + 1, "a")))
                return new Match(cEnd + 1, TimexType.Duration, Duration(count, cu), TimexPrecision.Unknown, true) { TakesThe = true };
            if (Get(i + 1, WordClass.Unit) is { } unit)
            {
                if (IsPlural(i + 1)) // "the coming weeks", "the past months"
                    return new Match(i + 2, TimexType.Duration, Duration("X", unit), TimexPrecision.Unknown, true) { TakesThe = true };
                // "the next day", "the following year" count from the story's time: Anaphoric
                if (afterThe && off > 0 && unit == "D" || Is(i, "following")) return null;
                // "the past decade", "the last day": a stretch of time ending now. "The past year", "the last month" and
                // "the past week" name the calendar period before the anchor's, as TimeBank annotates them.
                if ((Is(i, "past") || afterThe && Is(i, "last")) && unit is not ("Y" or "M" or "W" or "WE") || unit is "D" or "H" or "MIN" or "S" or "CE")
                    return Is(i, "current") ? null
                        : new Match(i + 2, TimexType.Duration, Duration("1", unit), TimexPrecision.Unknown, true) { TakesThe = true };
                if (unit == "Y" && YearsQuarter(i + 2, anchor?.Year + off, off) is { } quarter) return quarter;
                return Period(i + 2, unit, off);
            }
            if (off < 0 && afterThe && Get(i + 1, WordClass.PeriodNoun) is not null && !IsPlural(i + 1) && MentionsQuarter())
                return Period(i + 2, "Q", -1); // "the latest period" of a quarterly report
            if (Is(i, "current") || Is(i, "following") && GetInt(i + 1, WordClass.Weekday) < 0) return null;
            if (Holiday(i + 1, off, i) is { } holiday) return holiday;
            if (GetInt(i + 1, WordClass.Month) is var month and > 0)
            {
                if (anchor is not { } a) return Unresolved(i + 2, $"XXXX-{month:D2}", TimexPrecision.Month);
                var year = off switch
                {
                    < 0 => month >= a.Month ? a.Year - 1 : a.Year,
                    > 0 => month <= a.Month ? a.Year + 1 : a.Year,
                    _ => a.Year,
                };
                return new Match(i + 2, TimexType.Date, Month(year, month), TimexPrecision.Month, true);
            }
            if (GetInt(i + 1, WordClass.Weekday) is var wd and > 0)
            {
                var end = i + 2;
                var part = Get(end, WordClass.DayPart);
                if (part is not null) end++;
                if (anchor is not { } a) return Unresolved(end, $"XXXX-WXX-{wd}{PartSuffix(part)}", TimexPrecision.Day);
                // "the previous Friday", "the following Monday": next to the day the story last named, if it named one
                var anaphoric = afterThe && Get(i, WordClass.Anaphor) is not null;
                if (anaphoric && Reference() is ({ } day, TimexPrecision.Day)) a = day;
                var date = off == 0 ? a.AddDays(wd - IsoDay(a)) : Weekday(a, wd, off, strict: true);
                return DayOrPart(end, date, part) with { TakesThe = anaphoric };
            }
            // "this morning", "last night" (the night before the anchor's day)
            if (Get(i + 1, WordClass.DayPart) is { } dayPart && (off == 0 || off < 0 && dayPart == "NI"))
            {
                var value = anchor is { } a ? Day(a.AddDays(off)) + "T" + dayPart : "XXXX-XX-XXT" + dayPart;
                return new Match(i + 2, TimexType.Time, value, TimexPrecision.Day, anchor is not null);
            }
            if (Get(i + 1, WordClass.Season) is not null && anchor is { } sa)
                return Season(i + 1, sa.Year + off, true) is { } season ? season with { TakesThe = false } : null;
            return null;
        }

        /// <summary>Whether the anchor's year's season is over at the anchor (winter, which ends the year, never is).</summary>
        private static bool SeasonOver(string code, DateOnly anchor) => anchor.Month > code switch { "SP" => 5, "SU" => 8, "FA" => 11, _ => 12 };

        /// <summary>The calendar period <paramref name="off"/> units from the anchor's: "last week" = 2024-W42.</summary>
        private Match Period(int end, string unit, int off)
        {
            if (anchor is not { } a)
            {
                var (v, pr) = unit switch
                {
                    "W" or "2W" => ("XXXX-WXX", TimexPrecision.Week),
                    "WE" => ("XXXX-WXX-WE", TimexPrecision.Week),
                    "M" => ("XXXX-XX", TimexPrecision.Month),
                    "Q" => ("XXXX-QX", TimexPrecision.Quarter),
                    "DE" => ("XXX", TimexPrecision.Decade),
                    _ => ("XXXX", TimexPrecision.Year),
                };
                return Unresolved(end, v, pr);
            }
            return unit switch
            {
                "W" or "2W" => new Match(end, TimexType.Date, Week(a.AddDays(7 * off)), TimexPrecision.Week, true),
                "WE" => new Match(end, TimexType.Date, Week(a.AddDays(7 * off)) + "-WE", TimexPrecision.Week, true),
                "M" => new Match(end, TimexType.Date, Month(a.AddMonths(off).Year, a.AddMonths(off).Month), TimexPrecision.Month, true),
                "Q" => new Match(end, TimexType.Date, Quarter(a.AddMonths(3 * off).Year, QuarterOf(a.AddMonths(3 * off))), TimexPrecision.Quarter, true),
                "DE" => new Match(end, TimexType.Date, (a.Year / 10 + off).ToString(CultureInfo.InvariantCulture), TimexPrecision.Decade, true),
                _ => new Match(end, TimexType.Date, Year(a.Year + off), TimexPrecision.Year, true),
            } with { TakesThe = true };
        }

        /// <summary>
        /// "early December", "mid-October", "late last year", "the end of the year", "the early summer", "mid-afternoon
        /// yesterday" (a TIME with the part of the day).
        /// </summary>
        private Match? PartOf(int i)
        {
            if (Get(i, WordClass.Part) is not { } mod) return null;
            var k = i + 1;
            if (IsPunct(k, '-')) k++;
            else if (Is(k, "of")) k++;
            if (Is(k, "the") && Get(k + 1, WordClass.Unit) is { } unit and ("Y" or "M" or "W" or "Q"))
                return Period(k + 2, unit, 0) with { Mod = mod, TakesThe = true };
            if (Core(k) is { Type: TimexType.Date } inner && inner.Precision is not TimexPrecision.Unknown)
                return inner with { Mod = mod, TakesThe = true };
            if (Get(k, WordClass.DayPart) is { } part) // "mid-afternoon yesterday": that part of the day named after it, else of the anchor's
            {
                if (Longest(Deictic(k + 1), WeekdayLed(k + 1)) is { Type: TimexType.Date, Precision: TimexPrecision.Day } day && day.Value.Length == 10)
                    return new Match(day.End, TimexType.Time, day.Value + "T" + part, TimexPrecision.Day, day.Resolved) { Mod = mod, TakesThe = true };
                return new Match(k + 1, TimexType.Time, (anchor is { } a ? Day(a) : "XXXX-XX-XX") + "T" + part, TimexPrecision.Day, anchor is not null)
                    { Mod = mod, TakesThe = true };
            }
            return null;
        }

        /// <summary>
        /// "the year", "the fiscal year", "the full year": the anchor's year, or a duration when its end follows ("the
        /// year ended Sept. 30"); "the year 1999"; "fiscal 1989"; "the weekend": the one just past, or the coming one
        /// when the clause looks ahead.
        /// </summary>
        private Match? TheUnit(int i)
        {
            var qualified = Get(i, WordClass.Qualifier) is not null;
            var u = qualified ? i + 1 : i;
            if (qualified && IsYear(u)) return new Match(u + 1, TimexType.Date, Year(p[u].Number), TimexPrecision.Year, true);
            if (qualified && OrdinalQuarter(u) is not null) return Ordinal(u);
            if (i == 0 || !Is(i - 1, "the") || IsPlural(u) || IsPunct(u + 1, '-')) return null;
            var unit = Get(u, WordClass.Unit);
            if (unit == "Y")
            {
                if (YearAt(u + 1) is var (named, namedEnd)) return new Match(namedEnd, TimexType.Date, Year(named), TimexPrecision.Year, true) { TakesThe = true };
                if (!qualified && Get(u + 1, WordClass.Sequel) is { } sequel) // "the year before": the year before the one last named
                {
                    if (anchor is null || Reference() is not var (refDate, _))
                        return Unresolved(u + 2, "XXXX", TimexPrecision.Year) with { TakesThe = true };
                    return new Match(u + 2, TimexType.Date, Year(refDate.Year + int.Parse(sequel, CultureInfo.InvariantCulture)), TimexPrecision.Year, true) { TakesThe = true };
                }
                if (Get(u + 1, WordClass.PeriodEnd) is not null)
                    return new Match(u + 1, TimexType.Duration, Duration("1", "Y"), TimexPrecision.Unknown, true) { TakesThe = true };
                return Period(u + 1, "Y", 0);
            }
            if (unit != "WE" || qualified) return null;
            if (anchor is not { } a) return Unresolved(u + 1, "XXXX-WXX-WE", TimexPrecision.Week) with { TakesThe = true };
            var saturday = Weekday(a, 6, Tense(i - 1, u + 1) > 0 ? 1 : -1);
            return new Match(u + 1, TimexType.Date, Week(saturday) + "-WE", TimexPrecision.Week, true) { TakesThe = true };
        }

        /// <summary>
        /// "Thanksgiving", "Election Day", "Christmas Eve", "last Easter", "Easter week": the holiday nearest the
        /// anchor in the tense's direction, or the one before or after it (<paramref name="off"/>).
        /// </summary>
        private Match? Holiday(int i, int off = 0, int from = -1)
        {
            if (Get(i, WordClass.Holiday) is not { } rule) return null;
            var end = i + 1;
            var eve = false;
            if (In(end) && p[end].Capital && (Is(end, "Day") || Is(end, "Eve"))) { eve = Is(end, "Eve"); end++; }
            var week = Get(end, WordClass.Unit) == "W" && !IsPlural(end);
            if (week) end++;
            if (anchor is not { } a) return Unresolved(end, week ? "XXXX-WXX" : "XXXX-XX-XX", week ? TimexPrecision.Week : TimexPrecision.Day);
            DateOnly On(int year) => TimexValues.Holiday(rule, year).AddDays(eve ? -1 : 0);
            int y;
            if (off < 0) y = On(a.Year) < a ? a.Year : a.Year - 1;
            else if (off > 0) y = On(a.Year) > a ? a.Year : a.Year + 1;
            else
            {
                var guess = On(a.Year);
                y = YearFor(a, guess.Month, guess.Day, Tense(from >= 0 ? from : i, end));
            }
            var date = On(y);
            return week
                ? new Match(end, TimexType.Date, Week(date), TimexPrecision.Week, true)
                : new Match(end, TimexType.Date, Day(date), TimexPrecision.Day, true);
        }

        /// <summary>
        /// "that year", "the same day", "later that month", "the following year", "the next day", "the next morning":
        /// the period of the date the story last named (the anchor when it named none), or the one after it.
        /// </summary>
        private Match? Anaphoric(int i)
        {
            if (Get(i, WordClass.Anaphor) is not { } shiftText) return null;
            var shift = int.Parse(shiftText, CultureInfo.InvariantCulture);
            var afterThe = i > 0 && Is(i - 1, "the");
            if ((shift != 0 || Is(i, "same")) && !afterThe) return null;
            var u = Is(i, "that") && Is(i + 1, "same") ? i + 2 : i + 1; // "that same day"
            var unit = Get(u, WordClass.Unit);
            var part = shift > 0 && unit is null ? Get(u, WordClass.DayPart) : null;
            if (part is not null) unit = "D";
            if (unit is not ("D" or "W" or "M" or "Q" or "Y") || IsPlural(u) || IsPunct(u + 1, '-')) return null;
            var end = u + 1;
            if (anchor is not null && Reference() is var (date, precision))
            {
                if (precision > PrecisionOf(unit)) return null; // "that day" after "in 1994": no day to point at
                var match = unit switch
                {
                    "D" => DayOrPart(end, date.AddDays(shift), part),
                    "W" => new Match(end, TimexType.Date, Week(date.AddDays(7 * shift)), TimexPrecision.Week, true),
                    "M" => new Match(end, TimexType.Date, Month(date.AddMonths(shift).Year, date.AddMonths(shift).Month), TimexPrecision.Month, true),
                    "Q" => new Match(end, TimexType.Date, Quarter(date.AddMonths(3 * shift).Year, QuarterOf(date.AddMonths(3 * shift))), TimexPrecision.Quarter, true),
                    _ => new Match(end, TimexType.Date, Year(date.Year + shift), TimexPrecision.Year, true),
                };
                return match with { TakesThe = true };
            }
            return Unresolved(end, unit switch { "D" => "XXXX-XX-XX", "W" => "XXXX-WXX", "M" => "XXXX-XX", "Q" => "XXXX-QX", _ => "XXXX" }, PrecisionOf(unit)) with { TakesThe = true };
        }

        private static TimexPrecision PrecisionOf(string unit) => unit switch
        {
            "D" => TimexPrecision.Day,
            "W" => TimexPrecision.Week,
            "M" => TimexPrecision.Month,
            "Q" => TimexPrecision.Quarter,
            _ => TimexPrecision.Year,
        };

        /// <summary>The latest resolved calendar date the document has named so far, with its precision; else the anchor.</summary>
        private (DateOnly Date, TimexPrecision Precision)? Reference()
        {
            for (var j = found.Count - 1; j >= 0; j--)
                if (found[j] is { Type: TimexType.Date or TimexType.Time, Resolved: true } t && CalendarDate(t.Value) is { } d) return d;
            return anchor is { } a ? (a, TimexPrecision.Day) : null;
        }

        /// <summary>"1998-10-23", "1998-10", "1998-Q3", "1998-H2", "1998-W07", "1998" as the first day they cover; null for other values.</summary>
        private static (DateOnly Date, TimexPrecision Precision)? CalendarDate(string v)
        {
            if (v.Length < 4 || !int.TryParse(v.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1) return null;
            if (v.Length == 4) return (new DateOnly(y, 1, 1), TimexPrecision.Year);
            if (v[4] != '-' || v.Length < 7) return null;
            if (v[5] == 'Q' && v[6] is >= '1' and <= '4') return (new DateOnly(y, (v[6] - '1') * 3 + 1, 1), TimexPrecision.Quarter);
            if (v[5] == 'H' && v[6] is '1' or '2') return (new DateOnly(y, (v[6] - '1') * 6 + 1, 1), TimexPrecision.Half);
            if (v[5] == 'W' && v.Length >= 8 && int.TryParse(v.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w is >= 1 and <= 53)
                return (DateOnly.FromDateTime(ISOWeek.ToDateTime(y, Math.Min(w, ISOWeek.GetWeeksInYear(y)), DayOfWeek.Monday)), TimexPrecision.Week);
            if (!int.TryParse(v.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return null;
            if (v.Length >= 10 && v[7] == '-' && int.TryParse(v.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && IsValidDay(y, m, d))
                return (new DateOnly(y, m, d), TimexPrecision.Day);
            return (new DateOnly(y, m, 1), TimexPrecision.Month);
        }

        /// <summary>"for years", "within weeks", "the first time in months", "the weeks ahead": a vague duration.</summary>
        private Match? BareUnits(int i)
        {
            if (!IsPlural(i) || IsPunct(i + 1, '-') || Get(i, WordClass.Unit) is not { } unit || unit is "Q" or "WE" or "S") return null;
            if (i > 0 && Is(i - 1, "the") && Is(i + 1, "ahead")) // "the weeks ahead"
                return new Match(i + 2, TimexType.Duration, Duration("X", unit), TimexPrecision.Unknown, true) { TakesThe = true };
            return i > 0 && Get(i - 1, WordClass.Stretch) is not null
                ? new Match(i + 1, TimexType.Duration, Duration("X", unit), TimexPrecision.Unknown, true)
                : null;
        }

        /// <summary>"the quarter": in financial news, the last complete quarter.</summary>
        private Match? TheQuarter(int i) =>
            Get(i, WordClass.Unit) == "Q" && !IsPlural(i) && i > 0 && Is(i - 1, "the") && !IsPunct(i + 1, '-') ? Period(i + 1, "Q", -1) : null;

        /// <summary>"today", "yesterday morning", "tonight", "now", "recently".</summary>
        private Match? Deictic(int i)
        {
            if (Get(i, WordClass.Deictic) is not { } v) return null;
            if (v[0] is not ('D' or 'N') || v.EndsWith("_REF", StringComparison.Ordinal))
                return new Match(i + 1, TimexType.Date, v, TimexPrecision.Unknown, true);
            var isNight = v.StartsWith("NI", StringComparison.Ordinal);
            var days = int.Parse(v.AsSpan(isNight ? 2 : 1), CultureInfo.InvariantCulture);
            var part = isNight ? null : Get(i + 1, WordClass.DayPart);
            var end = part is not null ? i + 2 : i + 1;
            if (anchor is not { } a)
                return Unresolved(end, "XXXX-XX-XX" + PartSuffix(part), TimexPrecision.Day);
            return DayOrPart(end, a.AddDays(days), part);
        }

        /// <summary>"the future", "the past", "the present".</summary>
        private Match? RefNoun(int i) =>
            Get(i, WordClass.RefNoun) is { } v && i > 0 && Is(i - 1, "the") && Get(i + 1, WordClass.Unit) is null
                ? new Match(i + 1, TimexType.Date, v, TimexPrecision.Unknown, true) { TakesThe = true }
                : null;

        /// <summary>"the near future", "the distant past", "the short term": a reference with its adjective.</summary>
        private Match? RefAdjective(int i) =>
            Get(i, WordClass.RefAdjective) is not null && i > 0 && Is(i - 1, "the")
            && (Get(i + 1, WordClass.RefNoun) ?? Get(i + 1, WordClass.Horizon)) is { } v && Get(i + 2, WordClass.Unit) is null
                ? new Match(i + 2, TimexType.Date, v, TimexPrecision.Unknown, true) { TakesThe = true }
                : null;

        /// <summary>"recent years", "coming weeks": a vague duration (PXY, PXW), as TIDES and most of TimeBank write them.</summary>
        private Match? Vague(int i) =>
            Get(i, WordClass.Vague) is not null && Get(i + 1, WordClass.Unit) is { } unit && IsPlural(i + 1)
                ? new Match(i + 2, TimexType.Duration, Duration("X", unit), TimexPrecision.Unknown, true) { TakesThe = true }
                : null;

        /// <summary>"million", or a plural noun the lexicon does not know ("flights"): what a rate's "a year" follows.</summary>
        private bool IsCountedNoun(int i) =>
            p[i].Kind == PieceKind.Word && p[i].Entries is null && !p[i].Capital && p[i].Length > 3
            && (IsPlural(i) || text.AsSpan(p[i].Start, p[i].Length).EndsWith("illion", StringComparison.OrdinalIgnoreCase));

        private bool IsPlural(int i) => In(i) && text[p[i].End - 1] is 's' or 'S';

        /// <summary>"every week", "each year", "per month", "every two weeks", "every Friday", "each July", "annually".</summary>
        private Match? SetLed(int i)
        {
            if (Get(i, WordClass.SetWord) is { } word) return new Match(i + 1, TimexType.Set, word, TimexPrecision.Unknown, true);
            if (Get(i, WordClass.SetPrefix) is null) return null;
            if (Get(i + 1, WordClass.Unit) is { } unit && unit != "WE")
                return new Match(i + 2, TimexType.Set, Duration("1", unit), TimexPrecision.Unknown, true);
            if (!Is(i, "per") && Count(i + 1) is var (count, end) && count != "X" && Get(end, WordClass.Unit) is { } u)
                return new Match(end + 1, TimexType.Set, Duration(count, u), TimexPrecision.Unknown, true);
            if (!Is(i, "per") && GetInt(i + 1, WordClass.Weekday) is var wd and > 0)
                return new Match(i + 2, TimexType.Set, $"XXXX-WXX-{wd}", TimexPrecision.Day, true);
            if (!Is(i, "per") && GetInt(i + 1, WordClass.Month) is var month and > 0)
                return new Match(i + 2, TimexType.Set, $"XXXX-{month:D2}", TimexPrecision.Month, true);
            return null;
        }

        /// <summary>"the third quarter", "third-quarter", "the first nine months" (a duration), "the first two weeks of October".</summary>
        private Match? Ordinal(int i)
        {
            var n = GetInt(i, WordClass.Ordinal);
            if (n < 0) return null;
            var k = IsPunct(i + 1, '-') ? i + 2 : i + 1;
            if (Century(i) is { } century) return century;
            if (Get(k, WordClass.Unit) == "Q" && n <= 4)
            {
                if (Is(k + 1, "of") && YearOf(k + 2) is var (ofYear, ofEnd)) // "the third quarter of 1984", "... of next year"
                    return QuarterOfYear(ofEnd, ofYear, n) with { TakesThe = true };
                if (anchor is not { } a) return Unresolved(k + 1, $"XXXX-Q{n}", TimexPrecision.Quarter) with { TakesThe = true };
                var year = n > QuarterOf(a) && Tense(i, k + 1) <= 0 ? a.Year - 1 : a.Year;
                return new Match(k + 1, TimexType.Date, Quarter(year, n), TimexPrecision.Quarter, true) { TakesThe = k == i + 1 };
            }
            if (n != 1 || Count(i + 1) is not var (count, end) || Get(end, WordClass.Unit) is not { } unit) return null;
            if (unit == "Q" && count == "2" && Is(end + 1, "of") && YearOf(end + 2) is var (halfYear, halfEnd)) // "the first two quarters of 1990"
                return HalfOfYear(halfEnd, halfYear, 1) with { TakesThe = true };
            if (Is(end + 1, "of") && unit is "D" or "W" && count != "X" && MonthLed(end + 2) is { Precision: TimexPrecision.Month } month)
            {
                var days = int.Parse(count, CultureInfo.InvariantCulture) * (unit == "W" ? 7 : 1);
                DateOnly? from = month.Resolved && days is >= 1 and <= 366 // "the first 900 days of June" names no span within June
                    ? DateOnly.ParseExact(month.Value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : null;
                return month with { Mod = "START", TakesThe = true, RangeStart = from, RangeEnd = from?.AddDays(days - 1) };
            }
            return new Match(end + 1, TimexType.Duration, Duration(count, unit), TimexPrecision.Unknown, true) { TakesThe = true };
        }

        /// <summary>
        /// "the first half", "second-half", "the last half of 1989", "the second half of next year": TIMEX3's H1 and H2,
        /// of the anchor's year unless the half is still ahead and nothing points forward (then of the year before, as for
        /// quarters). "The last half of the '80s" is the decade with its end.
        /// </summary>
        private Match? HalfOf(int i)
        {
            var n = Get(i, WordClass.Ordinal) switch { "1" => 1, "2" or "L" => 2, _ => 0 };
            var k = IsPunct(i + 1, '-') ? i + 2 : i + 1;
            if (n == 0 || Get(k, WordClass.Half) != "H") return null;
            var end = k + 1;
            if (Is(end, "of"))
            {
                if (YearOf(end + 1) is var (year, yearEnd)) return HalfOfYear(yearEnd, year, n) with { TakesThe = true };
                var d = Is(end + 1, "the") ? end + 2 : end + 1;
                if (IsPunct(d, '\'') || IsPunct(d, '’')) d++; // "the '80s"
                if (Core(d) is { Precision: TimexPrecision.Decade } decade)
                    return decade with { Mod = n == 1 ? "START" : "END", TakesThe = true };
                return null;
            }
            if (anchor is not { } a) return HalfOfYear(end, null, n) with { TakesThe = k == i + 1 };
            var half = a.Month <= 6 ? 1 : 2;
            return HalfOfYear(end, n > half && Tense(i, end) <= 0 ? a.Year - 1 : a.Year, n) with { TakesThe = k == i + 1 };
        }

        private static Match HalfOfYear(int end, int? year, int n) => year is { } y
            ? new Match(end, TimexType.Date, $"{y:D4}-H{n}", TimexPrecision.Half, true)
            : Unresolved(end, $"XXXX-H{n}", TimexPrecision.Half);

        /// <summary>"third quarter", "second-quarter": the quarter's number and the end.</summary>
        private (int N, int End)? OrdinalQuarter(int k)
        {
            var n = GetInt(k, WordClass.Ordinal);
            if (n is < 1 or > 4) return null;
            var q = IsPunct(k + 1, '-') ? k + 2 : k + 1;
            return Get(q, WordClass.Unit) == "Q" && !IsPlural(q) ? (n, q + 1) : null;
        }

        /// <summary>A year named after "of": "1984", "next year", "this year"; null year when there is no anchor for the relative one.</summary>
        private (int? Year, int End)? YearOf(int k)
        {
            if (YearAt(k) is var (year, end)) return (year, end);
            if (Get(k, WordClass.Relative) is { } rel && Get(k + 1, WordClass.Unit) == "Y" && !IsPlural(k + 1))
                return (anchor?.Year + int.Parse(rel, CultureInfo.InvariantCulture), k + 2);
            return null;
        }

        private static Match QuarterOfYear(int end, int? year, int n) => year is { } y
            ? new Match(end, TimexType.Date, Quarter(y, n), TimexPrecision.Quarter, true)
            : Unresolved(end, $"XXXX-Q{n}", TimexPrecision.Quarter);

        /// <summary>The last complete quarter before the anchor, moved by whole years: a quarterly report's "a year ago".</summary>
        private static Match LatestQuarter(int end, DateOnly anchor, int years)
        {
            var q = anchor.AddMonths(-3).AddYears(years);
            return new Match(end, TimexType.Date, Quarter(q.Year, QuarterOf(q)), TimexPrecision.Quarter, true);
        }

        /// <summary>
        /// What a year names when a quarter or report period follows it: "1988's third quarter" and "the 1988 third
        /// quarter" (that quarter), "the 1988 quarter", "last year's quarter", "the 1989 period" (the latest quarter's
        /// counterpart). <paramref name="k"/> is the piece after the year; null when no quarter follows.
        /// </summary>
        private Match? YearsQuarter(int k, int? year, int yearsBack)
        {
            if (Is(k, "'s") || Is(k, "’s")) k++;
            if (OrdinalQuarter(k) is var (n, end)) return QuarterOfYear(end, year, n);
            var quarterNoun = Get(k, WordClass.Unit) == "Q" && !IsPlural(k) && !IsPunct(k + 1, '-');
            if (!quarterNoun && !(Get(k, WordClass.PeriodNoun) is not null && MentionsQuarter())) return null;
            if (anchor is not { } a || year is null) return Unresolved(k + 1, year is { } y ? $"{y:D4}-QX" : "XXXX-QX", TimexPrecision.Quarter);
            return LatestQuarter(k + 1, a, yearsBack);
        }

        /// <summary>
        /// "year-end", "year end", "year's end": the end of the anchor's year, or of the year before when the clause looks
        /// back ("since year-end": this year's end is still ahead).
        /// </summary>
        private Match? YearEnd(int i)
        {
            if (Get(i, WordClass.Unit) != "Y" || IsPlural(i)) return null;
            var k = IsPunct(i + 1, '-') || Is(i + 1, "'s") || Is(i + 1, "’s") ? i + 2 : i + 1;
            if (Get(k, WordClass.Part) != "END" || !Is(k, "end")) return null;
            if (anchor is not { } a) return Unresolved(k + 1, "XXXX", TimexPrecision.Year) with { Mod = "END", TakesThe = true };
            var year = Tense(i, k + 1) < 0 ? a.Year - 1 : a.Year;
            return new Match(k + 1, TimexType.Date, Year(year), TimexPrecision.Year, true) { Mod = "END", TakesThe = true };
        }

        /// <summary>"year-ago", "year-earlier", "the year-ago quarter", "the year-earlier third quarter", "the year-ago period".</summary>
        private Match? YearAgo(int i)
        {
            if (Get(i, WordClass.Unit) != "Y" || IsPlural(i) || !IsPunct(i + 1, '-') || Get(i + 2, WordClass.Direction) != "-1") return null;
            var k = i + 3;
            if (YearsQuarter(k, anchor?.Year - 1, -1) is { } q) return q with { TakesThe = true };
            if (anchor is not { } a) return Unresolved(k, MentionsQuarter() ? "XXXX-QX" : "XXXX", MentionsQuarter() ? TimexPrecision.Quarter : TimexPrecision.Year);
            // Alone it is an adjective ("the year-ago results"), and "the" belongs to the noun.
            return MentionsQuarter() ? LatestQuarter(k, a, -1) : new Match(k, TimexType.Date, Year(a.Year - 1), TimexPrecision.Year, true);
        }

        /// <summary>"summer", "fall 2023", "last winter".</summary>
        private Match? Season(int i, int? year, bool resolved)
        {
            if (Get(i, WordClass.Season) is not { } code) return null;
            if (YearAt(i + 1) is var (year1, end1)) return new Match(end1, TimexType.Date, $"{year1:D4}-{code}", TimexPrecision.Season, true);
            if (Is(i + 1, "of") && YearAt(i + 2) is var (year2, end2)) // "the winter of 1994"
                return new Match(end2, TimexType.Date, $"{year2:D4}-{code}", TimexPrecision.Season, true) { TakesThe = true };
            if (!p[i].Capital && !(i > 0 && (Is(i - 1, "the") || Is(i - 1, "this") || Get(i - 1, WordClass.Relative) is not null
                || Get(i - 1, WordClass.Part) is not null))) return null;
            return new Match(i + 1, TimexType.Date, (year is { } y ? Year(y) : "XXXX") + "-" + code, TimexPrecision.Season, resolved) { TakesThe = true };
        }

        /// <summary>"3 p.m.", "10:35 a.m.", "noon".</summary>
        private Match? Clock(int i)
        {
            int hour, minute = 0, k;
            if (Get(i, WordClass.Clock) is { } fixedHour && char.IsDigit(fixedHour[0]))
            {
                hour = int.Parse(fixedHour, CultureInfo.InvariantCulture);
                k = i + 1;
            }
            else
            {
                hour = Num(i);
                if (hour is < 0 or > 12 || p[i].Entries is not null) return null;
                k = i + 1;
                if (IsPunct(k, ':') && Num(k + 1) is var mm and >= 0 and < 60 && p[k + 1].Length == 2) { minute = mm; k += 2; }
                string ampm;
                if (Get(k, WordClass.Clock) is { } marker && !char.IsDigit(marker[0])) (ampm, k) = (marker, k + 1);
                else if (Is(k, "in") && Is(k + 1, "the") && Get(k + 2, WordClass.DayPart) is { } part) // "4 in the morning"
                    (ampm, k) = (part == "MO" || part == "NI" && hour < 6 ? "am" : "pm", k + 3);
                else return null;
                if (ampm == "pm" && hour < 12) hour += 12;
                if (ampm == "am" && hour == 12) hour = 0;
            }
            var clock = $"T{hour:D2}:{minute:D2}";
            if (Get(k, WordClass.Zone) is not null) k++;
            // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9": the clock on that day.
            var d = IsPunct(k, ',') ? k + 1 : k;
            if (Longest(WeekdayLed(d, i), Deictic(d), MonthLed(d), DayMonth(d)) is { Type: TimexType.Date, Precision: TimexPrecision.Day } day)
                return new Match(day.End, TimexType.Time, day.Value[..10] + clock, TimexPrecision.Minute, day.Resolved);
            return new Match(k, TimexType.Time, (anchor is { } a ? Day(a) : "XXXX-XX-XX") + clock, TimexPrecision.Minute, anchor is not null);
        }
    }
}
