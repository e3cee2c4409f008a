using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;
using static Sitrep.Storage.Tests.Support.IncidentFixtures;

namespace Sitrep.Storage.Tests.Sqlite;

public class SqliteMigrationFourTests
{
    /// <summary>SQL taking a store's event_actors back to schema 3.</summary>
    internal const string UndoFour =
        "DROP TRIGGER tr_events_date_start_actors; DROP INDEX ix_event_actors_actor_date; " +
        "CREATE INDEX ix_event_actors_actor ON event_actors (actor_id); ALTER TABLE event_actors DROP COLUMN date_start;";

    [Fact]
    public void Open_VersionThreeStore_CopiesEventDatesToActors()
    {
        using var temp = new TempStore();
        SqliteMigrationSixTests.WriteSchemaFourStore(temp.Path);
        StoreSnapshot.Execute(temp.Path, "PRAGMA user_version = 3; " + UndoFour);

        using SqliteEventStore migrated = SqliteEventStore.Open(temp.Path);

        Assert.Equal(SqliteEventStore.LatestSchemaVersion, migrated.SchemaVersion);
        Assert.Equal(0L, (long?)StoreSnapshot.Scalar(temp.Path,
            "SELECT count(*) FROM event_actors ea JOIN events e ON e.pk = ea.event_pk WHERE ea.date_start IS NOT e.date_start"));
        Assert.True((long?)StoreSnapshot.Scalar(temp.Path, "SELECT count(*) FROM event_actors") > 0);
    }

    [Fact]
    public void UpdateEventDate_ActorRowsFollow()
    {
        using var temp = new TempStore();
        var wire = Wire();
        using (SqliteEventStore store = SqliteEventStore.Open(temp.Path))
        {
            store.Ingest([Fixtures.Processed(wire, WireEvent(wire))]);
        }

        StoreSnapshot.Execute(temp.Path, "UPDATE events SET date_start = '1999-01-01'");

        Assert.Equal(0L, (long?)StoreSnapshot.Scalar(temp.Path,
            "SELECT count(*) FROM event_actors WHERE date_start IS NOT '1999-01-01'"));
    }
}
