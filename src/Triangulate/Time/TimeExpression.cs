using System.Collections.Immutable;
using Triangulate.Documents;

namespace Triangulate.Time;

/// <summary>The four TIMEX3 types.</summary>
public enum TimexType { Date, Time, Duration, Set }

/// <summary>How fine a time expression's value is; <see cref="Unknown"/> for references such as PAST_REF.</summary>
public enum TimexPrecision { Unknown, Minute, Day, Week, Month, Season, Quarter, Half, Year, Decade, Century }

/// <summary>
/// A time expression, TIMEX3-style. <see cref="Value"/> is the TIMEX3 value ("2024-10-25", "2024-W43", "P3Y",
/// "PAST_REF", "XXXX-10-27" when no publication date was known). <see cref="Resolved"/> is false when the value
/// needed an anchor that was missing, so nothing was invented. <see cref="RangeStart"/>..<see cref="RangeEnd"/> give
/// the days covered when the text names a range ("Oct. 27-28", "the first two weeks of October").
/// <see cref="Modifier"/> is the TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN.
/// </summary>
public sealed record TimeExpression(
    TimexType Type,
    Span Span,
    string Text,
    string Value,
    TimexPrecision Precision,
    bool Resolved)
{
    public string? Modifier { get; init; }

    public DateOnly? RangeStart { get; init; }

    public DateOnly? RangeEnd { get; init; }

    /// <summary>TIMEX3's type attribute: DATE, TIME, DURATION or SET.</summary>
    public string TypeName => Type.ToString().ToUpperInvariant();
}

/// <summary>Look-ups the attribution and claim stages need over a document's time expressions.</summary>
public static class TimeExpressions
{
    /// <summary>
    /// The expression that covers <paramref name="span"/> (an attribution's "on Friday" covers the expression
    /// "Friday"), or else the first one that overlaps it; null when none does. Expressions are in text order.
    /// </summary>
    public static TimeExpression? Covering(this ImmutableArray<TimeExpression> times, Span span)
    {
        TimeExpression? overlapping = null;
        foreach (var t in times)
        {
            if (t.Span.Start >= span.End) break;
            if (span.Contains(t.Span) || t.Span.Contains(span)) return t;
            if (overlapping is null && t.Span.Overlaps(span)) overlapping = t;
        }
        return overlapping;
    }
}
