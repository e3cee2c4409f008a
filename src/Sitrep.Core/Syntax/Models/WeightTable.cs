using System.Numerics;
using System.Runtime.InteropServices;

namespace Sitrep.Syntax.Models;

/// <summary>
/// The weights of a linear classifier over hashed features: 2^Bits rows of one float per class,
/// immutable once built. Scoring adds the rows of the active features into a caller's buffer.
/// </summary>
public sealed class WeightTable
{
    private readonly float[] _weights;

    public WeightTable(int bits, int classes, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (bits is < 8 or > 26) throw new ArgumentOutOfRangeException(nameof(bits), bits, "bits must lie in [8, 26]");
        if (classes < 1) throw new ArgumentOutOfRangeException(nameof(classes));
        if (weights.Length != (1L << bits) * classes) throw new ArgumentException("weight array does not match bits × classes", nameof(weights));
        Bits = bits;
        Classes = classes;
        _weights = weights;
    }

    public int Bits { get; }
    public int Classes { get; }

    public ReadOnlySpan<float> Row(int row) => _weights.AsSpan(row * Classes, Classes);

    /// <summary>Sets <paramref name="scores"/> to the summed rows of <paramref name="features"/> (hashes, not yet bucketed).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..Classes];
        scores.Clear();
        foreach (ulong feature in features)
        {
            Add(scores, _weights.AsSpan(FeatureHash.Bucket(feature, Bits) * Classes, Classes));
        }
    }

    /// <summary>
    /// <see cref="Score"/> for a three-class table (the parser's transitions), bit-for-bit the same
    /// sums: the rows are found first, so their cache misses overlap instead of coming one by one.
    /// </summary>
    public void ScoreThreeClasses(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (Classes != 3) throw new InvalidOperationException($"ScoreThreeClasses needs a three-class table, not {Classes} classes");
        float[] weights = _weights;
        int shift = 64 - Bits;
        Span<int> offsets = stackalloc int[features.Length];
        for (int i = 0; i < features.Length; i++)
        {
            int at = (int)((features[i] * 0x9E3779B97F4A7C15UL) >> shift) * 3;
            offsets[i] = at;
            Prefetch.Element(weights, at);
        }
        float class0 = 0f, class1 = 0f, class2 = 0f;
        foreach (int at in offsets)
        {
            class0 += weights[at];
            class1 += weights[at + 1];
            class2 += weights[at + 2];
        }
        scores[0] = class0;
        scores[1] = class1;
        scores[2] = class2;
    }

    internal static void Add(Span<float> target, ReadOnlySpan<float> row)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<float>.Count)
        {
            var t = MemoryMarshal.Cast<float, Vector<float>>(target);
            var r = MemoryMarshal.Cast<float, Vector<float>>(row);
            for (int v = 0; v < r.Length; v++) t[v] += r[v];
            i = r.Length * Vector<float>.Count;
        }
        for (; i < row.Length; i++) target[i] += row[i];
    }

    /// <summary>The number of non-zero weights, for size reports.</summary>
    public long NonZero() => _weights.LongCount(w => w != 0);

    internal float[] RawWeights => _weights;
}
