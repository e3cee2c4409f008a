using Sitrep.Syntax.Models;

namespace Sitrep.Tests.Syntax.Models;

public class WeightTableTests
{
    [Fact]
    public void ScoreThreeClasses_RandomFeatures_EqualsScoreBitForBit()
    {
        var random = new Random(3);
        WeightTable table = SparseWeightTableTests.RandomTable(random, bits: 12, classes: 3);
        var expected = new float[3];
        var actual = new float[3];
        for (int trial = 0; trial < 500; trial++)
        {
            ulong[] features = [.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => (ulong)random.NextInt64())];
            table.Score(features, expected);
            table.ScoreThreeClasses(features, actual);
            Assert.Equal(SparseWeightTableTests.Bits(expected), SparseWeightTableTests.Bits(actual));
        }
    }

    [Fact]
    public void ScoreThreeClasses_FourClassTable_Throws()
    {
        var table = new WeightTable(8, 4, new float[256 * 4]);
        Assert.Throws<InvalidOperationException>(() => table.ScoreThreeClasses([1UL], new float[4]));
    }
}
