namespace Triangulate.Bench;

/// <summary>The bundled sample story's texts, found by walking up from the working folder to the repository root.</summary>
public static class SampleCorpus
{
    public static string[] Texts()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples", "nk-troops"))) dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("samples/nk-troops not found above the working folder");
        return Directory.GetFiles(Path.Combine(dir.FullName, "samples", "nk-troops"), "*.txt").Order().Select(File.ReadAllText).ToArray();
    }
}
