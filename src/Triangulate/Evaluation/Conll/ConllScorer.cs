using System.Collections.Immutable;

namespace Triangulate.Evaluation.Conll;

/// <summary>Precision/recall/F1 by CoNLL's exact-span rule, per type and overall, plus tagging speed.</summary>
public sealed record ConllFigures(
    string Corpus,
    int Documents,
    int Sentences,
    int Tokens,
    PrfCounts Overall,
    ImmutableSortedDictionary<string, PrfCounts> ByType,
    double TokenAccuracy,
    double TaggerSeconds)
{
    public double TokensPerSecond => TaggerSeconds > 0 ? Tokens / TaggerSeconds : 0;
}

/// <summary>Accumulates gold and predicted chunks sentence by sentence, as conlleval does.</summary>
public sealed class ConllScorer
{
    private readonly Dictionary<string, (int Matched, int Predicted, int Gold)> _byType = new(StringComparer.Ordinal);
    private int _tokens, _correctTokens;

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted tag counts differ");
        var g = ConllChunks.Of(gold);
        var p = ConllChunks.Of(predicted);
        var goldSet = g.ToHashSet();
        foreach (var c in g) Bump(c.Type, 0, 0, 1);
        foreach (var c in p) Bump(c.Type, goldSet.Contains(c) ? 1 : 0, 1, 0);
        for (var i = 0; i < gold.Count; i++)
        {
            _tokens++;
            if (gold[i] == predicted[i]) _correctTokens++;
        }
    }

    public ImmutableSortedDictionary<string, PrfCounts> ByType() =>
        _byType.ToImmutableSortedDictionary(kv => kv.Key, kv => PrfCounts.FromTotals(kv.Value.Matched, kv.Value.Predicted, kv.Value.Gold), StringComparer.Ordinal);

    public PrfCounts Overall() =>
        ByType().Values.Aggregate(new PrfCounts(0, 0, 0), (a, b) => a + b);

    public double TokenAccuracy => _tokens == 0 ? 0 : 100.0 * _correctTokens / _tokens;

    private void Bump(string type, int matched, int predicted, int gold)
    {
        var (m, p, g) = _byType.GetValueOrDefault(type);
        _byType[type] = (m + matched, p + predicted, g + gold);
    }
}
