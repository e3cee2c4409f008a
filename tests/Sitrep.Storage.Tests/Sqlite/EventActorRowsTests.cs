using Sitrep.Storage.Benchmarking;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

/// <summary>An import writes event_actors rows 32 to a statement; every row arrives, whatever the remainder.</summary>
public sealed class EventActorRowsTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(100)]
    public void ImportEvents_AnyRowCount_WritesEveryActorRow(int events)
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);
        // Each synthetic event names two actors: rows 2, 30, 32, 34 and 200 (a full statement and a remainder).
        store.ImportEvents(new SyntheticEvents.ImportedList(events));

        Assert.Equal((long)(2 * events), (long?)StoreSnapshot.Scalar(_temp.Path, "SELECT count(*) FROM event_actors"));
        Assert.Equal(0L, (long?)StoreSnapshot.Scalar(_temp.Path,
            "SELECT count(*) FROM event_actors ea JOIN events e ON e.pk = ea.event_pk WHERE ea.date_start IS NOT e.date_start"));
        // The actor filter matches substrings: "Armed Group 3" finds "Armed Group 31" too.
        int withActor = Enumerable.Range(0, events).Count(i => SyntheticEvents.Imported(i).Event.Actor1!.Name.StartsWith(SyntheticEvents.Actor(3), StringComparison.Ordinal));
        Assert.Equal(withActor, store.QueryEvents(new EventQuery { Actor = SyntheticEvents.Actor(3), Limit = EventQuery.MaxLimit }).Count);
    }

    [Fact]
    public void ImportEvents_IntoStoreWithIncidents_ThenMergeDeletesActorRowsWithTheirIncident()
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);
        store.ImportEvents(new SyntheticEvents.ImportedList(10));
        store.ImportEvents([.. Enumerable.Range(10, 7).Select(SyntheticEvents.Imported)]);

        Assert.Equal(34L, (long?)StoreSnapshot.Scalar(_temp.Path, "SELECT count(*) FROM event_actors"));
        StoreSnapshot.Execute(_temp.Path, "PRAGMA foreign_keys = ON; DELETE FROM reports; DELETE FROM events WHERE pk > 5");
        Assert.Equal(10L, (long?)StoreSnapshot.Scalar(_temp.Path, "SELECT count(*) FROM event_actors"));
    }
}
