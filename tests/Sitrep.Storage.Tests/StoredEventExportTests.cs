using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Export;

namespace Sitrep.Storage.Tests;

public class StoredEventExportTests
{
    [Theory]
    [InlineData(ExportFormat.AcledCsv, "event_id_cnty,")]
    [InlineData(ExportFormat.GeoJson, "{\"type\":\"FeatureCollection\"")]
    [InlineData(ExportFormat.Jsonl, "{\"id\":\"d-e1\"")]
    public void Write_EachFormat_WritesTheStoredEvents(ExportFormat format, string start)
    {
        using var stream = new MemoryStream();
        int count = StoredEventExport.Write(stream, format, [Stored()], new AcledExportOptions());
        Assert.Equal(1, count);
        Assert.StartsWith(start, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void ToSourced_StoredEvent_KeepsEventDocumentAndEverySource()
    {
        StoredEvent stored = Stored();
        SourcedEvent sourced = stored.ToSourced();
        Assert.Same(stored.Event, sourced.Event);
        Assert.Equal("d", sourced.DocumentId);
        Assert.Equal(
            [new SourceCitation("d", "https://example.org/x", "Wire", new DateOnly(2024, 3, 2), "https://example.org/x"), new SourceCitation("d2", null, null, null, "local.txt")],
            sourced.Sources.ToArray());
    }

    private static StoredEvent Stored()
    {
        var e = new ConflictEvent
        {
            Id = "d-e1",
            EventType = AcledTypology.Battles,
            SubEventType = "Armed clash",
            Date = EventDate.OnDay(new DateOnly(2024, 3, 1)),
            Place = new EventPlace { Country = "MLI" },
            Span = new Span(0, 5),
        };
        return new StoredEvent(e, "d", [
            new EventSource("d", "https://example.org/x", "Wire", new DateOnly(2024, 3, 2), "https://example.org/x"),
            new EventSource("d2", null, null, null, "local.txt"),
        ]);
    }
}
