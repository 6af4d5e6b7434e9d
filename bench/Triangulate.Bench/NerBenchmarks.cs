using BenchmarkDotNet.Attributes;
using Triangulate.Entities.Recognition;

namespace Triangulate.Bench;

/// <summary>
/// Named-entity recognition (both passes, features included) over already-segmented text (the sample story).
/// Tokens/s = tokens per op / mean time; <see cref="Tokens"/> prints the token count once in the setup log.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private (string Text, Segmentation.Segmentation Segmentation)[] _inputs = [];

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        _inputs = SampleCorpus.Texts().Select(text => (text, Segmentation.Segmenter.Default.Segment(text))).ToArray();
        Tokens = _inputs.Sum(x => x.Item2.Tokens.Length);
        _ = NerTagger.Default;
        Console.WriteLine($"// NerBenchmarks: {Tokens} tokens per operation");
    }

    [Benchmark]
    public int Recognize()
    {
        var count = 0;
        foreach (var (text, segmentation) in _inputs) count += NerTagger.Default.Recognize(text, segmentation).Length;
        return count;
    }
}
