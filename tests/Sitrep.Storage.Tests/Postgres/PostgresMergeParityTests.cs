using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage.Json;
using Sitrep.Storage.Postgres;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;
using Sitrep.TestSupport;
using static Sitrep.Storage.Tests.Support.IncidentFixtures;

namespace Sitrep.Storage.Tests.Postgres;

/// <summary>
/// Runs the merging scenarios of the SQLite merge tests on both backends and requires the same
/// events (as exact JSON lines), the same ingest counts and the same revision histories.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresMergeParityTests
{
    private readonly Document _wire = Wire(), _local = Local(), _telegram = Telegram();

    private ProcessedDocument WireReport => Fixtures.Processed(_wire, WireEvent(_wire));
    private ProcessedDocument LocalReport => Fixtures.Processed(_local, LocalEvent(_local));
    private ProcessedDocument TelegramReport => Fixtures.Processed(_telegram, TelegramEvent(_telegram));

    /// <summary>What a scenario left behind: every event, every ingest result, every id's revisions (times left out).</summary>
    private static string Outcome(IEventStore store, IEnumerable<IngestResult> results)
    {
        IReadOnlyList<StoredEvent> events = store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit });
        IEnumerable<string> revisionIds = events.Select(e => e.Event.Id).Concat(LoggedIds);
        return string.Join("\n", events.Select(e => StoredEventJsonWriter.ToLine(e, exact: true))
            .Concat(results.Select(r => $"{r} merged={r.EventsMerged} revised={r.DocumentsRevised}"))
            .Concat(revisionIds.Distinct().Order(StringComparer.Ordinal).SelectMany(id => store.GetRevisions(id)
                .Select(r => $"{r.EventId} {r.Revision} {r.Change} {r.MergedInto} {r.DocumentId}"))));
    }

    private static readonly string[] LoggedIds = [.. new[] { Wire(), Local(), Telegram() }.SelectMany(d => new[] { $"{d.Id}-e1", $"{d.Id}-e2" })];

    private static void AssertSameOnBoth(Func<IEventStore, IEnumerable<IngestResult>> scenario)
    {
        using var temp = new TempStore();
        using var database = new TempPostgresDatabase();
        string sqlite, postgres;
        using (var store = SqliteEventStore.Open(temp.Path)) sqlite = Outcome(store, [.. scenario(store)]);
        using (var store = PostgresEventStore.Open(database.ConnectionString)) postgres = Outcome(store, [.. scenario(store)]);
        Assert.Equal(sqlite, postgres);
    }

    [PostgresFact]
    public void Ingest_ThreeAnglesInOneBatch_SameOnBothBackends() =>
        AssertSameOnBoth(s => [s.Ingest([TelegramReport, LocalReport, WireReport])]);

    [PostgresFact]
    public void Ingest_ThreeAnglesOneBatchEach_SameOnBothBackends() =>
        AssertSameOnBoth(s => [s.Ingest([LocalReport]), s.Ingest([TelegramReport]), s.Ingest([WireReport]), s.Ingest([WireReport, LocalReport])]);

    [PostgresFact]
    public void Ingest_ReportBridgingTwoIncidents_SameOnBothBackends()
    {
        Document early = Article("Day 4.", "https://x.example/4", "X", new DateOnly(2025, 6, 4));
        Document late = Article("Day 6.", "https://x.example/6", "X", new DateOnly(2025, 6, 6));
        Document middle = Article("Day 5.", "https://x.example/5", "X", new DateOnly(2025, 6, 5));
        ConflictEvent On(Document d, int day) => WireEvent(d) with { Date = EventDate.OnDay(new DateOnly(2025, 6, day)) };
        AssertSameOnBoth(s =>
        [
            s.Ingest([Fixtures.Processed(late, On(late, 6)), Fixtures.Processed(early, On(early, 4))]),
            s.Ingest([Fixtures.Processed(middle, On(middle, 5))]),
        ]);
    }

    [PostgresFact]
    public void Ingest_UpdatedAndWithdrawnArticles_SameOnBothBackends()
    {
        Document updated = Wire(WireText.Replace("at least 12", "15", StringComparison.Ordinal));
        AssertSameOnBoth(s =>
        [
            s.Ingest([WireReport, LocalReport]),
            s.Ingest([Fixtures.Processed(updated, WireEvent(updated) with { Fatalities = new FatalityCount(15, 15, 15) })]),
            s.Ingest([Fixtures.Processed(Local(LocalText + " Correction : l'attaque n'a pas eu lieu."))]),
            s.Ingest([Fixtures.Processed(Wire(WireText + " (Story withdrawn.)"))]),
        ]);
    }

    [PostgresFact]
    public void Ingest_TwoVersionsOfOneArticleInOneBatch_SameOnBothBackends()
    {
        Document updated = Wire(WireText.Replace("at least 12", "15", StringComparison.Ordinal));
        AssertSameOnBoth(s => [s.Ingest([WireReport, Fixtures.Processed(updated, WireEvent(updated) with { Fatalities = new FatalityCount(15, 15, 15) }), LocalReport])]);
    }

    [PostgresFact]
    public void Ingest_HundredIncidentsFromThreeOutlets_SameOnBothBackends()
    {
        ProcessedDocument[] Outlet(string name, int publishedOffset) => [.. Enumerable.Range(0, 100).Select(i =>
        {
            var day = new DateOnly(2020, 1, 1).AddDays(i * 3);
            Document d = Article($"{name} report {i}", $"https://{name}.example/{i}", name, day.AddDays(publishedOffset));
            return Fixtures.Processed(d, WireEvent(d) with { Date = EventDate.OnDay(day) });
        })];
        AssertSameOnBoth(s => [.. new[] { "wire", "local", "channel" }.Select(o => s.Ingest(Outlet(o, o.Length % 3)))]);
    }

    [PostgresFact]
    public void ImportEvents_ExportedEvents_SameOnBothBackends()
    {
        using var source = new TempStore();
        IReadOnlyList<StoredEvent> exported;
        using (var store = SqliteEventStore.Open(source.Path))
        {
            store.Ingest([WireReport, LocalReport, TelegramReport]);
            exported = store.QueryEvents(new EventQuery());
        }
        AssertSameOnBoth(s =>
        {
            ImportResult first = s.ImportEvents(exported);
            ImportResult second = s.ImportEvents(exported);
            Assert.Equal(new ImportResult(exported.Count, 0), first);
            Assert.Equal(new ImportResult(0, exported.Count), second);
            return [];
        });
    }
}
