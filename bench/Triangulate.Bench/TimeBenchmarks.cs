using BenchmarkDotNet.Attributes;
using Triangulate.Documents;
using Triangulate.Time;

namespace Triangulate.Bench;

/// <summary>
/// Time expression recognition over already-segmented text (the sample story), anchored to a publication date.
/// Tokens/s = tokens per op / mean time; <see cref="Tokens"/> prints the token count once in the setup log.
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    private static readonly PublicationTime Anchor = new(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day);

    private (string Text, Segmentation.Segmentation Segmentation)[] _inputs = [];

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        _inputs = SampleCorpus.Texts().Select(text => (text, Segmentation.Segmenter.Default.Segment(text))).ToArray();
        Tokens = _inputs.Sum(x => x.Item2.Tokens.Length);
        Console.WriteLine($"// TimeBenchmarks: {Tokens} tokens per operation");
    }

    [Benchmark]
    public int Recognize()
    {
        var count = 0;
        foreach (var (text, segmentation) in _inputs) count += TimeRecognizer.Default.Recognize(text, segmentation, Anchor).Length;
        return count;
    }
}
