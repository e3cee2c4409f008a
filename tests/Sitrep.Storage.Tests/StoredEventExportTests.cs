using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Export;

namespace Sitrep.Storage.Tests;

public class StoredEventExportTests
{
    [Fact]
    public void ToSourced_StoredEvent_KeepsEventDocumentAndEverySource()
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
        var stored = new StoredEvent(e, "d", [
            new EventSource("d", "https://example.org/x", "Wire", new DateOnly(2024, 3, 2), "https://example.org/x"),
            new EventSource("d2", null, null, null, "local.txt"),
        ]);
        SourcedEvent sourced = stored.ToSourced();
        Assert.Same(e, sourced.Event);
        Assert.Equal("d", sourced.DocumentId);
        Assert.Equal(
            [new SourceCitation("d", "https://example.org/x", "Wire", new DateOnly(2024, 3, 2), "https://example.org/x"), new SourceCitation("d2", null, null, null, "local.txt")],
            sourced.Sources.ToArray());
    }
}
