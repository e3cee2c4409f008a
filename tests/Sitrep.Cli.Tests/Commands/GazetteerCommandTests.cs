namespace Sitrep.Cli.Tests.Commands;

public class GazetteerCommandTests
{
    private const string Gao = "2457163\tGao\tGao\tGao Town\t16.27167\t-0.04472\tP\tPPLA\tML\t\t07\t\t\t\t86633\t\t250\tAfrica/Bamako\t2024-01-01\n";

    [Fact]
    public void Import_CountryFile_WritesGazetteerAndReportsBadLines()
    {
        using var folder = new TempFolder();
        string places = folder.File("ML.txt", Gao + "2457170\tTruncated\n");

        CliRun run = CliRun.Of("gazetteer", "import", places, "--out", folder.Combine("gaz"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ML.txt:2: SR5003", run.Error);
        Assert.Contains("1 places", run.Output);
        Assert.True(File.Exists(Path.Combine(folder.Combine("gaz"), "places.tsv")));
        Assert.True(File.Exists(Path.Combine(folder.Combine("gaz"), "countries.tsv")));
    }

    [Fact]
    public void Import_MissingFile_ExitsOne()
    {
        using var folder = new TempFolder();

        CliRun run = CliRun.Of("gazetteer", "import", folder.Combine("absent.txt"), "--out", folder.Combine("gaz"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SR1001", run.Error);
    }

    [Fact]
    public void Extract_GazetteerFolderMissing_ExitsTwo()
    {
        using var folder = new TempFolder();
        string article = folder.File("a.txt", "Gunmen attacked Gao on Monday.");

        CliRun run = CliRun.Of("extract", article, "--gazetteer", folder.Combine("nowhere"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere", run.Error);
    }
}
