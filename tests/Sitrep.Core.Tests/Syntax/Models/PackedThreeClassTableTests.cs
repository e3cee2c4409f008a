using Sitrep.Syntax.Models;

namespace Sitrep.Tests.Syntax.Models;

public class PackedThreeClassTableTests
{
    [Fact]
    public void Score_RandomHalfTable_EqualsDenseScoresBitForBit()
    {
        var random = new Random(3);
        WeightTable dense = HalfTable(SparseWeightTableTests.RandomTable(random, bits: 12, classes: 3));
        PackedThreeClassTable packed = PackedThreeClassTable.TryFrom(dense)!;
        var expected = new float[3];
        var actual = new float[3];
        for (int trial = 0; trial < 500; trial++)
        {
            ulong[] features = [.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => (ulong)random.NextInt64())];
            dense.ScoreThreeClasses(features, expected);
            packed.Score(features, actual);
            Assert.Equal(SparseWeightTableTests.Bits(expected), SparseWeightTableTests.Bits(actual));
        }
    }

    [Fact]
    public void Score_SubnormalExtremeAndNegativeZeroHalves_KeepsTheirExactValues()
    {
        var weights = new float[256 * 3];
        weights[0] = (float)Half.Epsilon;
        weights[1] = -(float)Half.MaxValue;
        weights[2] = -0f;
        weights[3 * 9 + 1] = (float)BitConverter.UInt16BitsToHalf(0x03FF);
        weights[3 * 9 + 2] = -(float)BitConverter.UInt16BitsToHalf(0x0400);
        var dense = new WeightTable(8, 3, weights);
        PackedThreeClassTable packed = PackedThreeClassTable.TryFrom(dense)!;
        var expected = new float[3];
        var actual = new float[3];
        for (ulong feature = 0; feature < 2000; feature++)
        {
            dense.ScoreThreeClasses([feature, feature * 7], expected);
            packed.Score([feature, feature * 7], actual);
            Assert.Equal(SparseWeightTableTests.Bits(expected), SparseWeightTableTests.Bits(actual));
        }
    }

    [Fact]
    public void TryFrom_WeightNotAHalf_ReturnsNull()
    {
        var weights = new float[256 * 3];
        weights[5] = 0.1f;
        Assert.Null(PackedThreeClassTable.TryFrom(new WeightTable(8, 3, weights)));
    }

    [Fact]
    public void TryFrom_FourClassTable_ReturnsNull()
    {
        Assert.Null(PackedThreeClassTable.TryFrom(new WeightTable(8, 4, new float[256 * 4])));
    }

    [Fact]
    public void MemoryBytes_AnyTable_TwoThirdsOfTheDenseTable()
    {
        Assert.Equal(256 * 8, PackedThreeClassTable.TryFrom(new WeightTable(8, 3, new float[256 * 3]))!.MemoryBytes);
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
