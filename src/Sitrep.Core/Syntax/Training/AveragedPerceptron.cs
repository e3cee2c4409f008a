using Sitrep.Syntax.Models;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Training-time perceptron over hashed features with averaging by the "lazy" trick: besides the
/// weights it keeps the sum of step-stamped updates, so the average is w − u / c at the end.
/// </summary>
internal sealed class AveragedPerceptron(int bits, int classes)
{
    private readonly float[] _weights = new float[(1 << bits) * classes];
    private readonly double[] _stamped = new double[(1 << bits) * classes];
    private long _step = 1;

    public int Bits { get; } = bits;
    public int Classes { get; } = classes;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..Classes];
        scores.Clear();
        foreach (ulong feature in features)
        {
            int row = FeatureHash.Bucket(feature, Bits) * Classes;
            for (int c = 0; c < Classes; c++) scores[c] += _weights[row + c];
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (ulong feature in features)
        {
            int row = FeatureHash.Bucket(feature, Bits) * Classes;
            _weights[row + truth] += 1;
            _stamped[row + truth] += _step;
            _weights[row + guess] -= 1;
            _stamped[row + guess] -= _step;
        }
    }

    /// <summary>Marks the end of one training example.</summary>
    public void Tick() => _step++;

    public WeightTable Average()
    {
        var averaged = new float[_weights.Length];
        for (int i = 0; i < averaged.Length; i++) averaged[i] = (float)(_weights[i] - _stamped[i] / _step);
        return new WeightTable(Bits, Classes, averaged);
    }
}
