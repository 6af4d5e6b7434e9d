using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Triangulate.Documents;
using Triangulate.Quantities;
using Triangulate.Time;

namespace Triangulate.Bench;

/// <summary>
/// Quantity recognition over already-segmented text (the sample story), alone and with the time stage it relies on
/// for dates. Tokens/s = tokens per op / mean time; <see cref="Tokens"/> prints the token count once in the setup log.
/// </summary>
[MemoryDiagnoser]
public class QuantityBenchmarks
{
    private static readonly PublicationTime Anchor = new(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day);

    private (string Text, Segmentation.Segmentation Segmentation, ImmutableArray<TimeExpression> Times)[] _inputs = [];

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        _inputs = SampleCorpus.Texts().Select(text =>
        {
            var seg = Segmentation.Segmenter.Default.Segment(text);
            return (text, seg, TimeRecognizer.Default.Recognize(text, seg, Anchor));
        }).ToArray();
        Tokens = _inputs.Sum(x => x.Segmentation.Tokens.Length);
        Console.WriteLine($"// QuantityBenchmarks: {Tokens} tokens per operation");
    }

    [Benchmark]
    public int Recognize()
    {
        var count = 0;
        foreach (var (text, seg, times) in _inputs) count += QuantityRecognizer.Default.Recognize(text, seg, times).Length;
        return count;
    }

    [Benchmark]
    public int RecognizeWithTime()
    {
        var count = 0;
        foreach (var (text, seg, _) in _inputs)
            count += QuantityRecognizer.Default.Recognize(text, seg, TimeRecognizer.Default.Recognize(text, seg, Anchor)).Length;
        return count;
    }
}
