namespace Triangulate.Evaluation;

/// <summary>True positives, false positives and false negatives, with the precision, recall and F1 they give (in %).</summary>
public readonly record struct PrfCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrfCounts operator +(PrfCounts a, PrfCounts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <summary>Counts from matched, predicted and gold totals (precision = matched/predicted, recall = matched/gold).</summary>
    public static PrfCounts FromTotals(int matched, int predicted, int gold) => new(matched, predicted - matched, gold - matched);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : 100.0 * numerator / denominator;
}
