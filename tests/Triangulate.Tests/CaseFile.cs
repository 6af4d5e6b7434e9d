namespace Triangulate.Tests;

/// <summary>
/// Reads data-driven test cases: blocks of lines separated by blank lines; lines starting with '#' are comments.
/// </summary>
public static class CaseFile
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    public static IEnumerable<List<string>> Blocks(string relative)
    {
        var block = new List<string>();
        foreach (var raw in File.ReadLines(PathOf(relative)))
        {
            if (raw.StartsWith('#')) continue;
            if (raw.Trim().Length == 0)
            {
                if (block.Count > 0) yield return block;
                block = [];
                continue;
            }
            block.Add(raw);
        }
        if (block.Count > 0) yield return block;
    }
}
