using Sitrep.TestSupport;

namespace Sitrep.Cli.Tests.Commands;

public class ImportCommandTests
{
    [Fact]
    public void Import_EventsExportedAsJsonl_GivesTheSameEventsAndSources()
    {
        using var temp = new TempFolder();
        string db = temp.Combine("events.db");
        Assert.Equal(0, CliRun.Of("ingest", RepoPaths.InRepo("examples"), "--db", db).ExitCode);
        CliRun export = CliRun.Of("events", "--db", db, "--format", "jsonl");
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("\"sources\"", export.Output);
        string file = temp.File("events.jsonl", export.Output);
        string copy = temp.Combine("copy.db");

        CliRun import = CliRun.Of("import", file, "--db", copy);
        CliRun again = CliRun.Of("import", file, "--db", copy);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains(" 0 already stored", import.Output);
        Assert.Contains("imported 0 event(s)", again.Output);
        Assert.Equal(export.Output, CliRun.Of("events", "--db", copy, "--format", "jsonl").Output);
    }

    [Fact]
    public void Import_FileWithBadLine_ImportsNothingAndNamesTheLine()
    {
        using var temp = new TempFolder();
        string db = temp.Combine("events.db");
        Assert.Equal(0, CliRun.Of("ingest", RepoPaths.InRepo("examples"), "--db", db).ExitCode);
        string[] lines = CliRun.Of("events", "--db", db, "--format", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string file = temp.File("bad.jsonl", lines[0] + "\n{\"id\": \"x\"}\n");
        string copy = temp.Combine("copy.db");

        CliRun run = CliRun.Of("import", file, "--db", copy);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.jsonl:2: SR1010", run.Error);
        Assert.False(File.Exists(copy));
    }
}
