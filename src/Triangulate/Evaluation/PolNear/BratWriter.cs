using System.Text;
using Triangulate.Attribution;
using Triangulate.Documents;

namespace Triangulate.Evaluation.PolNear;

/// <summary>Writes attributions as brat standoff in PolNeAR's scheme (Source, Cue, Content, Attribution trigger, E line).</summary>
public static class BratWriter
{
    public static string Write(string text, Attributions attributions)
    {
        var sb = new StringBuilder();
        var t = 0;
        var e = 0;
        string Entity(string type, Span span)
        {
            var id = "T" + ++t;
            sb.Append(id).Append('\t').Append(type).Append(' ').Append(span.Start).Append(' ').Append(span.End)
              .Append('\t').Append(span.Of(text).Replace('\n', ' ')).Append('\n');
            return id;
        }
        foreach (var a in attributions.Items)
        {
            var source = PolNearScorer.SourceSpan(a) is { } s ? Entity("Source", s) : null;
            var cue = a.Cue is { } c ? Entity("Cue", c.Span) : null;
            var content = Entity("Content", a.Content);
            var trigger = Entity(source is null ? "Attribution-no-source" : "Attribution", a.Cue?.Span ?? a.Content);
            sb.Append('E').Append(++e).Append('\t').Append("Attribution:").Append(trigger).Append(" Content:").Append(content);
            if (cue is not null) sb.Append(" Cue:").Append(cue);
            if (source is not null) sb.Append(" Source:").Append(source);
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
