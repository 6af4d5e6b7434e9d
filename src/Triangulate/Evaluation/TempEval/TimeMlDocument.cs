using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using Triangulate.Documents;

namespace Triangulate.Evaluation.TempEval;

/// <summary>A gold TIMEX3 inside a TimeML document's TEXT, as a span into the plain text.</summary>
public sealed record GoldTimex(Span Span, string Type, string Value);

/// <summary>
/// A TimeML (.tml) document: the TEXT element with its tags stripped (offsets into that plain text), the gold
/// TIMEX3s in it, and the document creation time (DCT), which is given, not scored.
/// </summary>
public sealed record TimeMlDocument(string Name, string Header, string Text, PublicationTime? CreationTime, ImmutableArray<GoldTimex> Gold)
{
    private const string TextOpen = "<TEXT>";
    private const string TextClose = "</TEXT>";

    public static IEnumerable<TimeMlDocument> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => Parse(Path.GetRelativePath(folder, f), File.ReadAllText(f)));

    public static TimeMlDocument Parse(string name, string xml)
    {
        var open = xml.IndexOf(TextOpen, StringComparison.Ordinal);
        var close = xml.IndexOf(TextClose, StringComparison.Ordinal);
        if (open < 0 || close < open) throw new FormatException($"{name}: no <TEXT> element");
        var header = xml[..(open + TextOpen.Length)];
        var plain = new StringBuilder(close - open);
        var gold = ImmutableArray.CreateBuilder<GoldTimex>();
        (int Start, string Type, string Value)? current = null;
        for (var i = open + TextOpen.Length; i < close;)
        {
            var c = xml[i];
            if (c == '<')
            {
                var end = xml.IndexOf('>', i);
                var tag = xml.AsSpan(i + 1, end - i - 1);
                if (tag.StartsWith("TIMEX3")) current = (plain.Length, Attribute(tag, "type"), Attribute(tag, "value"));
                else if (tag.StartsWith("/TIMEX3") && current is { } t)
                {
                    gold.Add(new GoldTimex(Span.FromBounds(t.Start, plain.Length), t.Type, t.Value));
                    current = null;
                }
                i = end + 1;
            }
            else if (c == '&')
            {
                var end = xml.IndexOf(';', i);
                plain.Append(WebUtility.HtmlDecode(xml[i..(end + 1)]));
                i = end + 1;
            }
            else
            {
                plain.Append(c);
                i++;
            }
        }
        return new TimeMlDocument(name, header, plain.ToString(), CreationTimeOf(header), gold.ToImmutable());
    }

    /// <summary>The DCT's value as a day (TimeBank writes "1998-01-08" or "1998-12-05T09:42").</summary>
    private static PublicationTime? CreationTimeOf(string header)
    {
        var dct = header.IndexOf("CREATION_TIME", StringComparison.Ordinal);
        if (dct < 0) return null;
        var tagStart = header.LastIndexOf('<', dct);
        var tag = header.AsSpan(tagStart, header.IndexOf('>', dct) - tagStart);
        var value = Attribute(tag, "value");
        return value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new PublicationTime(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), TimePrecision.Day)
            : null;
    }

    private static string Attribute(ReadOnlySpan<char> tag, string name)
    {
        var key = " " + name + "=\"";
        var at = tag.IndexOf(key, StringComparison.Ordinal);
        if (at < 0) return "";
        var rest = tag[(at + key.Length)..];
        return rest[..rest.IndexOf('"')].ToString();
    }
}
