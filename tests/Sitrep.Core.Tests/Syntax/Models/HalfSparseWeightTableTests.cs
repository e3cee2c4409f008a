using Sitrep.Syntax.Models;

namespace Sitrep.Tests.Syntax.Models;

public class HalfSparseWeightTableTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(51)]
    public void Score_RandomHalfTable_EqualsDenseScoresBitForBit(int classes)
    {
        var random = new Random(classes);
        WeightTable dense = PackedThreeClassTableTests.HalfTable(SparseWeightTableTests.RandomTable(random, bits: 10, classes));
        HalfSparseWeightTable packed = HalfSparseWeightTable.TryFrom(dense)!;
        var expected = new float[classes];
        var actual = new float[classes];
        for (int trial = 0; trial < 500; trial++)
        {
            ulong[] features = [.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => (ulong)random.NextInt64())];
            dense.Score(features, expected);
            packed.Score(features, actual);
            Assert.Equal(SparseWeightTableTests.Bits(expected), SparseWeightTableTests.Bits(actual));
        }
    }

    [Fact]
    public void TryFrom_TableWithZeros_KeepsOnlyNonZeroWeightsInHalfTheSparseMemory()
    {
        var weights = new float[256 * 4];
        weights[7 * 4 + 1] = 0.5f;
        weights[200 * 4] = -1f;
        weights[200 * 4 + 3] = 2f;
        var table = new WeightTable(8, 4, weights);
        HalfSparseWeightTable packed = HalfSparseWeightTable.TryFrom(table)!;
        Assert.Equal(3, packed.Count);
        Assert.Equal((257 + 3) * 4, packed.MemoryBytes);
    }

    [Fact]
    public void TryFrom_WeightNotAHalf_ReturnsNull()
    {
        var weights = new float[256 * 4];
        weights[9] = 1e-3f;
        Assert.Null(HalfSparseWeightTable.TryFrom(new WeightTable(8, 4, weights)));
    }

    [Fact]
    public void Score_LongerScoreBuffer_ClearsOnlyTheClasses()
    {
        var weights = new float[256 * 2];
        weights.AsSpan().Fill(1f);
        float[] scores = [9f, 9f, 9f];
        HalfSparseWeightTable.TryFrom(new WeightTable(8, 2, weights))!.Score([1UL, 2UL], scores);
        Assert.Equal([2f, 2f, 9f], scores);
    }
}
