namespace Sitrep.Evaluation.Scoring;

/// <summary>
/// True positives, false positives and false negatives with the scores they give. Empty
/// denominators follow the "nothing was wrong" reading: precision is 1 when nothing counted was
/// predicted, recall is 1 when there is no required gold, and F1 is 0 when both are 0. So an
/// empty system on a corpus with required gold scores precision 1, recall 0, F1 0.
/// </summary>
public readonly record struct PrecisionRecall
{
    public PrecisionRecall(int truePositives, int falsePositives, int falseNegatives)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(truePositives);
        ArgumentOutOfRangeException.ThrowIfNegative(falsePositives);
        ArgumentOutOfRangeException.ThrowIfNegative(falseNegatives);
        TruePositives = truePositives;
        FalsePositives = falsePositives;
        FalseNegatives = falseNegatives;
    }

    public static PrecisionRecall Zero => default;

    public int TruePositives { get; }
    public int FalsePositives { get; }
    public int FalseNegatives { get; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}
