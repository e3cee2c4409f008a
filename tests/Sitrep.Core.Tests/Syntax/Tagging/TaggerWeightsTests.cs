using Sitrep.Syntax.Models;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Tests.Syntax.Tagging;

public class TaggerWeightsTests
{
    private static readonly ulong[] Features = [FeatureHash.Start(1), FeatureHash.Start(2), FeatureHash.Start(3)];

    private static TaggerWeights Sample()
    {
        var weights = new float[(1 << 8) * 3];
        for (int f = 0; f < Features.Length; f++)
        {
            int row = FeatureHash.Bucket(Features[f], 8) * 3;
            weights[row] += f + 1;
            weights[row + 1] -= 0.5f;
            weights[row + 2] += 0.0001f;
        }
        return TaggerWeights.From(new WeightTable(8, 3, weights), prune: 0.001f);
    }

    [Fact]
    public void From_SparseTable_KeepsOnlyUsedBuckets()
    {
        Assert.InRange(Sample().Rows, 1, Features.Length);
    }

    [Fact]
    public void Score_ThreeFeatures_SumsTheirWeightsAndDropsPrunedOnes()
    {
        float[] scores = [9, 9, 9];
        Sample().Score(Features, scores);
        Assert.Equal([6f, -1.5f, 0f], scores);
    }

    [Fact]
    public void WriteThenRead_RoundTripsScores()
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, ModelFile.Encoding, leaveOpen: true)) Sample().Write(writer);
        stream.Position = 0;
        TaggerWeights loaded = TaggerWeights.Read(new BinaryReader(stream, ModelFile.Encoding), 3);
        float[] expected = new float[3], actual = new float[3];
        Sample().Score(Features, expected);
        loaded.Score(Features, actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Read_TruncatedBlock_ThrowsModelFormat()
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, ModelFile.Encoding, leaveOpen: true)) Sample().Write(writer);
        byte[] bytes = stream.ToArray();
        var reader = new BinaryReader(new MemoryStream(bytes[..^2]), ModelFile.Encoding);
        Assert.ThrowsAny<Exception>(() => TaggerWeights.Read(reader, 3));
    }
}
