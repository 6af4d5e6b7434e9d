using System.Globalization;

namespace Triangulate.Time;

/// <summary>Formats TIMEX3 values and does the calendar arithmetic that resolving relative expressions needs.</summary>
internal static class TimexValues
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{year:D4}-{month:D2}";

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Quarter(int year, int quarter) => $"{year:D4}-Q{quarter}";

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    public static int QuarterOf(DateOnly d) => (d.Month - 1) / 3 + 1;

    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>The given ISO weekday: on or before the anchor (past), on or after it (future), or in its week (this).</summary>
    public static DateOnly Weekday(DateOnly anchor, int isoDay, int direction, bool strict = false)
    {
        var diff = isoDay - IsoDay(anchor);
        if (direction < 0)
        {
            if (diff > 0 || strict && diff == 0) diff -= 7;
        }
        else if (direction > 0)
        {
            if (diff < 0 || strict && diff == 0) diff += 7;
        }
        return anchor.AddDays(diff);
    }

    /// <summary>
    /// The year of a month (and day) named without one. With a past cue, the latest such day not more than a month
    /// after the anchor (reports preview what is days away); with a future cue, the earliest not more than a month
    /// before it; with no cue, the nearest, a day ahead counting as two behind: news mostly reports what has happened.
    /// <paramref name="grace"/> narrows that month of leeway (a whole month told in the past must have begun).
    /// </summary>
    public static int YearFor(DateOnly anchor, int month, int day, int tense, int grace = 31)
    {
        var best = anchor.Year;
        var bestDistance = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            var candidate = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
            var distance = candidate.DayNumber - anchor.DayNumber;
            if (tense < 0 && distance > grace || tense > 0 && distance < -grace) continue;
            var cost = tense == 0 && distance > 0 ? 2 * distance : Math.Abs(distance);
            if (cost < bestDistance) (best, bestDistance) = (year, cost);
        }
        return best;
    }

    /// <summary>
    /// A holiday's date in a year, from its rule in words.tsv: "12-25" (fixed), "11-4-4" (the fourth Thursday of
    /// November), "05-L-1" (the last Monday of May), "11-1-1+1" (the day after the first Monday), "E+0" (Easter Sunday).
    /// </summary>
    public static DateOnly Holiday(string rule, int year)
    {
        var plus = rule.IndexOf('+', 1);
        var shift = plus < 0 ? 0 : int.Parse(rule.AsSpan(plus + 1), CultureInfo.InvariantCulture);
        var core = plus < 0 ? rule : rule[..plus];
        if (core == "E") return Easter(year).AddDays(shift);
        var parts = core.Split('-');
        var month = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (parts.Length == 2) return new DateOnly(year, month, int.Parse(parts[1], CultureInfo.InvariantCulture)).AddDays(shift);
        var weekday = int.Parse(parts[2], CultureInfo.InvariantCulture);
        DateOnly day;
        if (parts[1] == "L")
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            day = last.AddDays(-((IsoDay(last) - weekday + 7) % 7));
        }
        else
        {
            var first = new DateOnly(year, month, 1);
            day = first.AddDays((weekday - IsoDay(first) + 7) % 7 + 7 * (int.Parse(parts[1], CultureInfo.InvariantCulture) - 1));
        }
        return day.AddDays(shift);
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    public static bool IsValidDay(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>A duration value: P3Y, P2W, PXW (vague), PT5H (clock units); decades and centuries in years (P20Y), as TimeBank writes them.</summary>
    public static string Duration(string count, string unit) => unit switch
    {
        "H" or "MIN" or "S" => $"PT{count}{(unit == "MIN" ? "M" : unit)}",
        "2W" => Times(count, 2) + "W",
        "DE" => Times(count, 10) + "Y",
        "CE" => Times(count, 100) + "Y",
        _ => $"P{count}{unit}",
    };

    /// <summary>
    /// <paramref name="n"/> and a half units, written in whole smaller units as TimeBank does ("2 1/2 years" P2Y6M,
    /// "5 1/2 hours" PT5H30M, "half an hour" PT30M); null for units whose half has no whole smaller unit.
    /// </summary>
    public static string? HalfMore(int n, string unit)
    {
        var whole = n > 0 ? n.ToString(CultureInfo.InvariantCulture) : "";
        return unit switch
        {
            "Y" => $"P{whole}{(n > 0 ? "Y" : "")}6M",
            "M" => $"P{whole}{(n > 0 ? "M" : "")}15D",
            "D" => $"P{whole}{(n > 0 ? "D" : "")}T12H",
            "H" => $"PT{whole}{(n > 0 ? "H" : "")}30M",
            "MIN" => $"PT{whole}{(n > 0 ? "M" : "")}30S",
            "DE" => $"P{n * 10 + 5}Y",
            "CE" => $"P{n * 100 + 50}Y",
            _ => null,
        };
    }

    private static string Times(string count, int factor) =>
        count == "X" ? "PX" : "P" + (int.Parse(count, CultureInfo.InvariantCulture) * factor).ToString(CultureInfo.InvariantCulture);
}
