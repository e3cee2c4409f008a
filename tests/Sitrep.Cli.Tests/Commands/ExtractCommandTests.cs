using System.Text.Json;
using Sitrep.TestSupport;

namespace Sitrep.Cli.Tests.Commands;

public class ExtractCommandTests
{
    private static string Example(string name) => RepoPaths.InRepo("examples", name);

    [Fact]
    public void Extract_ExampleArticle_PrintsOneDocumentRecord()
    {
        CliRun run = CliRun.Of("extract", Example("sahel-convoy-ambush.txt"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        JsonElement records = JsonDocument.Parse(run.Output).RootElement;
        JsonElement doc = Assert.Single(records.EnumerateArray());
        Assert.Equal("sahel-convoy-ambush.txt", doc.GetProperty("doc").GetString());
        Assert.Equal("2024-03-15", doc.GetProperty("published").GetString());
        Assert.Equal("Sitrep example wire", doc.GetProperty("outlet").GetString());
        Assert.StartsWith("NIAMEY, March 15", doc.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("events").ValueKind);
        Assert.Empty(doc.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void Extract_ExampleArticle_TheAmbushAndTheArrestItReports()
    {
        // The README's first command: the trucks burned "before withdrawing" are part of the ambush, not a withdrawal.
        CliRun run = CliRun.Of("extract", Example("sahel-convoy-ambush.txt"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        JsonElement events = Assert.Single(JsonDocument.Parse(run.Output).RootElement.EnumerateArray()).GetProperty("events");
        Assert.Equal(["Armed clash", "Arrests"], events.EnumerateArray().Select(e => e.GetProperty("sub_event_type").GetString()));
    }

    [Fact]
    public void Extract_ExamplesFolder_ReadsEveryFormat()
    {
        CliRun run = CliRun.Of("extract", RepoPaths.InRepo("examples"), "--format", "jsonl");
        Assert.Equal(0, run.ExitCode);
        string[] formats = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("format").GetString()!)
            .Distinct().Order().ToArray();
        Assert.Equal(["feed", "html", "jsonl", "telegram", "text"], formats);
    }

    [Fact]
    public void Extract_ContextAndSummaries_PrintedOnlyWhenAskedFor()
    {
        using var temp = new TempFolder();
        string article = temp.File("culiacan.txt", "published: 2025-06-25\n\n"
            + "Gunmen killed six men at a car wash in Culiacan on Tuesday, police said. "
            + "More than 1,200 people have been killed in Sinaloa since the infighting began, according to official figures. "
            + "In 2019, soldiers briefly detained Ovidio Guzman in Culiacan before releasing him.\n");
        CliRun plain = CliRun.Of("extract", article, "--format", "table");
        CliRun all = CliRun.Of("extract", article, "--format", "table", "--include-background", "--include-aggregates");
        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, all.ExitCode);
        Assert.DoesNotContain("[aggregate]", plain.Output);
        Assert.DoesNotContain("[background]", plain.Output);
        Assert.Contains("[aggregate]", all.Output);
        Assert.Contains("[background]", all.Output);
    }

    [SharedDataFact("eval", "dev", "seed-wagner-mali.txt")]
    public void Extract_SeedArticle_PublishedDateAndBodyIntact()
    {
        string path = RepoPaths.SharedPath("eval", "dev", "seed-wagner-mali.txt")!;
        CliRun run = CliRun.Of("extract", path, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        JsonElement doc = Assert.Single(JsonDocument.Parse(run.Output).RootElement.EnumerateArray());
        Assert.Equal("2025-06-06", doc.GetProperty("published").GetString());
        string text = doc.GetProperty("text").GetString()!;
        string raw = File.ReadAllText(path);
        Assert.StartsWith("Russia's Wagner mercenary group said on Friday", text);
        Assert.EndsWith(text.TrimEnd(), raw.TrimEnd());
    }

    [Fact]
    public void Extract_MissingFile_ExitsOneAndNamesFileAndCode()
    {
        using var temp = new TempFolder();
        string good = temp.File("good.txt", "published: 2024-01-02\n\nPolice arrested two men in Gao on Monday.");
        string missing = temp.Combine("missing.txt");
        CliRun run = CliRun.Of("extract", good, missing, "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}: SR1001", run.Error);
        Assert.Contains("good.txt", run.Output);
    }

    [Fact]
    public void Extract_BinaryFile_ReportsBinaryInput()
    {
        using var temp = new TempFolder();
        string png = temp.Combine("photo.txt");
        File.WriteAllBytes(png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        CliRun run = CliRun.Of("extract", png);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{png}: SR1004", run.Error);
    }

    [Fact]
    public void Extract_PublishedOverride_ReplacesHeaderDate()
    {
        CliRun run = CliRun.Of("extract", Example("sahel-convoy-ambush.txt"), "--published", "2024-03-16", "--format", "jsonl");
        Assert.Equal("2024-03-16", JsonDocument.Parse(run.Output).RootElement.GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("--published", "16/03/2024")]
    [InlineData("--format", "xml")]
    [InlineData("--max-bytes", "0")]
    public void Extract_BadOption_ExitsTwo(string option, string value)
    {
        CliRun run = CliRun.Of("extract", Example("sahel-convoy-ambush.txt"), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void Extract_CsvAndTableFormats_Print()
    {
        CliRun csv = CliRun.Of("extract", Example("sahel-convoy-ambush.txt"), "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("event_id_cnty,event_date", csv.Output);
        CliRun table = CliRun.Of("extract", Example("sahel-convoy-ambush.txt"), "--format", "table");
        Assert.Contains("published 2024-03-15", table.Output);
    }
}
