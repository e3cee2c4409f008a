using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

/// <summary>Schema 7 keys event_actors by (event_pk, actor_id) WITHOUT ROWID and drops the indexes no statement reads.</summary>
public class SqliteMigrationSevenTests
{
    private static readonly SqliteMigrations UpToSix = new(SqliteMigrations.Embedded.Scripts.Take(6));

    /// <summary>The schema 4 fixture store, migrated to schema 6 by the embedded scripts.</summary>
    private static void WriteSchemaSixStore(string path)
    {
        SqliteMigrationSixTests.WriteSchemaFourStore(path);
        using SqliteEventStore six = SqliteEventStore.Open(path, UpToSix);
        Assert.Equal(6, six.SchemaVersion);
    }

    [Fact]
    public void Open_VersionSixStore_KeepsEveryEventActorAndRevision()
    {
        using var temp = new TempStore();
        WriteSchemaSixStore(temp.Path);
        string before;
        using (SqliteEventStore six = SqliteEventStore.Open(temp.Path, UpToSix)) before = Contents(six);
        object? actorRows = StoreSnapshot.Scalar(temp.Path, "SELECT count(*) FROM event_actors");

        using SqliteEventStore store = SqliteEventStore.Open(temp.Path);

        Assert.Equal(7, store.SchemaVersion);
        Assert.Equal(before, Contents(store));
        Assert.Equal(actorRows, StoreSnapshot.Scalar(temp.Path, "SELECT count(*) FROM event_actors"));
        Assert.Equal(1L, (long?)StoreSnapshot.Scalar(temp.Path, "SELECT count(*) FROM sqlite_master WHERE name = 'event_actors' AND sql LIKE '%WITHOUT ROWID'"));
        Assert.Equal(0L, (long?)StoreSnapshot.Scalar(temp.Path,
            "SELECT count(*) FROM sqlite_master WHERE name IN ('ix_event_actors_event', 'ix_documents_url', 'ix_documents_published')"));
        Assert.Equal(2, store.QueryEvents(new EventQuery { Actor = "jama'at nusrat" }).Count);
    }

    [Fact]
    public void Open_VersionSixStore_ActorRowsStillFollowDatesAndDeletes()
    {
        using var temp = new TempStore();
        WriteSchemaSixStore(temp.Path);
        using (SqliteEventStore.Open(temp.Path)) { }

        StoreSnapshot.Execute(temp.Path, "PRAGMA foreign_keys = ON; UPDATE events SET date_start = '1999-01-01', date_end = '1999-01-01' WHERE pk = (SELECT min(pk) FROM events)");
        Assert.Equal(0L, (long?)StoreSnapshot.Scalar(temp.Path,
            "SELECT count(*) FROM event_actors ea JOIN events e ON e.pk = ea.event_pk WHERE ea.date_start IS NOT e.date_start"));
        StoreSnapshot.Execute(temp.Path, "PRAGMA foreign_keys = ON; DELETE FROM reports; DELETE FROM events");
        Assert.Equal(0L, (long?)StoreSnapshot.Scalar(temp.Path, "SELECT count(*) FROM event_actors"));
    }

    [Fact]
    public void Open_MigrationFails_LeavesVersionSixStoreUntouched()
    {
        using var temp = new TempStore();
        WriteSchemaSixStore(temp.Path);
        // Without the index the script's last statement fails, after event_actors was rebuilt.
        StoreSnapshot.Execute(temp.Path, "DROP INDEX ix_documents_published");
        string before = StoreSnapshot.Take(temp.Path);

        Assert.ThrowsAny<Exception>(() => SqliteEventStore.Open(temp.Path).Dispose());

        Assert.Equal(before, StoreSnapshot.Take(temp.Path));
        Assert.Equal(6L, (long?)StoreSnapshot.Scalar(temp.Path, "PRAGMA user_version"));
        Assert.Equal(0L, (long?)StoreSnapshot.Scalar(temp.Path, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%WITHOUT ROWID'"));
    }

    private static string Contents(IEventStore store)
    {
        var lines = new List<string> { StoreContents.Take(store) };
        foreach (StoredEvent e in store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit }))
            lines.Add(e.Event.Id + ": " + string.Join("; ", store.GetRevisions(e.Event.Id).Select(r => $"{r.Revision} {r.Change} {r.MergedInto}")));
        return string.Join("\n", lines);
    }
}
