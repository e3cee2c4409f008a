using Sitrep.Errors;
using Sitrep.Storage.Benchmarking;
using Sitrep.Storage.Json;
using Sitrep.Storage.Postgres;
using Sitrep.TestSupport;

namespace Sitrep.Storage.Tests.Postgres;

/// <summary>
/// A large import into a store that holds incidents COPYs into staging tables and moves the rows
/// on with INSERT … SELECT; the result must equal COPY into the indexed tables, and a failure must
/// leave the store as it was.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresStagingTests : IDisposable
{
    private readonly TempPostgresDatabase? _database;
    private readonly TempPostgresDatabase? _reference;

    public PostgresStagingTests()
    {
        if (TestPostgres.ConnectionString is null) return;
        _database = new TempPostgresDatabase();
        _reference = new TempPostgresDatabase();
    }

    public void Dispose()
    {
        _database?.Dispose();
        _reference?.Dispose();
    }

    private static PostgresEventStore OpenPopulated(TempPostgresDatabase database, bool staged)
    {
        PostgresEventStore store = PostgresEventStore.Open(database.ConnectionString);
        store.ImportEvents(new SyntheticEvents.ImportedList(30));
        store.StagingThreshold = staged ? 10 : int.MaxValue;
        return store;
    }

    [PostgresFact]
    public void Import_PopulatedStore_StagesAndReadsBackLikeIndexedImport()
    {
        using (PostgresEventStore indexed = OpenPopulated(_reference!, staged: false))
        {
            PostgresImportReport direct = indexed.Import(new SyntheticEvents.ImportedList(90));
            Assert.False(direct.Staged);
        }
        using PostgresEventStore store = OpenPopulated(_database!, staged: true);

        PostgresImportReport report = store.Import(new SyntheticEvents.ImportedList(90));

        Assert.True(report.Staged);
        Assert.False(report.Bulk);
        Assert.Equal(new ImportResult(60, 30), report.Result);
        using PostgresEventStore reference = PostgresEventStore.Open(_reference!.ConnectionString);
        var all = new EventQuery { Limit = EventQuery.MaxLimit };
        Assert.Equal(Lines(reference.QueryEvents(all)), Lines(store.QueryEvents(all)));
        Assert.Equal(Rows(_reference), Rows(_database!));
        Assert.Equal(reference.CountDocuments(), store.CountDocuments());
        Assert.Single(store.GetRevisions(SyntheticEvents.Imported(70).Event.Id));
        Assert.Equal(0L, StagingTables(_database!));
    }

    [PostgresFact]
    public void ImportEvents_BadRowOnStagedPath_LeavesStoreAsItWas()
    {
        using PostgresEventStore store = OpenPopulated(_database!, staged: true);
        string before = Snapshot(store, _database!);
        StoredEvent[] events = [.. new SyntheticEvents.ImportedList(100)];
        events[70] = events[70] with { Event = events[70].Event with { Confidence = 1.5 } };

        StoreException error = Assert.Throws<StoreException>(() => store.ImportEvents(events));

        Assert.Equal(ErrorCodes.StoreWriteFailed, error.Code);
        Assert.Equal(before, Snapshot(store, _database!));
        Assert.Equal(0L, StagingTables(_database!));
        Assert.Equal(new ImportResult(70, 30), store.ImportEvents(new SyntheticEvents.ImportedList(100)));
    }

    [PostgresFact]
    public void ImportEvents_ForeignKeyBrokenOnStagedPath_LeavesStoreAsItWas()
    {
        using PostgresEventStore store = OpenPopulated(_database!, staged: true);
        string before = Snapshot(store, _database!);
        StoredEvent[] events = [.. new SyntheticEvents.ImportedList(100)];
        events[40] = events[40] with { DocumentId = "no-such-document" };

        Assert.Throws<StoreException>(() => store.ImportEvents(events));

        Assert.Equal(before, Snapshot(store, _database!));
    }

    [PostgresFact]
    public void ImportEvents_CancelledOnStagedPath_LeavesStoreAsItWas()
    {
        using PostgresEventStore store = OpenPopulated(_database!, staged: true);
        string before = Snapshot(store, _database!);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => store.ImportEvents(new SyntheticEvents.ImportedList(100), cancel.Token));

        Assert.Equal(before, Snapshot(store, _database!));
    }

    private static string[] Lines(IReadOnlyList<StoredEvent> events) =>
        [.. events.Select(e => StoredEventJsonWriter.ToLine(e, exact: true))];

    private static string Snapshot(PostgresEventStore store, TempPostgresDatabase database) =>
        string.Join('\n', Lines(store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit }))) + "\n" + Rows(database) + " " + store.CountDocuments();

    private static string Rows(TempPostgresDatabase database) => (string)database.Scalar("""
        SELECT concat_ws(' ', (SELECT count(*) FROM events), (SELECT count(*) FROM event_sources), (SELECT count(*) FROM event_actors),
            (SELECT count(*) FROM event_actor_aliases), (SELECT count(*) FROM claims), (SELECT count(*) FROM claim_by),
            (SELECT count(*) FROM evidence), (SELECT count(*) FROM reports), (SELECT count(*) FROM revisions))
        """)!;

    // Temporary tables of any session, so one left behind by the store's pooled connection counts too.
    private static long StagingTables(TempPostgresDatabase database) =>
        (long)database.Scalar("SELECT count(*) FROM pg_class WHERE relname LIKE 'staging\\_%' AND relpersistence = 't'")!;
}
