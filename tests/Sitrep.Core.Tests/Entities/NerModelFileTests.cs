using System.Collections.Immutable;
using Sitrep.Entities;
using Sitrep.Errors;
using Sitrep.TestSupport;

namespace Sitrep.Tests.Entities;

public class NerModelFileTests
{
    private static NerModelLoadResult LoadText(string text) => TempTextFile.Load(text, NerModel.Load);

    [Theory]
    [InlineData("version\t2\nlabels\tO\tU-GPE\nff\t0\t1:5\n", 3)]          // scale not positive
    [InlineData("version\t2\nlabels\tO\tU-GPE\nff\t0.5\t1:40000\n", 3)]    // not a 16-bit integer
    [InlineData("version\t2\nlabels\tO\tU-GPE\nff\t0.5\t1:2 1:3\n", 3)]    // a label twice
    [InlineData("version\t2\nlabels\tO\tU-GPE\nff\t0.5\t\n", 3)]           // no weight
    [InlineData("version\t2\nlabels\tO\tU-GPE\nff\t0.5\t1:2\nff\t0.5\t0:1\n", 4)] // a feature twice
    [InlineData("version\t2\nlabels\tO\tU-GPE\nff\t1:2\n", 3)]             // a version-1 line
    [InlineData("version\t3\nlabels\tO\tU-GPE\n", 1)]                       // a version this build cannot read
    [InlineData("labels\tO\tU-GPE\nversion\t2\n", 2)]                       // version after the labels
    public void Load_BadLine_NamesIt(string text, int line)
    {
        NerModelLoadResult result = LoadText(text);
        Assert.Null(result.Model);
        Assert.Equal(ErrorCodes.MalformedDataFile, result.Problem!.Code);
        Assert.Equal(line, result.Problem.Line);
    }

    [Fact]
    public void Load_Version1File_QuantizesItsFloats()
    {
        NerModel model = LoadText("labels\tO\tU-GPE\nff\t0:-2.5 1:10\n").Model!;
        NerWeightRow row = Assert.Single(model.Table.Rows());
        Assert.Equal(10f, row.Dequantized()[1], 1e-4f);
        Assert.Equal(-2.5f, row.Dequantized()[0], 1e-3f);
    }

    [Fact]
    public void Save_ThenLoad_SameRowsBitForBit()
    {
        var weights = new Dictionary<ulong, float[]> { [0xabc] = [1.25f, -3f, 0], [0x1234_5678_9abc_def0] = [0, 0, 6023.066f], [5] = [0.001f, 0, 2] };
        var model = new NerModel(["O", "U-GPE", "U-ORG"], weights, new Dictionary<string, string> { ["mali"] = "cty" }, new Dictionary<string, string> { ["gao"] = "Cf" });
        string path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            Assert.Contains("version\t2", File.ReadLines(path));
            NerModel loaded = NerModel.Load(path).Model!;
            ImmutableArray<NerWeightRow> expected = [.. model.Table.Rows().OrderBy(r => r.Key)], actual = [.. loaded.Table.Rows()];
            Assert.Equal(expected.Select(r => (r.Key, r.Scale)), actual.Select(r => (r.Key, r.Scale)));
            for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i].Weights.ToArray(), actual[i].Weights.ToArray());
            Assert.Equal(model.Lexicon, loaded.Lexicon);
            Assert.Equal(model.Casing, loaded.Casing);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Pruned_TrainersFloats_DropsBySourceWeightNotQuantised()
    {
        // 2.0001 quantises below 2 in a row whose largest weight is 6000; pruning must judge the float.
        var weights = new Dictionary<ulong, float[]> { [1] = [6000f, 2.0001f, 1.9f] };
        var model = new NerModel(["O", "U-GPE", "U-ORG"], weights, new Dictionary<string, string>(), new Dictionary<string, string>());
        float[] kept = Assert.Single(model.Pruned(2).Table.Rows()).Dequantized();
        Assert.NotEqual(0f, kept[1]);
        Assert.Equal(0f, kept[2]);
    }

    [Fact]
    public void Save_CommittedModel_WritesTheSameBytes()
    {
        // The committed model is in the current format, exactly as this code writes it.
        string committed = RepoPaths.InRepo("data", "models", "ner-en.model");
        string path = Path.GetTempFileName();
        try
        {
            NerModel.Load(committed).Model!.Save(path);
            Assert.Equal(File.ReadAllBytes(committed), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
