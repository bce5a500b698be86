namespace Corridor.Compliance.Quality;

/// <summary>A confusion matrix and the precision, recall and F1 derived from it.</summary>
public sealed record BinaryMetrics(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static BinaryMetrics Of(IEnumerable<(bool Expected, bool Predicted)> outcomes)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (expected, predicted) in outcomes)
        {
            _ = (expected, predicted) switch
            {
                (true, true) => tp++,
                (false, true) => fp++,
                (true, false) => fn++,
                _ => tn++,
            };
        }

        return new BinaryMetrics(tp, fp, fn, tn);
    }
}
