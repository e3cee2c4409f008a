using Sitrep.Entities;
using Sitrep.Errors;
using Sitrep.TestSupport;

namespace Sitrep.Tests.Entities;

public class NerClustersTests
{
    private static NerClustersLoadResult LoadText(string text) => TempTextFile.Load(text, NerClusters.Load);

    [Fact]
    public void Load_GoodFile_ReadsEveryWord()
    {
        NerClusters clusters = LoadText("# comment\nversion\t1\nclasses\t2\t4\t8\nbaghdad\t1\t3\t7\nkabul\t1\t3\t6\n").Clusters!;
        Assert.Equal([2, 4, 8], clusters.Classes);
        Assert.Equal(new NerWordClusters(1, 3, 6), clusters.Words["kabul"]);
    }

    [Theory]
    [InlineData("version\t2\nclasses\t2\t4\t8\n", 1)]                          // a version this build cannot read
    [InlineData("classes\t2\t4\t8\n", 1)]                                       // no version line
    [InlineData("version\t1\nclasses\t2\t4\n", 2)]                              // two granularities
    [InlineData("version\t1\nclasses\t2\t4\t8\nmali\t1\t4\t7\n", 3)]            // a class beyond its count
    [InlineData("version\t1\nclasses\t2\t4\t8\nMali\t1\t3\t7\n", 3)]            // not lower case
    [InlineData("version\t1\nclasses\t2\t4\t8\nmali\t1\t3\n", 3)]               // a class missing
    [InlineData("version\t1\nclasses\t2\t4\t8\nmali\t1\t3\t7\nmali\t0\t0\t0\n", 4)] // a word twice
    public void Load_BadLine_NamesIt(string text, int line)
    {
        NerClustersLoadResult result = LoadText(text);
        Assert.Null(result.Clusters);
        Assert.Equal(ErrorCodes.MalformedDataFile, result.Problem!.Code);
        Assert.Equal(line, result.Problem.Line);
    }

    [Fact]
    public void Load_MissingFile_ReportsMissing()
    {
        Assert.Equal(ErrorCodes.DataFileMissing, NerClusters.Load(Path.Combine(Path.GetTempPath(), "no-such-clusters.txt")).Problem!.Code);
    }

    [Fact]
    public void Save_ThenLoad_SameWords()
    {
        var clusters = new NerClusters([2, 4, 8], new Dictionary<string, NerWordClusters> { ["gao"] = new(0, 1, 2), ["mopti"] = new(1, 3, 7) });
        string path = Path.GetTempFileName();
        try
        {
            clusters.Save(path, "test\nfile");
            NerClusters loaded = NerClusters.Load(path).Clusters!;
            Assert.Equal(clusters.Words.OrderBy(kv => kv.Key), loaded.Words.OrderBy(kv => kv.Key));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_CommittedFile_LoadsWithThreeGranularities()
    {
        NerClustersLoadResult result = NerClusters.Load(RepoPaths.InRepo("data", "models", "ner-clusters-en.txt"));
        Assert.Null(result.Problem);
        Assert.Equal(3, result.Clusters!.Classes.Count);
        Assert.True(result.Clusters.Words.Count > 10_000);
    }
}
