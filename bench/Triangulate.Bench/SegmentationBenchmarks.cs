using BenchmarkDotNet.Attributes;
using Triangulate.Segmentation;

namespace Triangulate.Bench;

/// <summary>Segmentation of the bundled sample story (about 5,800 words).</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Load() => _texts = SampleCorpus.Texts();

    [Benchmark]
    public int Segment()
    {
        var sentences = 0;
        foreach (var text in _texts) sentences += Segmenter.Default.Segment(text).Sentences.Length;
        return sentences;
    }
}
