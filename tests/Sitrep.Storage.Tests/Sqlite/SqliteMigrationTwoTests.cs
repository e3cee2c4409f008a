using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;
using static Sitrep.Storage.Tests.Support.IncidentFixtures;

namespace Sitrep.Storage.Tests.Sqlite;

public class SqliteMigrationTwoTests
{
    [Fact]
    public void Open_VersionOneStore_GivesEveryEventAReportAndACreatedRevision()
    {
        using var temp = new TempStore();
        var wire = Wire();
        var local = Local();
        using (SqliteEventStore store = SqliteEventStore.Open(temp.Path))
        {
            store.Ingest([Fixtures.Processed(wire, WireEvent(wire))]);
        }
        // Take the file back to schema 1 as an older Sitrep wrote it: events without reports or revisions.
        StoreSnapshot.Execute(temp.Path, "PRAGMA user_version = 1; " + SqliteMigrationFourTests.UndoFour + " DROP INDEX ix_events_span; DROP INDEX ix_events_date; DROP INDEX ix_events_country_date; " +
            "CREATE INDEX ix_events_date ON events (date_start, date_end); CREATE INDEX ix_events_country_date ON events (country, date_start, date_end); DROP TABLE reports; DROP TABLE revisions; DROP INDEX ix_documents_source_key; ALTER TABLE documents DROP COLUMN superseded_by; ALTER TABLE documents DROP COLUMN source_key;");

        using SqliteEventStore migrated = SqliteEventStore.Open(temp.Path);
        migrated.Ingest([Fixtures.Processed(local, LocalEvent(local))]);

        Assert.Equal(SqliteEventStore.LatestSchemaVersion, migrated.SchemaVersion);
        Assert.Equal(RevisionChange.Created, migrated.GetRevisions(WireEvent(wire).Id)[0].Change);
        StoredEvent e = Assert.Single(migrated.QueryEvents(new EventQuery()));
        Assert.Equal(2, e.Sources.Length);
    }
}
