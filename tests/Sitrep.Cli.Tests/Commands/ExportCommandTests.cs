using System.Text.Json;
using Sitrep.Events.Export;
using Sitrep.TestSupport;

namespace Sitrep.Cli.Tests.Commands;

/// <summary>A store ingested once from examples/ through the real pipeline, shared by the export tests.</summary>
public sealed class ExampleStore : IDisposable
{
    private readonly TempFolder _temp = new();

    public ExampleStore()
    {
        Db = _temp.Combine("events.db");
        CliRun run = CliRun.Of("ingest", RepoPaths.InRepo("examples"), "--db", Db);
        Assert.Equal(0, run.ExitCode);
    }

    public string Db { get; }

    public void Dispose() => _temp.Dispose();
}

public class ExportCommandTests(ExampleStore store) : IClassFixture<ExampleStore>
{
    [Fact]
    public void Export_AcledCsvToFile_WritesAcledHeaderAndARowPerEvent()
    {
        using var temp = new TempFolder();
        string path = temp.Combine("events.csv");
        CliRun run = CliRun.Of("export", "--db", store.Db, "--format", "acled-csv", "--out", path);
        Assert.Equal(0, run.ExitCode);
        string[] lines = File.ReadAllText(path).Split("\r\n");
        Assert.Equal(string.Join(',', AcledRecord.Columns), lines[0]);
        int events = JsonLines(CliRun.Of("events", "--db", store.Db, "--format", "jsonl").Output).Length;
        Assert.True(events >= 5);
        Assert.Contains($"{events} event(s) exported as acled-csv", run.Error);
        Assert.Equal([path], Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Export_GeoJson_IsAFeatureCollectionWithLongitudeFirst()
    {
        CliRun run = CliRun.Of("export", "--db", store.Db, "--format", "geojson");
        Assert.Equal(0, run.ExitCode);
        JsonElement root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        JsonElement tripoli = root.GetProperty("features").EnumerateArray()
            .First(f => f.GetProperty("properties").GetProperty("country").GetString() == "Libya" && f.GetProperty("geometry").ValueKind == JsonValueKind.Object);
        JsonElement coordinates = tripoli.GetProperty("geometry").GetProperty("coordinates");
        Assert.InRange(coordinates[0].GetDouble(), 9, 26);
        Assert.InRange(coordinates[1].GetDouble(), 19, 34);
        Assert.Equal(434, tripoli.GetProperty("properties").GetProperty("iso").GetInt32());
        Assert.Equal("Northern Africa", tripoli.GetProperty("properties").GetProperty("region").GetString());
    }

    [Fact]
    public void Export_Jsonl_IsExactlyTheEventsCommandsJsonLines()
    {
        CliRun export = CliRun.Of("export", "--db", store.Db, "--format", "jsonl", "--country", "NER");
        CliRun events = CliRun.Of("events", "--db", store.Db, "--format", "jsonl", "--country", "NER");
        Assert.Equal(0, export.ExitCode);
        Assert.NotEmpty(JsonLines(export.Output));
        Assert.Equal(events.Output, export.Output);
    }

    [Fact]
    public void Export_Jsonl_ReimportsToTheSameEvents()
    {
        using var temp = new TempFolder();
        string path = temp.Combine("events.jsonl");
        string copy = temp.Combine("copy.db");
        Assert.Equal(0, CliRun.Of("export", "--db", store.Db, "--format", "jsonl", "--out", path).ExitCode);
        using (var reader = new StreamReader(path))
        using (Storage.IEventStore target = Storage.EventStores.Open(copy))
        {
            Storage.Json.StoredEventReadResult read = Storage.Json.StoredEventJsonReader.Read(reader, path);
            Assert.Empty(read.Problems);
            target.ImportEvents(read.Events);
        }
        CliRun again = CliRun.Of("export", "--db", copy, "--format", "jsonl");
        Assert.Equal(File.ReadAllText(path), again.Output);
    }

    [Fact]
    public void Export_Plover_EveryLineHasAPloverEventAndActors()
    {
        CliRun run = CliRun.Of("export", "--db", store.Db, "--format", "plover");
        Assert.Equal(0, run.ExitCode);
        string[] lines = JsonLines(run.Output);
        Assert.NotEmpty(lines);
        foreach (string line in lines)
        {
            JsonElement record = JsonDocument.Parse(line).RootElement;
            Assert.False(string.IsNullOrEmpty(record.GetProperty("event").GetString()));
            Assert.Equal(JsonValueKind.Array, record.GetProperty("source").ValueKind);
            Assert.Equal(JsonValueKind.Array, record.GetProperty("target").ValueKind);
            Assert.False(string.IsNullOrEmpty(record.GetProperty("eventLoc").GetProperty("country code").GetString()));
        }
    }

    [Fact]
    public void Export_FiltersAndLimit_KeepOnlyMatchingEvents()
    {
        CliRun niger = CliRun.Of("export", "--db", store.Db, "--format", "jsonl", "--country", "ner");
        Assert.All(JsonLines(niger.Output), line => Assert.Equal("NER", JsonDocument.Parse(line).RootElement.GetProperty("country").GetString()));
        CliRun one = CliRun.Of("export", "--db", store.Db, "--format", "jsonl", "--limit", "1");
        Assert.Single(JsonLines(one.Output));
        CliRun none = CliRun.Of("export", "--db", store.Db, "--format", "acled-csv", "--since", "2100-01-01");
        Assert.Equal(string.Join(',', AcledRecord.Columns) + "\r\n", none.Output);
    }

    [Fact]
    public void Export_ExistingOutFile_IsReplaced()
    {
        using var temp = new TempFolder();
        string path = temp.File("out.geojson", "old content");
        Assert.Equal(0, CliRun.Of("export", "--db", store.Db, "--format", "geojson", "--out", path).ExitCode);
        Assert.Equal("FeatureCollection", JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("--format", "xlsx")]
    [InlineData("--format", "jsonl", "--country", "Mali")]
    [InlineData("--format", "jsonl", "--since", "yesterday")]
    [InlineData("--format", "jsonl", "--limit", "0")]
    public void Export_BadArguments_AreUsageErrors(params string[] args)
    {
        CliRun run = CliRun.Of(["export", "--db", store.Db, .. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Export_NoFormat_IsAUsageError()
    {
        Assert.Equal(2, CliRun.Of("export", "--db", store.Db).ExitCode);
    }

    [Fact]
    public void Export_MissingStore_FailsWithoutCreatingIt()
    {
        using var temp = new TempFolder();
        string db = temp.Combine("none.db");
        CliRun run = CliRun.Of("export", "--db", db, "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Export_OutFolderMissing_FailsClearly()
    {
        using var temp = new TempFolder();
        string path = Path.Combine(temp.Path, "no", "such", "out.csv");
        CliRun run = CliRun.Of("export", "--db", store.Db, "--format", "acled-csv", "--out", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    private static string[] JsonLines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
