using Sitrep.Errors;
using Sitrep.Storage.Json;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;
using static Sitrep.Storage.Tests.Support.IncidentFixtures;

namespace Sitrep.Storage.Tests.Json;

public class StoredEventJsonReaderTests
{
    [Fact]
    public void ParseLine_ExactLine_ReadsBackEveryField()
    {
        var d = Fixtures.Article();
        var stored = new StoredEvent(Fixtures.FullEvent(d), d.Id.Value, [new EventSource(d.Id.Value, d.Metadata.Url, "Example News", new DateOnly(2025, 6, 6), d.Metadata.Source)]);

        StoredEvent read = StoredEventJsonReader.ParseLine(StoredEventJsonWriter.ToLine(stored, exact: true));

        Structural.AssertEqual(stored, read);
    }

    [Fact]
    public void Read_BadLines_AreProblemsNamingTheLine()
    {
        var d = Wire();
        string good = StoredEventJsonWriter.ToLine(Report(d, WireEvent(d)));
        string text = string.Join('\n', good, "", "not json", good.Replace("\"day\"", "\"fortnight\"", StringComparison.Ordinal), "[1]", good.Replace("\"date_end\":\"2025-06-04\"", "\"date_end\":\"2025-06-01\"", StringComparison.Ordinal));

        StoredEventReadResult result = StoredEventJsonReader.Read(new StringReader(text), "x.jsonl");

        Assert.Single(result.Events);
        Assert.Equal([3, 4, 5, 6], result.Problems.Select(p => p.Line!.Value));
        Assert.All(result.Problems, p => Assert.Equal(ErrorCodes.MalformedJsonLine, p.Code));
        Assert.Contains("fortnight", result.Problems[1].Message);
    }

    [Fact]
    public void ImportEvents_ExportedStore_RoundTripsEventsAndSources()
    {
        using var source = new TempStore();
        using var target = new TempStore();
        using var a = SqliteEventStore.Open(source.Path);
        using var b = SqliteEventStore.Open(target.Path);
        Sitrep.Documents.Document wire = Wire(), local = Local(), telegram = Telegram(), other = Fixtures.Article();
        a.Ingest([
            Fixtures.Processed(wire, WireEvent(wire)), Fixtures.Processed(local, LocalEvent(local)),
            Fixtures.Processed(telegram, TelegramEvent(telegram)), Fixtures.Processed(other, Fixtures.FullEvent(other), Fixtures.MinimalEvent(other)),
        ]);
        string[] exported = [.. a.QueryEvents(new EventQuery()).Select(e => StoredEventJsonWriter.ToLine(e))];
        StoredEventReadResult read = StoredEventJsonReader.Read(new StringReader(string.Join('\n', exported)), "export.jsonl");

        ImportResult first = b.ImportEvents(read.Events);
        ImportResult second = b.ImportEvents(read.Events);

        Assert.Empty(read.Problems);
        Assert.Equal(new ImportResult(3, 0), first);
        Assert.Equal(new ImportResult(0, 3), second);
        Assert.Equal(exported, b.QueryEvents(new EventQuery()).Select(e => StoredEventJsonWriter.ToLine(e)));
        Assert.Equal(3, Assert.Single(b.QueryEvents(new EventQuery { Country = "MLI", Actor = "JNIM", Since = new DateOnly(2025, 6, 4), Until = new DateOnly(2025, 6, 4) }), e => e.Sources.Length == 3).Sources.Length);
    }

    [Fact]
    public void ImportEvents_ThenIngestAnotherAngle_MergesIntoTheImportedIncident()
    {
        using var source = new TempStore();
        using var target = new TempStore();
        using var a = SqliteEventStore.Open(source.Path);
        using var b = SqliteEventStore.Open(target.Path);
        Sitrep.Documents.Document wire = Wire(), local = Local(), telegram = Telegram();
        a.Ingest([Fixtures.Processed(wire, WireEvent(wire)), Fixtures.Processed(local, LocalEvent(local))]);
        b.ImportEvents([.. a.QueryEvents(new EventQuery()).Select(e => StoredEventJsonReader.ParseLine(StoredEventJsonWriter.ToLine(e)))]);

        b.Ingest([Fixtures.Processed(telegram, TelegramEvent(telegram))]);

        StoredEvent e = Assert.Single(b.QueryEvents(new EventQuery()));
        Assert.Equal(WireEvent(wire).Id, e.Event.Id);
        Assert.Equal(3, e.Sources.Length);
    }
}
