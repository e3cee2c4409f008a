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
        SqliteMigrationSixTests.WriteSchemaFourStore(temp.Path);
        var other = Article(WireText + " Another outlet.", "https://other.example/b", "Other", new DateOnly(2025, 6, 6));
        // Take the file back to schema 1 as an older Sitrep wrote it: events without reports or revisions.
        StoreSnapshot.Execute(temp.Path, "PRAGMA user_version = 1; " + SqliteMigrationFourTests.UndoFour + " DROP INDEX ix_events_span; DROP INDEX ix_events_date; DROP INDEX ix_events_country_date; " +
            "CREATE INDEX ix_events_date ON events (date_start, date_end); CREATE INDEX ix_events_country_date ON events (country, date_start, date_end); DROP TABLE reports; DROP TABLE revisions; DROP INDEX ix_documents_source_key; ALTER TABLE documents DROP COLUMN superseded_by; ALTER TABLE documents DROP COLUMN source_key;");

        using SqliteEventStore migrated = SqliteEventStore.Open(temp.Path);
        IngestResult result = migrated.Ingest([Fixtures.Processed(other, WireEvent(other))]);

        Assert.Equal(SqliteEventStore.LatestSchemaVersion, migrated.SchemaVersion);
        Assert.Equal(1, result.EventsMerged);
        IReadOnlyList<StoredEvent> events = migrated.QueryEvents(new EventQuery());
        Assert.Equal(5, events.Count);
        Assert.All(events, e => Assert.Equal(RevisionChange.Created, migrated.GetRevisions(e.Event.Id)[0].Change));
        Assert.Equal(4, events.Single(e => e.Event.Id == "b408f9282cbfa4b24f04bff3-e1").Sources.Length);
    }
}
