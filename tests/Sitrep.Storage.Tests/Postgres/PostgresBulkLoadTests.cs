using Sitrep.Storage.Benchmarking;
using Sitrep.Storage.Json;
using Sitrep.Storage.Postgres;
using Sitrep.TestSupport;

namespace Sitrep.Storage.Tests.Postgres;

/// <summary>
/// A large import into a store without incidents drops the indexes and constraints of the tables
/// it fills and rebuilds them before the commit; the result must equal an import into the indexed
/// tables, and a failure must leave the store as it was, its indexes and constraints included.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresBulkLoadTests : IDisposable
{
    private readonly TempPostgresDatabase? _database;
    private readonly TempPostgresDatabase? _reference;

    public PostgresBulkLoadTests()
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

    private PostgresEventStore OpenBulk(TempPostgresDatabase? database = null)
    {
        PostgresEventStore store = PostgresEventStore.Open((database ?? _database!).ConnectionString);
        store.BulkThreshold = 10;
        return store;
    }

    [PostgresFact]
    public void Import_EmptyStore_TakesBulkPathAndReadsBackLikeIndexedImport()
    {
        using (PostgresEventStore indexed = PostgresEventStore.Open(_reference!.ConnectionString))
        {
            indexed.BulkThreshold = int.MaxValue;
            Assert.False(indexed.Import(new SyntheticEvents.ImportedList(200)).Bulk);
        }
        using PostgresEventStore bulk = OpenBulk();
        string schemaBefore = Schema(_database!);

        PostgresImportReport report = bulk.Import(new SyntheticEvents.ImportedList(200));

        Assert.True(report.Bulk);
        Assert.Equal(new ImportResult(200, 0), report.Result);
        Assert.Equal(schemaBefore, Schema(_database!));
        Assert.Equal(Schema(_reference), Schema(_database!));
        using PostgresEventStore reference = PostgresEventStore.Open(_reference.ConnectionString);
        var all = new EventQuery { Limit = EventQuery.MaxLimit };
        Assert.Equal(Lines(reference.QueryEvents(all)), Lines(bulk.QueryEvents(all)));
        Assert.Equal(reference.CountDocuments(), bulk.CountDocuments());
        Assert.Single(bulk.GetRevisions(SyntheticEvents.Imported(3).Event.Id));
        Assert.Equal(Rows(_reference), Rows(_database!));
    }

    [PostgresFact]
    public void Import_DeletedIncidentsHistory_NumbersRevisionsOnFromStoredOnes()
    {
        using PostgresEventStore store = OpenBulk();
        string id = SyntheticEvents.Imported(3).Event.Id;
        _database!.Run($"""
            INSERT INTO revisions (event_id, revision, change, at) VALUES ('{id}', 1, 'created', now()), ('{id}', 2, 'deleted', now())
            """);

        Assert.True(store.Import(new SyntheticEvents.ImportedList(20)).Bulk);

        Assert.Equal([1, 2, 3], store.GetRevisions(id).Select(r => r.Revision));
        Assert.Equal(RevisionChange.Created, store.GetRevisions(id)[^1].Change);
        Assert.Equal([1], store.GetRevisions(SyntheticEvents.Imported(4).Event.Id).Select(r => r.Revision));
    }

    [PostgresFact]
    public void Import_StoreWithDocumentsButNoIncidents_KeepsTheDocumentsAndAddsTheOtherStubs()
    {
        using PostgresEventStore store = OpenBulk();
        string kept = SyntheticEvents.Imported(0).Sources[0].DocumentId;
        _database!.Run($"""
            INSERT INTO documents (id, source, format, language, text, ingested_at) VALUES ('{kept}', 'kept.txt', 'text', 'en', 'the stored text', now())
            """);
        using (PostgresEventStore reference = PostgresEventStore.Open(_reference!.ConnectionString)) reference.ImportEvents(new SyntheticEvents.ImportedList(40));

        Assert.True(store.Import(new SyntheticEvents.ImportedList(40)).Bulk);

        Assert.Equal("the stored text", store.GetDocument(kept)!.Text);
        using PostgresEventStore check = PostgresEventStore.Open(_reference.ConnectionString);
        Assert.Equal(check.CountDocuments(), store.CountDocuments());
        Assert.Equal(40, store.CountEvents());
    }

    [PostgresFact]
    public void Import_EmptyStoreWithRepeatedIds_CountsRepeatsAsPresent()
    {
        using PostgresEventStore store = OpenBulk();
        StoredEvent[] events = [.. new SyntheticEvents.ImportedList(50), .. new SyntheticEvents.ImportedList(20)];

        PostgresImportReport report = store.Import(events);

        Assert.True(report.Bulk);
        Assert.Equal(new ImportResult(50, 20), report.Result);
        Assert.Equal(50, store.CountEvents());
    }

    [PostgresFact]
    public void Import_StoreNotEmpty_ChecksIdsAgainstTheStoreOnIndexedTables()
    {
        using PostgresEventStore store = OpenBulk();
        store.ImportEvents(new SyntheticEvents.ImportedList(30));

        PostgresImportReport report = store.Import(new SyntheticEvents.ImportedList(60));

        Assert.False(report.Bulk);
        Assert.Equal(new ImportResult(30, 30), report.Result);
        Assert.Equal(60, store.CountEvents());
    }

    [PostgresFact]
    public void ImportEvents_BadRowOnBulkPath_LeavesStoreAndSchemaAsTheyWere()
    {
        using PostgresEventStore store = OpenBulk();
        string schemaBefore = Schema(_database!);
        StoredEvent[] events = [.. new SyntheticEvents.ImportedList(100)];
        events[70] = events[70] with { Event = events[70].Event with { Confidence = 1.5 } };

        StoreException error = Assert.Throws<StoreException>(() => store.ImportEvents(events));

        Assert.Contains(events[70].Event.Id, error.Message, StringComparison.Ordinal);
        Assert.Equal(schemaBefore, Schema(_database!));
        Assert.Equal("0 0 0 0", Rows(_database!));
        Assert.Equal(0, store.CountDocuments());
        Assert.Equal(new ImportResult(100, 0), store.ImportEvents(new SyntheticEvents.ImportedList(100)));
    }

    [PostgresFact]
    public void ImportEvents_ForeignKeyBrokenFoundByRebuild_LeavesStoreAndSchemaAsTheyWere()
    {
        using PostgresEventStore store = OpenBulk();
        string schemaBefore = Schema(_database!);
        StoredEvent[] events = [.. new SyntheticEvents.ImportedList(100)];
        // Its document is neither stored nor among its sources, so no stub is written for it.
        events[40] = events[40] with { DocumentId = "no-such-document" };

        Assert.Throws<StoreException>(() => store.ImportEvents(events));

        Assert.Equal(schemaBefore, Schema(_database!));
        Assert.Equal("0 0 0 0", Rows(_database!));
        Assert.Equal(0, store.CountDocuments());
    }

    [PostgresFact]
    public void ImportEvents_Cancelled_LeavesStoreAndSchemaAsTheyWere()
    {
        using PostgresEventStore store = OpenBulk();
        string schemaBefore = Schema(_database!);
        using var cancel = new CancellationTokenSource();
        StoredEvent[] events = [.. new SyntheticEvents.ImportedList(100)];

        Assert.ThrowsAny<OperationCanceledException>(() => store.ImportEvents(new CancellingList(events, 60, cancel), cancel.Token));

        Assert.Equal(schemaBefore, Schema(_database!));
        Assert.Equal("0 0 0 0", Rows(_database!));
    }

    /// <summary>A list that cancels when its <c>at</c>-th item is read, after the bulk path dropped the indexes.</summary>
    private sealed class CancellingList(StoredEvent[] items, int at, CancellationTokenSource cancel) : IReadOnlyList<StoredEvent>
    {
        public int Count => items.Length;

        public StoredEvent this[int index] => items[index];

        public IEnumerator<StoredEvent> GetEnumerator()
        {
            for (int i = 0; i < items.Length; i++)
            {
                if (i == at) cancel.Cancel();
                yield return items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static string[] Lines(IReadOnlyList<StoredEvent> events) =>
        [.. events.Select(e => StoredEventJsonWriter.ToLine(e, exact: true))];

    /// <summary>Every constraint and index of the store's tables, as the catalog defines them.</summary>
    private static string Schema(TempPostgresDatabase database) => (string)database.Scalar("""
        SELECT string_agg(d, E'\n' ORDER BY d) FROM (
            SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d
            FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()) s
        """)!;

    private static string Rows(TempPostgresDatabase database) => (string)database.Scalar("""
        SELECT concat_ws(' ', (SELECT count(*) FROM events), (SELECT count(*) FROM event_actors),
            (SELECT count(*) FROM reports), (SELECT count(*) FROM revisions))
        """)!;
}
