using Sitrep.Syntax.Models;

namespace Sitrep.Tests.Syntax.Models;

public class SparseWeightTableTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(51)]
    public void Score_RandomSparseTable_EqualsDenseScoresBitForBit(int classes)
    {
        var random = new Random(classes);
        WeightTable dense = RandomTable(random, bits: 10, classes);
        SparseWeightTable sparse = SparseWeightTable.From(dense);
        var expected = new float[classes];
        var actual = new float[classes];
        for (int trial = 0; trial < 500; trial++)
        {
            ulong[] features = [.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => (ulong)random.NextInt64())];
            dense.Score(features, expected);
            sparse.Score(features, actual);
            Assert.Equal(Bits(expected), Bits(actual));
        }
    }

    [Fact]
    public void From_TableWithZeros_KeepsOnlyNonZeroWeights()
    {
        var weights = new float[256 * 4];
        weights[7 * 4 + 1] = 0.5f;
        weights[200 * 4] = -1f;
        weights[200 * 4 + 3] = 2f;
        Assert.Equal(3, SparseWeightTable.From(new WeightTable(8, 4, weights)).Count);
    }

    [Fact]
    public void Score_LongerScoreBuffer_ClearsOnlyTheClasses()
    {
        var weights = new float[256 * 2];
        weights.AsSpan().Fill(1f);
        float[] scores = [9f, 9f, 9f];
        SparseWeightTable.From(new WeightTable(8, 2, weights)).Score([1UL, 2UL], scores);
        Assert.Equal([2f, 2f, 9f], scores);
    }

    internal static WeightTable RandomTable(Random random, int bits, int classes)
    {
        var weights = new float[(1 << bits) * classes];
        // Most rows empty and the rest with a few weights: the shape pruning leaves.
        for (int row = 0; row < 1 << bits; row++)
        {
            if (random.Next(3) == 0) continue;
            for (int c = 0; c < classes; c++)
                if (random.Next(classes > 3 ? 12 : 2) == 0) weights[row * classes + c] = (float)(random.NextDouble() * 2 - 1);
        }
        return new WeightTable(bits, classes, weights);
    }

    internal static int[] Bits(float[] scores) => [.. scores.Select(BitConverter.SingleToInt32Bits)];
}
