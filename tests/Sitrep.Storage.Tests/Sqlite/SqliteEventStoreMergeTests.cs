using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Storage.Json;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;
using static Sitrep.Storage.Tests.Support.IncidentFixtures;

namespace Sitrep.Storage.Tests.Sqlite;

public sealed class SqliteEventStoreMergeTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly SqliteEventStore _store;
    private readonly Document _wire = Wire(), _local = Local(), _telegram = Telegram();

    public SqliteEventStoreMergeTests() => _store = SqliteEventStore.Open(_temp.Path);

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private ProcessedDocument WireReport => Fixtures.Processed(_wire, WireEvent(_wire));
    private ProcessedDocument LocalReport => Fixtures.Processed(_local, LocalEvent(_local));
    private ProcessedDocument TelegramReport => Fixtures.Processed(_telegram, TelegramEvent(_telegram));

    private static string[] Lines(IEventStore store) =>
        [.. store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit }).Select(e => StoredEventJsonWriter.ToLine(e, exact: true))];

    [Fact]
    public void Ingest_ThreeAnglesOnOneIncident_StoresOneEventWithEverySource()
    {
        IngestResult result = _store.Ingest([TelegramReport, LocalReport, WireReport]);

        StoredEvent e = Assert.Single(_store.QueryEvents(new EventQuery()));
        Assert.Equal(2, result.EventsMerged);
        Assert.Equal(WireEvent(_wire).Id, e.Event.Id);
        Assert.Equal(_wire.Id.Value, e.DocumentId);
        Assert.Equal(["Wire", "Le Local", "Telegram: example_channel"], e.Sources.Select(s => s.Outlet));
        Assert.Equal(new FatalityCount(12, 12, 40), e.Event.Fatalities);
        Assert.Equal(3, e.Event.Claims.Length);
        Assert.Equal(1L, StoreSnapshot.Scalar(_temp.Path, "SELECT count(*) FROM events"));
        Assert.Equal(3L, StoreSnapshot.Scalar(_temp.Path, "SELECT count(*) FROM reports"));
        Assert.Equal(3L, StoreSnapshot.Scalar(_temp.Path, "SELECT count(DISTINCT document_id) FROM reports"));
    }

    [Fact]
    public void Ingest_AnyOrderOrBatching_GivesTheSameEvents()
    {
        ProcessedDocument[][] orders =
        [
            [WireReport, LocalReport, TelegramReport], [TelegramReport, LocalReport, WireReport],
            [LocalReport, TelegramReport, WireReport], [TelegramReport, WireReport, LocalReport],
        ];
        var results = new List<string[]>();
        foreach (ProcessedDocument[] order in orders)
        {
            using var temp = new TempStore();
            using var store = SqliteEventStore.Open(temp.Path);
            foreach (ProcessedDocument item in order) store.Ingest([item]);
            results.Add(Lines(store));
        }
        _store.Ingest([LocalReport, WireReport, TelegramReport]);
        results.Add(Lines(_store));

        Assert.Single(results[0]);
        Assert.All(results, r => Assert.Equal(results[0], r));
    }

    [Fact]
    public void Ingest_SameArticlesAgain_ChangesNothing()
    {
        _store.Ingest([WireReport, LocalReport]);
        string before = StoreSnapshot.Take(_temp.Path);

        IngestResult again = _store.Ingest([LocalReport, WireReport, LocalReport]);

        Assert.Equal(new IngestResult(0, 3, 0, 3), again);
        Assert.Equal(before, StoreSnapshot.Take(_temp.Path));
    }

    [Fact]
    public void Ingest_FarTownOtherDayOrOtherType_StaysSeparate()
    {
        Document gao = Article("Militants attacked the army in Gao on Wednesday.", "https://x.example/gao", "X", new DateOnly(2025, 6, 5));
        Document later = Article("Another attack on Boulkessi on Saturday.", "https://x.example/later", "X", new DateOnly(2025, 6, 8));
        Document protest = Article("Residents of Boulkessi protested on Wednesday.", "https://x.example/protest", "X", new DateOnly(2025, 6, 5));

        _store.Ingest([
            WireReport,
            Fixtures.Processed(gao, LocalEvent(gao) with { Place = Place(Gao, GeoPrecision.Exact, "Gao") }),
            Fixtures.Processed(later, LocalEvent(later) with { Date = EventDate.OnDay(new DateOnly(2025, 6, 7)) }),
            Fixtures.Processed(protest, LocalEvent(protest) with { EventType = AcledTypology.Protests, SubEventType = "Peaceful protest" }),
        ]);

        Assert.Equal(4, _store.CountEvents());
        Assert.All(_store.QueryEvents(new EventQuery()), e => Assert.Single(e.Sources));
    }

    [Fact]
    public void Ingest_ReportBridgingTwoIncidents_MergesThemAndRecordsTheMerge()
    {
        Document early = Article("Day 4.", "https://x.example/4", "X", new DateOnly(2025, 6, 4));
        Document late = Article("Day 6.", "https://x.example/6", "X", new DateOnly(2025, 6, 6));
        Document middle = Article("Day 5.", "https://x.example/5", "X", new DateOnly(2025, 6, 5));
        ConflictEvent On(Document d, int day) => WireEvent(d) with { Date = EventDate.OnDay(new DateOnly(2025, 6, day)) };
        _store.Ingest([Fixtures.Processed(late, On(late, 6)), Fixtures.Processed(early, On(early, 4))]);
        Assert.Equal(2, _store.CountEvents());

        _store.Ingest([Fixtures.Processed(middle, On(middle, 5))]);

        StoredEvent e = Assert.Single(_store.QueryEvents(new EventQuery()));
        Assert.Equal(On(early, 4).Id, e.Event.Id);
        Assert.Equal(3, e.Sources.Length);
        EventRevision merged = _store.GetRevisions(On(late, 6).Id)[^1];
        Assert.Equal(RevisionChange.Merged, merged.Change);
        Assert.Equal(e.Event.Id, merged.MergedInto);
        Assert.Equal(middle.Id.Value, merged.DocumentId);
        Assert.Equal([RevisionChange.Created, RevisionChange.Updated], _store.GetRevisions(e.Event.Id).Select(r => r.Change));
    }

    [Fact]
    public void Ingest_UpdatedArticle_RevisesItsEventKeepingTheId()
    {
        _store.Ingest([WireReport, LocalReport]);
        string id = Assert.Single(_store.QueryEvents(new EventQuery())).Event.Id;
        Document updated = Wire(WireText.Replace("at least 12", "15", StringComparison.Ordinal));

        IngestResult result = _store.Ingest([Fixtures.Processed(updated, WireEvent(updated) with { Fatalities = new FatalityCount(15, 15, 15) })]);

        StoredEvent e = Assert.Single(_store.QueryEvents(new EventQuery()));
        Assert.Equal(1, result.DocumentsRevised);
        Assert.Equal(id, e.Event.Id);
        Assert.Equal(new FatalityCount(15, 15, 20), e.Event.Fatalities);
        Assert.Equal([updated.Id.Value, _local.Id.Value], e.Sources.Select(s => s.DocumentId));
        Assert.Equal(updated.Id.Value, e.DocumentId);
        Assert.Equal([RevisionChange.Created, RevisionChange.Updated, RevisionChange.Updated], _store.GetRevisions(id).Select(r => r.Change));
        Assert.Equal(updated.Id.Value, _store.GetRevisions(id)[^1].DocumentId);
        Assert.Equal(updated.Id.Value, StoreSnapshot.Scalar(_temp.Path, $"SELECT superseded_by FROM documents WHERE id = '{_wire.Id}'"));
    }

    [Fact]
    public void Ingest_UpdatedArticleWithoutTheEvent_WithdrawsItsSourceOrDeletesTheEvent()
    {
        _store.Ingest([WireReport, LocalReport]);
        string id = WireEvent(_wire).Id;

        _store.Ingest([Fixtures.Processed(Local(LocalText + " Correction : l'attaque n'a pas eu lieu."))]);
        StoredEvent e = Assert.Single(_store.QueryEvents(new EventQuery()));
        Assert.Equal([_wire.Id.Value], e.Sources.Select(s => s.DocumentId));
        Assert.Equal(new FatalityCount(12, 12, null), e.Event.Fatalities);

        _store.Ingest([Fixtures.Processed(Wire(WireText + " (Story withdrawn.)"))]);
        Assert.Empty(_store.QueryEvents(new EventQuery()));
        Assert.Equal(0, _store.CountEvents());
        EventRevision last = _store.GetRevisions(id)[^1];
        Assert.Equal(RevisionChange.Deleted, last.Change);
        Assert.Equal(4, last.Revision);
    }

    [Fact]
    public void Ingest_FailingEventInMergingBatch_LeavesStoreUntouched()
    {
        _store.Ingest([WireReport]);
        string before = StoreSnapshot.Take(_temp.Path);

        var ex = Assert.Throws<StoreException>(() => _store.Ingest([
            LocalReport, Fixtures.Processed(_telegram, TelegramEvent(_telegram) with { Confidence = 2 })]));

        Assert.Equal(ErrorCodes.StoreWriteFailed, ex.Code);
        Assert.Equal(before, StoreSnapshot.Take(_temp.Path));
    }

    [Fact]
    public void Ingest_ThousandEventsFromThreeSources_GivesThousandEventsWithThreeSourcesEach()
    {
        const int Incidents = 1000;
        ProcessedDocument[] Outlet(string name, int publishedOffset) => [.. Enumerable.Range(0, Incidents).Select(i =>
        {
            var day = new DateOnly(2020, 1, 1).AddDays(i * 3);
            Document d = Article($"{name} report {i}", $"https://{name}.example/{i}", name, day.AddDays(publishedOffset));
            return Fixtures.Processed(d, WireEvent(d) with { Date = EventDate.OnDay(day) });
        })];

        foreach (string outlet in new[] { "wire", "local", "channel" }) _store.Ingest(Outlet(outlet, outlet.Length % 3));

        IReadOnlyList<StoredEvent> events = _store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit });
        Assert.Equal(Incidents, events.Count);
        Assert.All(events, e => Assert.Equal(3, e.Sources.Length));
    }
}
