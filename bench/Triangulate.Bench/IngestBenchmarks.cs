using BenchmarkDotNet.Attributes;
using Triangulate.Ingest;

namespace Triangulate.Bench;

/// <summary>
/// Ingest of the bundled sample story (5 files, about 5,800 words) from disk: decoding, reading, boilerplate rules,
/// metadata and dedup. Words/s = 5,800 / mean time.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private string _folder = "";

    [GlobalSetup]
    public void Locate()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples", "nk-troops"))) dir = dir.Parent;
        _folder = dir is null
            ? throw new DirectoryNotFoundException("samples/nk-troops not found above the working folder")
            : Path.Combine(dir.FullName, "samples", "nk-troops");
    }

    [Benchmark]
    public int Ingest() => new Ingestor().Ingest([_folder]).Documents.Length;
}
