using System.Text.Json;
using Sitrep.TestSupport;

namespace Sitrep.Cli.Tests.Commands;

public class IngestCommandTests
{
    [Fact]
    public void Ingest_SameFilesTwice_StoresEachDocumentOnce()
    {
        using var temp = new TempFolder();
        string db = temp.Combine("events.db");
        CliRun first = CliRun.Of("ingest", RepoPaths.InRepo("examples"), "--db", db);
        Assert.Equal(0, first.ExitCode);
        CliRun second = CliRun.Of("ingest", RepoPaths.InRepo("examples"), "--db", db);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains(" 0 new document(s)", second.Output);
        Assert.Equal(StoredCount(first.Output), StoredCount(second.Output));
        Assert.True(StoredCount(first.Output) >= 7);
    }

    [Fact]
    public void Ingest_DefaultStoreFromContext_IsUsedWithoutDbOption()
    {
        using var temp = new TempFolder();
        string db = temp.Combine("default.db");
        CliRun run = CliRun.With(db, "ingest", RepoPaths.InRepo("examples", "sahel-convoy-ambush.txt"));
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(db));
    }

    [Fact]
    public void Ingest_BadFileAmongGood_StoresTheGoodAndKeepsWhatWasStored()
    {
        using var temp = new TempFolder();
        string db = temp.Combine("events.db");
        Assert.Equal(0, CliRun.Of("ingest", RepoPaths.InRepo("examples", "sahel-convoy-ambush.txt"), "--db", db).ExitCode);
        string empty = temp.File("empty.txt", "");
        string good = temp.File("good.txt", "published: 2024-02-01\n\nProtesters marched in Bamako on Monday.");
        CliRun run = CliRun.Of("ingest", empty, good, "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{empty}: SR1003", run.Error);
        Assert.Equal(2, StoredCount(run.Output));
    }

    [Fact]
    public void Ingest_StoreIsNotADatabase_RefusesAndLeavesFileUntouched()
    {
        using var temp = new TempFolder();
        string notDb = temp.File("notes.db", "these are my notes, not a database\n");
        CliRun run = CliRun.Of("ingest", RepoPaths.InRepo("examples", "sahel-convoy-ambush.txt"), "--db", notDb);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(notDb, run.Error);
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(notDb));
    }

    [SharedDataFact("eval", "dev")]
    public void Ingest_DevCorpusTwice_SameDocumentCount()
    {
        using var temp = new TempFolder();
        string db = temp.Combine("dev.db");
        string dev = RepoPaths.SharedPath("eval", "dev")!;
        CliRun first = CliRun.Of("ingest", dev, "--db", db);
        CliRun second = CliRun.Of("ingest", dev, "--db", db);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        int txtFiles = Directory.GetFiles(dev, "*.txt").Length;
        Assert.Equal(txtFiles, StoredCount(first.Output));
        Assert.Equal(txtFiles, StoredCount(second.Output));
    }

    [Fact]
    public void Events_AfterIngest_AnswersInEveryFormat()
    {
        using var temp = new TempFolder();
        string db = temp.Combine("events.db");
        CliRun.Of("ingest", RepoPaths.InRepo("examples"), "--db", db);
        foreach (string format in new[] { "table", "json", "jsonl", "csv" })
        {
            CliRun run = CliRun.Of("events", "--db", db, "--format", format, "--country", "NER");
            Assert.Equal(0, run.ExitCode);
        }
        CliRun json = CliRun.Of("events", "--db", db, "--format", "json");
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(json.Output).RootElement.ValueKind);
    }

    [Fact]
    public void Events_NoStore_ExitsOneWithHint()
    {
        using var temp = new TempFolder();
        CliRun run = CliRun.Of("events", "--db", temp.Combine("absent.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("sitrep ingest", run.Error);
    }

    [Theory]
    [InlineData("--since", "yesterday")]
    [InlineData("--country", "Mali'; DROP TABLE events;--")]
    public void Events_BadFilter_ExitsTwo(string option, string value)
    {
        using var temp = new TempFolder();
        string db = temp.Combine("events.db");
        CliRun.Of("ingest", RepoPaths.InRepo("examples", "sahel-convoy-ambush.txt"), "--db", db);
        CliRun run = CliRun.Of("events", "--db", db, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(0, CliRun.Of("events", "--db", db).ExitCode);
    }

    private static int StoredCount(string output)
    {
        var match = System.Text.RegularExpressions.Regex.Match(output, @"now holds (\d+) document");
        Assert.True(match.Success, output);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
