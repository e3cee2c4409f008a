using System.Text;
using Sitrep.Events;
using Sitrep.Events.Export;
using Sitrep.Storage.Postgres;
using Sitrep.Storage.Tests.Support;
using Sitrep.TestSupport;

namespace Sitrep.Storage.Tests.Postgres;

/// <summary>Schema 3 stores an incident's admin2 as SQLite does: written by ingest and import, read by queries and exports.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresAdmin2Tests
{
    [PostgresFact]
    public void Open_SchemaTwoStoreWithEvent_AddsAdmin2AndKeepsTheEvent()
    {
        using var database = new TempPostgresDatabase();
        var v2 = new PostgresMigrations(PostgresMigrations.Embedded.Scripts.Take(2));
        using (PostgresEventStore.Open(PostgresLocation.Parse(database.ConnectionString), v2)) { }
        database.Run("""
            INSERT INTO documents (id, source, format, language, text, ingested_at, source_key)
            VALUES ('aaaaaaaaaaaaaaaaaaaaaaaa', 'old.txt', 'text', 'en', 'An old report.', now(), 'src:|old.txt');
            INSERT INTO events (id, document_id, event_type, sub_event_type, date_start, date_end, date_precision, country,
                admin1, geo_precision, background, aggregate, confidence, span_start, span_end, evidence, evidence_lower)
            VALUES ('old-e1', 'aaaaaaaaaaaaaaaaaaaaaaaa', 'Battles', 'Armed clash', '2025-06-04', '2025-06-04', 'day', 'MLI',
                'Gao', 'admin1', false, false, 0.5, 0, 5, 'An old', 'an old');
            """);

        using var migrated = PostgresEventStore.Open(database.ConnectionString);

        Assert.Equal(PostgresEventStore.LatestSchemaVersion, migrated.SchemaVersion);
        StoredEvent old = Assert.Single(migrated.QueryEvents(new EventQuery()));
        Assert.Equal("Gao", old.Event.Place.Admin1);
        Assert.Null(old.Event.Place.Admin2);
    }

    [PostgresFact]
    public void Ingest_EventWithAdmin2_QueryAndAcledExportReturnIt()
    {
        using var database = new TempPostgresDatabase();
        using var store = PostgresEventStore.Open(database.ConnectionString);
        var a = Fixtures.Article();
        store.Ingest([Fixtures.Processed(a, Fixtures.FullEvent(a))]);

        StoredEvent stored = Assert.Single(store.QueryEvents(new EventQuery()));
        using var csv = new MemoryStream();
        StoredEventExport.Write(csv, ExportFormat.AcledCsv, [stored], new AcledExportOptions());

        Assert.Equal("Commune III", stored.Event.Place.Admin2);
        string[] lines = Encoding.UTF8.GetString(csv.ToArray()).Split('\n');
        int column = Array.IndexOf(lines[0].Trim().Split(','), "admin2");
        Assert.Equal("Commune III", lines[1].Split(',')[column]);
    }

    [PostgresFact]
    public void ImportEvents_BulkPathAndIndexedTables_KeepAdmin2()
    {
        using var database = new TempPostgresDatabase();
        using var store = PostgresEventStore.Open(database.ConnectionString);
        store.BulkThreshold = 2;
        var a = Fixtures.Article();
        var b = Fixtures.Article(source: "other.txt");
        StoredEvent first = Imported(Fixtures.FullEvent(a) with { Id = "imported-e1" }, a);
        StoredEvent second = Imported(Fixtures.FullEvent(b) with { Id = "imported-e2" }, b);
        StoredEvent third = Imported(Fixtures.FullEvent(b) with { Id = "imported-e3", Place = first.Event.Place with { Admin2 = "Commune V" } }, b);

        Assert.True(store.Import([first, second]).Bulk);
        Assert.False(store.Import([third]).Bulk);

        var admin2 = store.QueryEvents(new EventQuery()).ToDictionary(e => e.Event.Id, e => e.Event.Place.Admin2);
        Assert.Equal("Commune III", admin2["imported-e1"]);
        Assert.Equal("Commune V", admin2["imported-e3"]);
    }

    private static StoredEvent Imported(ConflictEvent e, Sitrep.Documents.Document d) =>
        new(e, d.Id.Value, [new EventSource(d.Id.Value, d.Metadata.Url, d.Metadata.Outlet, d.Metadata.Published, d.Metadata.Source)]);
}
