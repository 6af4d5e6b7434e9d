using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Documents;

namespace Triangulate.Evaluation.PolNear;

/// <summary>One gold attribution of PolNeAR: source (may be absent), cue and content, each possibly discontinuous.</summary>
public sealed record GoldAttribution(ImmutableArray<Span> Source, ImmutableArray<Span> Cue, ImmutableArray<Span> Content);

/// <summary>A PolNeAR article: its text and the attributions of one annotator (<see cref="AnnotationFile"/>).</summary>
public sealed record PolNearArticle(string Name, string Text, string AnnotationFile, ImmutableArray<GoldAttribution> Attributions);

/// <summary>
/// Reads a PolNeAR split (<c>text/NAME.txt</c> + <c>attributions/NAME_ANNOTATOR.ann</c>, brat standoff). Articles
/// annotated by several annotators are scored against the first annotation file in ordinal sorted order.
/// </summary>
public static class PolNearCorpus
{
    public static IEnumerable<PolNearArticle> Read(string splitFolder)
    {
        var textDir = Path.Combine(splitFolder, "text");
        var annDir = Path.Combine(splitFolder, "attributions");
        var annotations = Directory.GetFiles(annDir, "*.ann").Order(StringComparer.Ordinal)
            .GroupBy(f => ArticleName(Path.GetFileNameWithoutExtension(f)))
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var textFile in Directory.GetFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textFile);
            if (!annotations.TryGetValue(name, out var ann)) continue;
            yield return new PolNearArticle(name, File.ReadAllText(textFile), Path.GetFileName(ann), ParseAnn(File.ReadAllLines(ann)));
        }
    }

    /// <summary>"NAME_d473" → "NAME": the annotator id follows the last underscore.</summary>
    private static string ArticleName(string annName) => annName[..annName.LastIndexOf('_')];

    public static ImmutableArray<GoldAttribution> ParseAnn(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, ImmutableArray<Span>>();
        var events = new List<string[]>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2) continue;
            if (fields[0].StartsWith('T'))
            {
                var head = fields[1];
                var space = head.IndexOf(' ');
                if (space < 0) continue;
                spans[fields[0]] = [.. head[(space + 1)..].Split(';').Select(ParseSpan)];
            }
            else if (fields[0].StartsWith('E')) events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        var result = ImmutableArray.CreateBuilder<GoldAttribution>();
        foreach (var args in events)
        {
            ImmutableArray<Span> Role(string role) =>
                args.Select(a => a.Split(':')).Where(p => p.Length == 2 && p[0] == role && spans.ContainsKey(p[1]))
                    .Select(p => spans[p[1]]).FirstOrDefault(ImmutableArray<Span>.Empty);
            var content = Role("Content");
            if (content.IsEmpty) continue;
            result.Add(new GoldAttribution(Role("Source"), Role("Cue"), content));
        }
        return result.ToImmutable();
    }

    private static Span ParseSpan(string pair)
    {
        var parts = pair.Split(' ');
        var start = int.Parse(parts[0], CultureInfo.InvariantCulture);
        return Span.FromBounds(start, int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
