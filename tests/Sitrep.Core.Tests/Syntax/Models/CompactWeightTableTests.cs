using Sitrep.Syntax.Models;

namespace Sitrep.Tests.Syntax.Models;

public class CompactWeightTableTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(17)]
    public void Score_SparseTable_EqualsDenseScoresBitForBit(int classes)
    {
        var random = new Random(classes);
        const int bits = 10;
        var weights = new float[(1 << bits) * classes];
        // One row in ten holds weights, some rows only one: the shape pruning leaves.
        for (int row = 0; row < 1 << bits; row++)
        {
            if (random.Next(10) != 0) continue;
            for (int c = 0; c < classes; c++)
                if (random.Next(3) != 0) weights[row * classes + c] = (float)(random.NextDouble() * 2 - 1);
        }
        var dense = new WeightTable(bits, classes, weights);
        CompactWeightTable compact = CompactWeightTable.From(dense);
        var expected = new float[classes];
        var actual = new float[classes];
        for (int trial = 0; trial < 500; trial++)
        {
            ulong[] features = [.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => (ulong)random.NextInt64())];
            dense.Score(features, expected);
            compact.Score(features, actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void From_TableWithEmptyRows_KeepsOnlyRowsWithWeights()
    {
        var weights = new float[256 * 2];
        weights[7 * 2 + 1] = 0.5f;
        weights[200 * 2] = -1f;
        CompactWeightTable compact = CompactWeightTable.From(new WeightTable(8, 2, weights));
        Assert.Equal(2, compact.RowCount);
    }
}
