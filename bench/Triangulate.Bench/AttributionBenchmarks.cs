using BenchmarkDotNet.Attributes;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Segmentation;

namespace Triangulate.Bench;

/// <summary>
/// Attribution over already-segmented text (the sample story, about 7,000 tokens). Tokens/s = tokens per op / mean time;
/// <see cref="Tokens"/> prints the token count once in the setup log.
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private (Document Document, Segmentation.Segmentation Segmentation)[] _inputs = [];

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        _inputs = SampleCorpus.Texts()
            .Select((text, i) => (new Document(i.ToString(), text, DocumentMetadata.ForSource(i + ".txt"), []), Segmenter.Default.Segment(text)))
            .ToArray();
        Tokens = _inputs.Sum(x => x.Segmentation.Tokens.Length);
        Console.WriteLine($"// AttributionBenchmarks: {Tokens} tokens per operation");
    }

    [Benchmark]
    public int Attribute()
    {
        var count = 0;
        foreach (var (document, segmentation) in _inputs) count += Attributor.Default.Attribute(document, segmentation).Items.Length;
        return count;
    }
}
