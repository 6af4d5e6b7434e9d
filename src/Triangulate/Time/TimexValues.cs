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
    /// before it; with no cue, the nearest.
    /// </summary>
    public static int YearFor(DateOnly anchor, int month, int day, int tense)
    {
        const int Grace = 31;
        var best = anchor.Year;
        var bestDistance = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            var candidate = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
            var distance = candidate.DayNumber - anchor.DayNumber;
            if (tense < 0 && distance > Grace || tense > 0 && distance < -Grace) continue;
            if (Math.Abs(distance) < bestDistance) (best, bestDistance) = (year, Math.Abs(distance));
        }
        return best;
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

    private static string Times(string count, int factor) =>
        count == "X" ? "PX" : "P" + (int.Parse(count, CultureInfo.InvariantCulture) * factor).ToString(CultureInfo.InvariantCulture);
}
