using System.Collections.Frozen;
using System.Reflection;

namespace Triangulate.Resources;

/// <summary>
/// Reads the rule and lexicon files that ship inside the assembly (each stage's <c>Resources</c> folder).
/// Lines are trimmed; blank lines and lines starting with <c>#</c> are comments.
/// </summary>
public static class Lexicon
{
    /// <param name="path">Path relative to the project root, e.g. <c>Segmentation/Resources/abbreviations.txt</c>.</param>
    public static IReadOnlyList<string> Lines(string path)
    {
        using var reader = new StreamReader(Open(path));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            lines.Add(trimmed);
        }
        return lines;
    }

    /// <summary>Tab-separated rows of a lexicon file, comments skipped.</summary>
    public static IReadOnlyList<string[]> Rows(string path) =>
        Lines(path).Select(l => l.Split('\t', StringSplitOptions.TrimEntries)).ToList();

    public static FrozenSet<string> Set(string path, StringComparer? comparer = null) =>
        Lines(path).ToFrozenSet(comparer ?? StringComparer.Ordinal);

    public static Stream Open(string path)
    {
        var assembly = typeof(Lexicon).Assembly;
        var name = "Triangulate." + path.Replace('/', '.');
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{path}' is missing (looked for '{name}').");
    }
}
