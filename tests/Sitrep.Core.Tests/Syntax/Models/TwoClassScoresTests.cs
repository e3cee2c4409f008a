using Sitrep.Syntax.Models;

namespace Sitrep.Tests.Syntax.Models;

public class TwoClassScoresTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ScoreTwoClasses_RandomFeatures_EqualsGeneralScoreBitForBit(int seed)
    {
        var random = new Random(seed);
        const int bits = 10;
        var weights = new float[(1 << bits) * 2];
        // Rows with one class zero, both set, or none: every shape pruning leaves.
        for (int row = 0; row < 1 << bits; row++)
        {
            if (random.Next(4) != 0) continue;
            for (int c = 0; c < 2; c++)
                if (random.Next(3) != 0) weights[row * 2 + c] = (float)((random.NextDouble() * 2 - 1) * Math.Pow(10, random.Next(-4, 4)));
        }
        CompactWeightTable compact = CompactWeightTable.From(new WeightTable(bits, 2, weights));
        var expected = new float[2];
        for (int trial = 0; trial < 2000; trial++)
        {
            ulong[] features = [.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => (ulong)random.NextInt64())];
            compact.Score(features, expected);
            TwoClassScores actual = compact.ScoreTwoClasses(features);
            Assert.Equal(BitConverter.SingleToInt32Bits(expected[0]), BitConverter.SingleToInt32Bits(actual.Class0));
            Assert.Equal(BitConverter.SingleToInt32Bits(expected[1]), BitConverter.SingleToInt32Bits(actual.Class1));
        }
    }

    [Fact]
    public void ScoreTwoClasses_NoFeatures_ReturnsZeros()
    {
        var weights = new float[256 * 2];
        weights[3] = 1f;
        TwoClassScores scores = CompactWeightTable.From(new WeightTable(8, 2, weights)).ScoreTwoClasses([]);
        Assert.Equal(new TwoClassScores(0f, 0f), scores);
    }

    [Fact]
    public void ScoreTwoClasses_ThreeClassTable_Throws()
    {
        CompactWeightTable compact = CompactWeightTable.From(new WeightTable(8, 3, new float[256 * 3]));
        Assert.Throws<InvalidOperationException>(() => compact.ScoreTwoClasses([1UL]));
    }
}
