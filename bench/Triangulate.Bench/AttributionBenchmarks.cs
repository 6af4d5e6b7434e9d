using BenchmarkDotNet.Attributes;
using Triangulate.Attribution;
using Triangulate.Documents;
using Triangulate.Segmentation;

namespace Triangulate.Bench;

/// <summary>
/// Attribution over already-segmented text (the sample story, about 7,000 tokens), with and without the role tagger. Tokens/s = tokens per op / mean time;
/// <see cref="Tokens"/> prints the token count once in the setup log.
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private (Document Document, Segmentation.Segmentation Segmentation)[] _inputs = [];
    private readonly Attributor _rulesAlone = new(AttributionLexicon.Default);

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        _inputs = SampleCorpus.Texts()
            .Select((text, i) => (new Document(i.ToString(), text, DocumentMetadata.ForSource(i + ".txt"), []), Segmenter.Default.Segment(text)))
            .ToArray();
        Tokens = _inputs.Sum(x => x.Segmentation.Tokens.Length);
        _ = Attributor.Default;
        Console.WriteLine($"// AttributionBenchmarks: {Tokens} tokens per operation");
    }

    /// <summary>What the pipeline runs: the rules, then the role tagger.</summary>
    [Benchmark(Baseline = true)]
    public int Attribute() => Run(Attributor.Default);

    /// <summary>The rules without the role tagger, to show what the tagger costs.</summary>
    [Benchmark]
    public int RulesAlone() => Run(_rulesAlone);

    private int Run(Attributor attributor)
    {
        var count = 0;
        foreach (var (document, segmentation) in _inputs) count += attributor.Attribute(document, segmentation).Items.Length;
        return count;
    }
}
