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

    [Theory]
    [InlineData(10)]
    [InlineData(int.MaxValue)]
    public void ImportEvents_EmptyStore_WritesReportsAndRevisionsAsPerEventPathDoes(int threshold)
    {
        // Every ACLED type and sub-type (the report's family); countries in capitals, in lower case, and one .NET upper-cases beyond ASCII.
        var events = new List<StoredEvent>();
        foreach (string type in Sitrep.Events.AcledTypology.EventTypes)
        {
            foreach (string subType in Sitrep.Events.AcledTypology.SubTypes[type])
            {
                StoredEvent e = SyntheticEvents.Imported(events.Count);
                string country = events.Count % 5 == 0 ? "çiv" : events.Count % 2 == 0 ? e.Event.Place.Country.ToUpperInvariant() : e.Event.Place.Country.ToLowerInvariant();
                events.Add(e with { Event = e.Event with { EventType = type, SubEventType = subType, Place = e.Event.Place with { Country = country } } });
            }
        }
        using SqliteEventStore perEvent = SqliteEventStore.Open(_temp.File("per-event.db"));
        perEvent.BulkIndexThreshold = threshold;
        perEvent.ImportEvents([events[0]]);
        perEvent.ImportEvents(events.Skip(1).ToList());
        using SqliteEventStore empty = SqliteEventStore.Open(_temp.File("empty.db"));
        empty.BulkIndexThreshold = threshold;

        empty.ImportEvents(events);

        const string Reports = "SELECT pk, id, document_id, event_pk, country, family, date_start, date_end, body FROM reports ORDER BY pk";
        const string Revisions = "SELECT id, event_id, revision, change, merged_into, document_id FROM revisions ORDER BY id";
        Assert.Equal(Rows(perEvent.Path, Reports), Rows(empty.Path, Reports));
        Assert.Equal(Rows(perEvent.Path, Revisions), Rows(empty.Path, Revisions));
        Assert.Contains(Rows(empty.Path, Reports), row => row.Contains("|ÇIV|", StringComparison.Ordinal));
        Assert.Equal(events.Count, Rows(empty.Path, Reports).Length);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(int.MaxValue)]
    public void ImportEvents_DocumentNeitherStoredNorASource_FailsAndLeavesStoreUnchanged(int threshold)
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);
        store.BulkIndexThreshold = threshold;
        StoredEvent orphan = SyntheticEvents.Imported(7) with { DocumentId = "not-stored" };
        StoredEvent[] events = [.. new SyntheticEvents.ImportedList(20).Where(e => e.Event.Id != orphan.Event.Id), orphan];

        StoreException error = Assert.Throws<StoreException>(() => store.ImportEvents(events));

        Assert.Equal(Sitrep.Errors.ErrorCodes.StoreWriteFailed, error.Code);
        Assert.Contains("not-stored", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.CountEvents());
        Assert.Equal(0, store.CountDocuments());
    }

    [Fact]
    public void ImportEvents_DocumentStoredButNotASource_Imports()
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);
        store.BulkIndexThreshold = 10;
        store.ImportEvents([SyntheticEvents.Imported(0)]);
        StoredEvent elsewhere = SyntheticEvents.Imported(100) with { DocumentId = SyntheticEvents.Imported(0).DocumentId };

        ImportResult result = store.ImportEvents([elsewhere, .. new SyntheticEvents.ImportedList(20).Skip(1)]);

        Assert.Equal(new ImportResult(20, 0), result);
        Assert.Equal(SyntheticEvents.Imported(0).DocumentId, store.QueryEvents(new EventQuery { EventId = elsewhere.Event.Id }).Single().DocumentId);
    }

    [Fact]
    public void ImportEvents_Afterwards_ConnectionsCheckForeignKeysAgain()
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);
        store.BulkIndexThreshold = 10;
        store.ImportEvents(new SyntheticEvents.ImportedList(30));

        using SqliteConnection connection = SqliteStoreFile.Connect(SqliteStoreFile.ConnectionString(store.Path));
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys";
        Assert.Equal(1L, (long)command.ExecuteScalar()!);
    }

    [Fact]
    public void Open_NewFile_Uses16KbPages()
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);

        using SqliteConnection connection = SqliteStoreFile.Connect(SqliteStoreFile.ConnectionString(store.Path));
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        Assert.Equal(16384L, (long)command.ExecuteScalar()!);
    }

    private static string[] Lines(IReadOnlyList<StoredEvent> events) =>
        [.. events.Select(e => Sitrep.Storage.Json.StoredEventJsonWriter.ToLine(e, exact: true))];

    private static string[] Rows(string path, string sql)
    {
        using SqliteConnection connection = SqliteStoreFile.Connect(SqliteStoreFile.ConnectionString(path));
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader r = command.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "NULL" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return [.. rows];
    }

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
