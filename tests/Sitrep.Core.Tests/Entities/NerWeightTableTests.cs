using Sitrep.Entities;

namespace Sitrep.Tests.Entities;

public class NerWeightTableTests
{
    private static NerWeightTable Table(int labels, params (ulong Key, float[] Weights)[] rows) =>
        new(labels, [.. rows.Select(r => NerWeightRow.Quantize(r.Key, r.Weights)!.Value)]);

    [Fact]
    public void Find_KeysSharingTheirUpperHalf_FindsEachAndRejectsOthers()
    {
        // The index keeps only a key's upper 32 bits; the row's full key must tell these apart.
        ulong[] keys = [0x1234_5678_0000_0001, 0x1234_5678_0000_0002, 0x1234_5678_0000_0003, 7];
        NerWeightTable table = Table(3, [.. keys.Select((k, i) => (k, new float[] { i + 1, 0, -1 }))]);
        for (int i = 0; i < keys.Length; i++)
        {
            int row = table.Find(keys[i]);
            Assert.True(row >= 0);
            Assert.Equal(keys[i], table.Rows().ElementAt(row).Key);
        }
        Assert.Equal(-1, table.Find(0x1234_5678_0000_0004));
        Assert.Equal(-1, table.Find(0));
    }

    [Fact]
    public void Score_FoundFeatures_SumsTheirWeightsAndCountsThem()
    {
        NerWeightTable table = Table(25, (1, [.. Enumerable.Range(0, 25).Select(k => (float)k)]), (2, [.. Enumerable.Range(0, 25).Select(k => -0.5f * k)]));
        var scores = new float[table.ScoreLength];
        Assert.Equal(2, table.Score([1, 99, 2], scores));
        for (int k = 0; k < 25; k++) Assert.Equal(0.5f * k, scores[k], 0.001f);
        Assert.Equal(0, table.Score([99], scores));
        Assert.All(scores.Take(25), s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Quantize_Weights_KeepTheLargestExactAndTheOthersWithinHalfAStep()
    {
        float[] weights = [6023.066f, -2.001f, 0, 3.5f];
        NerWeightRow row = NerWeightRow.Quantize(9, weights)!.Value;
        float[] back = row.Dequantized();
        Assert.Equal(NerWeightRow.Largest, row.Weights[0]);
        Assert.Equal(weights[0], back[0], 0.001f);
        for (int k = 1; k < weights.Length; k++) Assert.InRange(Math.Abs(back[k] - weights[k]), 0, row.Scale / 2);
        Assert.Equal(0f, back[2]);
    }

    [Fact]
    public void Quantize_AllZero_IsNoRow()
    {
        Assert.Null(NerWeightRow.Quantize(1, [0f, 0f]));
    }

    [Fact]
    public void Constructor_ManyRows_RowsStayInOrderAndAreFound()
    {
        var rows = Enumerable.Range(1, 5000).Select(i => ((ulong)i * 0x9E37_79B9_7F4A_7C15UL, new float[] { i, -i })).ToArray();
        NerWeightTable table = Table(2, rows);
        Assert.Equal(5000, table.Count);
        Assert.Equal(rows.Select(r => r.Item1), table.Rows().Select(r => r.Key));
        var scores = new float[table.ScoreLength];
        foreach ((ulong key, float[] w) in rows)
        {
            Assert.Equal(1, table.Score([key], scores));
            Assert.Equal(w[1], scores[1], Math.Abs(w[1]) * 1e-4f);
        }
    }
}
