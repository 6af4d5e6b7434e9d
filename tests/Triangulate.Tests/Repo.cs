namespace Triangulate.Tests;

public static class Repo
{
    /// <summary>The repository root: the folder above the test binaries that holds Triangulate.sln.</summary>
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Triangulate.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The shared evaluation data beside the repository (../shared/eval), or null when it is absent.</summary>
    public static string? SharedEval(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(Root(), "..", "shared", "eval", relative));
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }
}
