using System.Text;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

/// <summary>A temporary folder for files a test writes and ingests; deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("triangulate-ingest-").FullName;

    public string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public IngestResult Ingest() => new Ingestor().Ingest([Path]);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
