using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

/// <summary>
/// Schema 5 and 6 fold each incident's child rows into its events row. Schema4/store.sql is the
/// dump of a store written by the schema 4 code (a fully coded event and a minimal one, an
/// incident merged from three outlets with one article revised, two imported events), and
/// Schema4/expected.txt is what that code read back from it.
/// </summary>
public class SqliteMigrationSixTests
{
    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sqlite", "Schema4", name));

    /// <summary>Writes the schema 4 store of the fixture to <paramref name="path"/>.</summary>
    internal static void WriteSchemaFourStore(string path) =>
        StoreSnapshot.Execute(path, Fixture("store.sql") + $"\nPRAGMA user_version = 4; PRAGMA application_id = {0x53495452};");

    [Fact]
    public void Open_VersionFourStore_ReturnsTheSameEventsAndRevisions()
    {
        using var temp = new TempStore();
        WriteSchemaFourStore(temp.Path);

        using SqliteEventStore store = SqliteEventStore.Open(temp.Path);

        Assert.Equal(SqliteEventStore.LatestSchemaVersion, store.SchemaVersion);
        Assert.Equal(Fixture("expected.txt"), Expected(store));
        Assert.Equal(0L, (long?)StoreSnapshot.Scalar(temp.Path, "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_bodies b WHERE b.pk = e.pk)"));
        Assert.Null(StoreSnapshot.Scalar(temp.Path, "SELECT name FROM sqlite_master WHERE name IN ('claims', 'evidence', 'event_sources')"));
    }

    [Fact]
    public void Open_VersionFourStore_FiltersFindTheMigratedEvents()
    {
        using var temp = new TempStore();
        WriteSchemaFourStore(temp.Path);

        using SqliteEventStore store = SqliteEventStore.Open(temp.Path);

        // "killing at least" is only in an evidence row of schema 4, not in any event's sentence.
        Assert.Single(store.QueryEvents(new EventQuery { Text = "KILLING AT LEAST" }));
        Assert.Single(store.QueryEvents(new EventQuery { Text = "bamako (wi" }));
        Assert.Single(store.QueryEvents(new EventQuery { Actor = "katiba" }));
        Assert.Equal(2, store.QueryEvents(new EventQuery { Actor = "jama'at nusrat" }).Count);
    }

    [Fact]
    public void Open_MigrationFails_LeavesVersionFourStoreUntouched()
    {
        using var temp = new TempStore();
        WriteSchemaFourStore(temp.Path);
        // A child row whose claim kind no Sitrep knows makes the body migration fail half way.
        StoreSnapshot.Execute(temp.Path, "PRAGMA ignore_check_constraints = ON; UPDATE claims SET what = 'rumour' WHERE rowid = (SELECT max(rowid) FROM claims)");
        string before = StoreSnapshot.Take(temp.Path);

        Assert.ThrowsAny<Exception>(() => SqliteEventStore.Open(temp.Path).Dispose());

        Assert.Equal(before, StoreSnapshot.Take(temp.Path));
        Assert.Equal(4L, (long?)StoreSnapshot.Scalar(temp.Path, "PRAGMA user_version"));
    }

    [Fact]
    public void Open_MigratedStore_MergesNewReportsIntoMigratedIncidents()
    {
        using var temp = new TempStore();
        WriteSchemaFourStore(temp.Path);
        using SqliteEventStore store = SqliteEventStore.Open(temp.Path);
        var other = IncidentFixtures.Article(IncidentFixtures.WireText + " Another outlet.", "https://other.example/b", "Other", new DateOnly(2025, 6, 6));

        IngestResult result = store.Ingest([Fixtures.Processed(other, IncidentFixtures.WireEvent(other))]);

        Assert.Equal(1, result.EventsMerged);
        StoredEvent merged = Assert.Single(store.QueryEvents(new EventQuery { EventId = "b408f9282cbfa4b24f04bff3-e1" }));
        Assert.Equal(4, merged.Sources.Length);
        Assert.Contains(merged.Sources, s => s.Outlet == "Other");
    }

    /// <summary>What the schema 4 code wrote to expected.txt: the store's contents, then each event's revisions.</summary>
    private static string Expected(IEventStore store)
    {
        var lines = new List<string> { StoreContents.Take(store) };
        foreach (StoredEvent e in store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit }))
            lines.Add(e.Event.Id + ": " + string.Join("; ", store.GetRevisions(e.Event.Id).Select(r => $"{r.Revision} {r.Change} {r.MergedInto}")));
        return string.Join("\n", lines) + "\n";
    }
}
