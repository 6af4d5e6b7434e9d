using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Documents;
using Triangulate.Resources;

namespace Triangulate.Ingest;

/// <summary>
/// Reads a publication date as sources write it (ISO 8601 from metadata, "October 21, 2024" from a date line) and keeps how
/// precise it is: a bare date is a day, not midnight UTC.
/// </summary>
internal static partial class PublishedDate
{
    private static readonly string[] Formats = [.. Lexicon.Lines("Ingest/Resources/date-formats.txt")];

    /// <summary>
    /// Dates before year 1000 or after 9000 are placeholders that exporters write for "no date" (0001-01-01,
    /// 9999-12-31); as anchors they would push "last week" off the calendar.
    /// </summary>
    public static PublicationTime? Parse(string value) =>
        Read(value) is { Value.Year: >= 1000 and <= 9000 } time ? time : null;

    private static PublicationTime? Read(string value)
    {
        var text = value.Trim();
        if (IsoDate().Match(text) is { Success: true } iso)
        {
            var year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups["m"].Success) return Valid(year, 1, 1, TimePrecision.Year);
            var month = int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups["d"].Success) return Valid(year, month, 1, TimePrecision.Month);
            var day = int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups["t"].Success) return Valid(year, month, day, TimePrecision.Day);
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                ? new PublicationTime(instant, TimePrecision.Minute)
                : Valid(year, month, day, TimePrecision.Day);
        }

        var cleaned = Noise().Replace(text, " ").Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase);
        cleaned = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var format in Formats)
        {
            if (!DateTime.TryParseExact(cleaned, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)) continue;
            var precision = format.Contains('d') ? TimePrecision.Day : format.Contains('M') ? TimePrecision.Month : TimePrecision.Year;
            return new PublicationTime(new DateTimeOffset(date.Date, TimeSpan.Zero), precision);
        }
        // RFC 1123 and other full timestamps ("Mon, 21 Oct 2024 08:00:00 GMT").
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) && HasTime().IsMatch(text)
            ? new PublicationTime(any, TimePrecision.Minute)
            : null;
    }

    private static PublicationTime? Valid(int year, int month, int day, TimePrecision precision) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new PublicationTime(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), precision)
            : null;

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2})(?<t>[T ]\d{2}:\d{2}.*)?)?)?$")]
    private static partial Regex IsoDate();

    /// <summary>Weekday names, ordinal suffixes, commas and abbreviation dots: noise for the formats above.</summary>
    [GeneratedRegex(@"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?<=\d)(?:st|nd|rd|th)\b|[,.]", RegexOptions.IgnoreCase)]
    private static partial Regex Noise();

    [GeneratedRegex(@"\d{1,2}:\d{2}")]
    private static partial Regex HasTime();
}
