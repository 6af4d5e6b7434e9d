using System.Security;
using System.Text;
using Triangulate.Time;

namespace Triangulate.Evaluation.TempEval;

/// <summary>
/// Writes a TimeML file with our TIMEX3 tags in place of the gold ones (the header and DCT kept, other gold
/// layers dropped), so the official TempEval-3 scorer can check our figures.
/// </summary>
public static class TimeMlWriter
{
    public static string Write(TimeMlDocument doc, IReadOnlyList<TimeExpression> times)
    {
        var sb = new StringBuilder(doc.Header.Length + doc.Text.Length * 2);
        sb.Append(doc.Header);
        var at = 0;
        var id = 1;
        foreach (var t in times)
        {
            if (t.Span.Start < at) continue;
            sb.Append(SecurityElement.Escape(doc.Text[at..t.Span.Start]));
            sb.Append($"<TIMEX3 tid=\"t{id++}\" type=\"{t.TypeName}\" value=\"{SecurityElement.Escape(t.Value)}\"");
            if (t.Modifier is { } mod) sb.Append($" mod=\"{mod}\"");
            sb.Append('>').Append(SecurityElement.Escape(t.Text)).Append("</TIMEX3>");
            at = t.Span.End;
        }
        sb.Append(SecurityElement.Escape(doc.Text[at..]));
        sb.Append("</TEXT>\n\n</TimeML>\n");
        return sb.ToString();
    }
}
