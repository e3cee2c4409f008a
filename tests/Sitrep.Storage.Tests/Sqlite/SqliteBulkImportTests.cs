using Microsoft.Data.Sqlite;
using Sitrep.Storage.Benchmarking;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

/// <summary>An import into an empty store drops the explicit indexes and builds them again before it commits.</summary>
public sealed class SqliteBulkImportTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ImportEvents_EmptyStoreOnBulkPath_KeepsIndexesAndReadsBackLikeSmallImports()
    {
        using (SqliteEventStore small = SqliteEventStore.Open(_temp.File("small.db")))
        {
            small.BulkIndexThreshold = int.MaxValue;
            small.ImportEvents(new SyntheticEvents.ImportedList(200));
        }
        using SqliteEventStore bulk = SqliteEventStore.Open(_temp.File("bulk.db"));
        bulk.BulkIndexThreshold = 10;
        string[] indexesBefore = Indexes(bulk.Path);

        ImportResult result = bulk.ImportEvents(new SyntheticEvents.ImportedList(200));

        Assert.Equal(new ImportResult(200, 0), result);
        Assert.Equal(indexesBefore, Indexes(bulk.Path));
        using SqliteEventStore small2 = SqliteEventStore.Open(_temp.File("small.db"));
        var all = new EventQuery { Limit = EventQuery.MaxLimit };
        Assert.Equal(Lines(small2.QueryEvents(all)), Lines(bulk.QueryEvents(all)));
        Assert.Single(bulk.GetRevisions(SyntheticEvents.Imported(3).Event.Id));
    }

    [Fact]
    public void ImportEvents_EmptyStoreWithRepeatedIds_CountsRepeatsAsPresent()
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);
        store.BulkIndexThreshold = 10;
        StoredEvent[] events = [.. new SyntheticEvents.ImportedList(50), .. new SyntheticEvents.ImportedList(20)];

        ImportResult result = store.ImportEvents(events);

        Assert.Equal(new ImportResult(50, 20), result);
        Assert.Equal(50, store.CountEvents());
    }

    [Fact]
    public void ImportEvents_StoreNotEmpty_ChecksIdsAgainstTheStore()
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);
        store.BulkIndexThreshold = 10;
        store.ImportEvents(new SyntheticEvents.ImportedList(30));

        ImportResult result = store.ImportEvents(new SyntheticEvents.ImportedList(60));

        Assert.Equal(new ImportResult(30, 30), result);
        Assert.Equal(60, store.CountEvents());
    }

    private static string[] Lines(IReadOnlyList<StoredEvent> events) =>
        [.. events.Select(e => Sitrep.Storage.Json.StoredEventJsonWriter.ToLine(e, exact: true))];

    private static string[] Indexes(string path)
    {
        using SqliteConnection connection = SqliteStoreFile.Connect(SqliteStoreFile.ConnectionString(path));
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        using SqliteDataReader r = command.ExecuteReader();
        var names = new List<string>();
        while (r.Read()) names.Add(r.GetString(0));
        return [.. names];
    }
}
