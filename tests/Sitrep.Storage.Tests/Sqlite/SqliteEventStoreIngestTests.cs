using System.Collections;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

public sealed class SqliteEventStoreIngestTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly SqliteEventStore _store;

    public SqliteEventStoreIngestTests() => _store = SqliteEventStore.Open(_temp.Path);

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private static ProcessedDocument[] TwoDocumentBatch()
    {
        var a = Fixtures.Article();
        var b = Fixtures.Article("Protesters gathered in Niamey on Friday.", "niamey.txt");
        return [Fixtures.Processed(a, Fixtures.FullEvent(a), Fixtures.MinimalEvent(a)), Fixtures.Processed(b, Fixtures.Shifted(Fixtures.MinimalEvent(b), 100))];
    }

    [Fact]
    public void Ingest_SameBatchTwice_StoresItOnce()
    {
        ProcessedDocument[] batch = TwoDocumentBatch();

        IngestResult first = _store.Ingest(batch);
        string afterFirst = StoreSnapshot.Take(_temp.Path);
        IngestResult second = _store.Ingest(batch);

        Assert.Equal(new IngestResult(2, 0, 3, 0), first);
        Assert.Equal(new IngestResult(0, 2, 0, 3), second);
        Assert.Equal(2, _store.CountDocuments());
        Assert.Equal(3, _store.CountEvents());
        Assert.Equal(afterFirst, StoreSnapshot.Take(_temp.Path));
    }

    [Fact]
    public void Ingest_SameDocumentTwiceInOneBatch_StoresItOnce()
    {
        var a = Fixtures.Article();
        var item = Fixtures.Processed(a, Fixtures.FullEvent(a));

        IngestResult result = _store.Ingest([item, item]);

        Assert.Equal(new IngestResult(1, 1, 1, 1), result);
        Assert.Equal(1, _store.CountEvents());
    }

    [Fact]
    public void Ingest_EmptyBatch_ChangesNothing()
    {
        Assert.Equal(IngestResult.Empty, _store.Ingest([]));
        Assert.Equal(0, _store.CountDocuments());
    }

    [Fact]
    public void QueryEvents_AfterIngest_ReturnsEventsEqualInEveryField()
    {
        var a = Fixtures.Article();
        ConflictEvent full = Fixtures.FullEvent(a);
        ConflictEvent minimal = Fixtures.MinimalEvent(a);
        _store.Ingest([Fixtures.Processed(a, full, minimal)]);

        IReadOnlyList<StoredEvent> stored = _store.QueryEvents(new EventQuery());

        Assert.Equal(2, stored.Count);
        StoredEvent storedFull = stored.Single(s => s.Event.Id == full.Id);
        Structural.AssertEqual(full, storedFull.Event, "full");
        Structural.AssertEqual(minimal, stored.Single(s => s.Event.Id == minimal.Id).Event, "minimal");
        Assert.Equal(a.Id.Value, storedFull.DocumentId);
        EventSource source = Assert.Single(storedFull.Sources);
        Assert.Equal(new EventSource(a.Id.Value, a.Metadata.Url, "Example News", new DateOnly(2025, 6, 6), "bamako.txt"), source);
    }

    [Fact]
    public void GetDocument_AfterIngest_ReturnsMetadataAndTextUnchanged()
    {
        var a = Fixtures.Article();
        _store.Ingest([Fixtures.Processed(a)]);

        StoredDocument? stored = _store.GetDocument(a.Id.Value);

        Assert.NotNull(stored);
        Assert.Equal(a.Text, stored.Text);
        Assert.Equal(a.Metadata.Source, stored.Source);
        Assert.Equal(a.Metadata.Path, stored.Path);
        Assert.Equal(a.Metadata.Url, stored.Url);
        Assert.Equal(a.Metadata.Outlet, stored.Outlet);
        Assert.Equal(a.Metadata.Title, stored.Title);
        Assert.Equal(a.Metadata.Published, stored.Published);
        Assert.Equal(a.Metadata.PublishedAt, stored.PublishedAt);
        Assert.Equal(a.Metadata.PublishedAt!.Value.Offset, stored.PublishedAt!.Value.Offset);
        Assert.Equal(a.Metadata.Format, stored.Format);
        Assert.Equal(a.Metadata.Language, stored.Language);
        Assert.InRange(stored.IngestedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Null(_store.GetDocument("000000000000000000000000"));
    }

    [Fact]
    public void Ingest_ActorOnSeveralEvents_IsOneActorRow()
    {
        var a = Fixtures.Article();
        var b = Fixtures.Article("A second report of the same clash near Bamako.", "second.txt");
        _store.Ingest([Fixtures.Processed(a, Fixtures.FullEvent(a)), Fixtures.Processed(b, Fixtures.Shifted(Fixtures.FullEvent(b), 7))]);

        Assert.Equal(5L, StoreSnapshot.Scalar(_temp.Path, "SELECT count(*) FROM actors"));
        Assert.Equal(10L, StoreSnapshot.Scalar(_temp.Path, "SELECT count(*) FROM event_actors"));
        Assert.Equal(5L, StoreSnapshot.Scalar(_temp.Path, "SELECT count(*) FROM actor_aliases"));
    }

    [Fact]
    public void Ingest_EventViolatingConstraintMidBatch_RollsBackWholeBatch()
    {
        var earlier = Fixtures.Article("An earlier report.", "earlier.txt");
        _store.Ingest([Fixtures.Processed(earlier, Fixtures.MinimalEvent(earlier))]);
        string before = StoreSnapshot.Take(_temp.Path);
        var good = Fixtures.Article();
        var bad = Fixtures.Article("A report with a broken event.", "bad.txt");
        ConflictEvent invalid = Fixtures.FullEvent(bad) with { Confidence = 1.5 };

        var ex = Assert.Throws<StoreException>(() => _store.Ingest([
            Fixtures.Processed(good, Fixtures.FullEvent(good)),
            Fixtures.Processed(bad, Fixtures.MinimalEvent(bad), invalid),
        ]));

        Assert.Equal(ErrorCodes.StoreWriteFailed, ex.Code);
        Assert.Equal(bad.Id.Value, ex.Subject);
        Assert.Contains(invalid.Id, ex.Message);
        Assert.Contains("bad.txt", ex.Message);
        Assert.Equal(before, StoreSnapshot.Take(_temp.Path));
    }

    [Fact]
    public void Ingest_EventIdUsedByAnotherDocument_FailsAndRollsBack()
    {
        var a = Fixtures.Article();
        _store.Ingest([Fixtures.Processed(a, Fixtures.FullEvent(a) with { Id = "e1" })]);
        string before = StoreSnapshot.Take(_temp.Path);
        var b = Fixtures.Article("Another article.", "b.txt");

        var ex = Assert.Throws<StoreException>(() => _store.Ingest([Fixtures.Processed(b, Fixtures.MinimalEvent(b) with { Id = "e1" })]));

        Assert.Equal(ErrorCodes.StoreWriteFailed, ex.Code);
        Assert.Contains("'e1'", ex.Message);
        Assert.Contains("UNIQUE", ex.Message);
        Assert.Equal(before, StoreSnapshot.Take(_temp.Path));
    }

    [Fact]
    public void Ingest_SpanOutsideDocumentText_FailsNamingTheEvent()
    {
        var a = Fixtures.Article("Short.", "short.txt");
        ConflictEvent outside = Fixtures.MinimalEvent(a) with { Span = new Span(2, 60) };

        var ex = Assert.Throws<StoreException>(() => _store.Ingest([Fixtures.Processed(a, outside)]));

        Assert.Equal(ErrorCodes.StoreWriteFailed, ex.Code);
        Assert.Contains(outside.Id, ex.Message);
        Assert.Contains("outside the document text", ex.Message);
        Assert.Equal(0, _store.CountDocuments());
    }

    [Fact]
    public void Ingest_CancelledMidBatch_LeavesStoreAsBefore()
    {
        var earlier = Fixtures.Article("An earlier report.", "earlier.txt");
        _store.Ingest([Fixtures.Processed(earlier)]);
        string before = StoreSnapshot.Take(_temp.Path);
        using var cancellation = new CancellationTokenSource();
        var a = Fixtures.Article();
        var b = Fixtures.Article("Second.", "second.txt");
        var batch = new CancelAfterFirst([Fixtures.Processed(a, Fixtures.FullEvent(a)), Fixtures.Processed(b)], cancellation);

        Assert.ThrowsAny<OperationCanceledException>(() => _store.Ingest(batch, cancellation.Token));

        Assert.True(batch.FirstWasRead);
        Assert.Equal(before, StoreSnapshot.Take(_temp.Path));
        Assert.Equal(1, _store.CountDocuments());
    }

    [Fact]
    public void Ingest_AfterFailedBatch_StoreStillAcceptsWrites()
    {
        var bad = Fixtures.Article("Broken.", "bad.txt");
        Assert.Throws<StoreException>(() => _store.Ingest([Fixtures.Processed(bad, Fixtures.MinimalEvent(bad) with { Confidence = -1 })]));

        Assert.Equal(new IngestResult(2, 0, 3, 0), _store.Ingest(TwoDocumentBatch()));
    }

    [Fact]
    public void Ingest_LargeNonAsciiDocument_ComesBackIntact()
    {
        string text = string.Concat(Enumerable.Repeat("Le 4 juin, des soldats maliens ont été attaqués près de Bamako — 12 morts. 🇲🇱\n", 60_000));
        var a = Fixtures.Article(text, "grand.txt");
        _store.Ingest([Fixtures.Processed(a, Fixtures.FullEvent(a))]);

        Assert.Equal(text, _store.GetDocument(a.Id.Value)?.Text);
        Assert.Equal(["clash"], _store.QueryEvents(new EventQuery { Text = "SOLDATS MALIENS ONT ÉTÉ" }).Select(_ => "clash"));
    }

    [Fact]
    public void ProcessedDocument_From_TakesTheEventsLayer()
    {
        var a = Fixtures.Article();
        Document annotated = a.With(EventLayers.Events, [Fixtures.FullEvent(a)]);

        ProcessedDocument processed = ProcessedDocument.From(annotated);

        Assert.Single(processed.Events);
        Assert.Empty(ProcessedDocument.From(a).Events);
    }

    /// <summary>A batch that requests cancellation once its first document has been handed out.</summary>
    private sealed class CancelAfterFirst(IReadOnlyList<ProcessedDocument> items, CancellationTokenSource cancellation) : IReadOnlyList<ProcessedDocument>
    {
        public bool FirstWasRead { get; private set; }
        public int Count => items.Count;
        public ProcessedDocument this[int index] => items[index];

        public IEnumerator<ProcessedDocument> GetEnumerator()
        {
            foreach (ProcessedDocument item in items)
            {
                yield return item;
                FirstWasRead = true;
                cancellation.Cancel();
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
