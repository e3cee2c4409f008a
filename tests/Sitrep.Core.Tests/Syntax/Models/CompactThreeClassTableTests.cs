using Sitrep.Syntax.Models;

namespace Sitrep.Tests.Syntax.Models;

public class CompactThreeClassTableTests
{
    [Fact]
    public void Score_RandomHalfTable_EqualsDenseScoresBitForBit()
    {
        var random = new Random(3);
        WeightTable dense = HalfTable(SparseWeightTableTests.RandomTable(random, bits: 12, classes: 3));
        CompactThreeClassTable compact = CompactThreeClassTable.TryFrom(dense)!;
        var expected = new float[3];
        var actual = new float[3];
        for (int trial = 0; trial < 500; trial++)
        {
            ulong[] features = [.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => (ulong)random.NextInt64())];
            dense.ScoreThreeClasses(features, expected);
            compact.Score(features, actual);
            Assert.Equal(SparseWeightTableTests.Bits(expected), SparseWeightTableTests.Bits(actual));
        }
    }

    [Fact]
    public void TryFrom_SubnormalAndExtremeHalves_KeepsTheirExactValues()
    {
        var weights = new float[256 * 3];
        weights[0] = (float)Half.Epsilon;
        weights[1] = -(float)Half.MaxValue;
        weights[2] = -0f;
        weights[3 * 9 + 1] = (float)BitConverter.UInt16BitsToHalf(0x03FF);
        var dense = new WeightTable(8, 3, weights);
        CompactThreeClassTable compact = CompactThreeClassTable.TryFrom(dense)!;
        var expected = new float[3];
        var actual = new float[3];
        for (ulong feature = 0; feature < 2000; feature++)
        {
            dense.ScoreThreeClasses([feature], expected);
            compact.Score([feature], actual);
            Assert.Equal(SparseWeightTableTests.Bits(expected), SparseWeightTableTests.Bits(actual));
        }
        Assert.Equal(2, compact.RowCount);
    }

    [Fact]
    public void TryFrom_WeightNotAHalf_ReturnsNull()
    {
        var weights = new float[256 * 3];
        weights[5] = 0.1f;
        Assert.Null(CompactThreeClassTable.TryFrom(new WeightTable(8, 3, weights)));
    }

    [Fact]
    public void TryFrom_FourClassTable_ReturnsNull()
    {
        Assert.Null(CompactThreeClassTable.TryFrom(new WeightTable(8, 4, new float[256 * 4])));
    }

    [Fact]
    public void MemoryBytes_TwoThirdsOfRowsKept_UnderHalfTheDenseTable()
    {
        WeightTable dense = HalfTable(SparseWeightTableTests.RandomTable(new Random(5), bits: 14, classes: 3));
        long denseBytes = (1L << 14) * 3 * sizeof(float);
        Assert.True(CompactThreeClassTable.TryFrom(dense)!.MemoryBytes < denseBytes / 2);
    }

    /// <summary>The table with every weight rounded to half precision, as a loaded model's are.</summary>
    internal static WeightTable HalfTable(WeightTable table)
    {
        var weights = new float[(1 << table.Bits) * table.Classes];
        for (int row = 0; row < 1 << table.Bits; row++)
        {
            ReadOnlySpan<float> source = table.Row(row);
            for (int c = 0; c < table.Classes; c++) weights[row * table.Classes + c] = (float)(Half)source[c];
        }
        return new WeightTable(table.Bits, table.Classes, weights);
    }
}
