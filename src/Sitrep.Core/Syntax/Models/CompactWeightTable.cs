using System.Numerics;

namespace Sitrep.Syntax.Models;

/// <summary>
/// A read-only copy of a <see cref="WeightTable"/> that keeps only its non-zero rows, found by a
/// ranked bitmap. Pruned models leave most of the 2^Bits rows empty, so the dense table is mostly
/// zeros spread over megabytes: every feature lookup is a cache miss. The compact form is a tenth
/// of the size and stays in cache; scores are bit-for-bit those of the dense table, because the
/// same non-zero rows are added in the same order (an all-zero row adds nothing).
/// </summary>
public sealed class CompactWeightTable
{
    private readonly ulong[] _present;
    private readonly int[] _rankBefore;
    private readonly float[] _rows;

    private CompactWeightTable(int bits, int classes, ulong[] present, int[] rankBefore, float[] rows)
    {
        Bits = bits;
        Classes = classes;
        _present = present;
        _rankBefore = rankBefore;
        _rows = rows;
    }

    public int Bits { get; }
    public int Classes { get; }

    /// <summary>Rows holding at least one non-zero weight.</summary>
    public int RowCount => _rows.Length / Classes;

    public static CompactWeightTable From(WeightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int rowCount = 1 << table.Bits, classes = table.Classes;
        var present = new ulong[Math.Max(1, rowCount >> 6)];
        var kept = new List<float>();
        for (int row = 0; row < rowCount; row++)
        {
            ReadOnlySpan<float> weights = table.Row(row);
            if (!weights.ContainsAnyExcept(0f)) continue;
            present[row >> 6] |= 1UL << (row & 63);
            foreach (float w in weights) kept.Add(w);
        }
        var rankBefore = new int[present.Length];
        for (int word = 1; word < present.Length; word++)
            rankBefore[word] = rankBefore[word - 1] + BitOperations.PopCount(present[word - 1]);
        return new CompactWeightTable(table.Bits, classes, present, rankBefore, [.. kept]);
    }

    /// <summary>Sets <paramref name="scores"/> to the summed rows of <paramref name="features"/>, as <see cref="WeightTable.Score"/> does.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..Classes];
        scores.Clear();
        foreach (ulong feature in features)
        {
            int row = FeatureHash.Bucket(feature, Bits);
            ulong word = _present[row >> 6], bit = 1UL << (row & 63);
            if ((word & bit) == 0) continue;
            int index = _rankBefore[row >> 6] + BitOperations.PopCount(word & (bit - 1));
            WeightTable.Add(scores, _rows.AsSpan(index * Classes, Classes));
        }
    }

    /// <summary>
    /// <see cref="Score"/> for a two-class table without the per-class loop or row spans: the
    /// boundary model scores every token gap, so this is its hot loop. The sums are bit-for-bit
    /// those of <see cref="Score"/>, because each class adds the same rows in the same order.
    /// </summary>
    public TwoClassScores ScoreTwoClasses(ReadOnlySpan<ulong> features)
    {
        if (Classes != 2) throw new InvalidOperationException($"ScoreTwoClasses needs a two-class table, not {Classes} classes");
        ulong[] present = _present;
        int[] rankBefore = _rankBefore;
        float[] rows = _rows;
        int shift = 64 - Bits;
        float class0 = 0f, class1 = 0f;
        foreach (ulong feature in features)
        {
            // FeatureHash.Bucket, inlined with the shift computed once.
            int row = (int)((feature * 0x9E3779B97F4A7C15UL) >> shift);
            ulong word = present[row >> 6], bit = 1UL << (row & 63);
            if ((word & bit) == 0) continue;
            int index = (rankBefore[row >> 6] + BitOperations.PopCount(word & (bit - 1))) * 2;
            class0 += rows[index];
            class1 += rows[index + 1];
        }
        return new TwoClassScores(class0, class1);
    }
}
