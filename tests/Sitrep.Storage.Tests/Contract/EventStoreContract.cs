using System.Collections;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Storage.Tests.Support;
using Sitrep.TestSupport;

namespace Sitrep.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="IEventStore"/> backend must do, seen only through the interface. Each
/// backend runs these in a subclass that says how to open a fresh store; backend-specific
/// behaviour (files, schemas, servers) is tested beside the backend.
/// </summary>
public abstract class EventStoreContract : EventStoreContractBase
{
    private static ProcessedDocument[] TwoDocumentBatch()
    {
        var a = Fixtures.Article();
        var b = Fixtures.Article("Protesters gathered in Niamey on Friday.", "niamey.txt");
        return [Fixtures.Processed(a, Fixtures.FullEvent(a), Fixtures.MinimalEvent(a)), Fixtures.Processed(b, Fixtures.Shifted(Fixtures.MinimalEvent(b), 100))];
    }

    [StoreFact]
    public void Ingest_SameBatchTwice_StoresItOnce()
    {
        ProcessedDocument[] batch = TwoDocumentBatch();

        IngestResult first = Store.Ingest(batch);
        string afterFirst = StoreContents.Take(Store);
        IngestResult second = Store.Ingest(batch);

        Assert.Equal(new IngestResult(2, 0, 3, 0), first);
        Assert.Equal(new IngestResult(0, 2, 0, 3), second);
        Assert.Equal(2, Store.CountDocuments());
        Assert.Equal(3, Store.CountEvents());
        Assert.Equal(afterFirst, StoreContents.Take(Store));
    }

    [StoreFact]
    public void Ingest_SameDocumentTwiceInOneBatch_StoresItOnce()
    {
        var a = Fixtures.Article();
        var item = Fixtures.Processed(a, Fixtures.FullEvent(a));

        Assert.Equal(new IngestResult(1, 1, 1, 1), Store.Ingest([item, item]));
        Assert.Equal(1, Store.CountEvents());
    }

    [StoreFact]
    public void Ingest_EmptyBatch_ChangesNothing()
    {
        Assert.Equal(IngestResult.Empty, Store.Ingest([]));
        Assert.Equal(0, Store.CountDocuments());
    }

    [StoreFact]
    public void QueryEvents_AfterIngest_ReturnsEventsEqualInEveryField()
    {
        var a = Fixtures.Article();
        ConflictEvent full = Fixtures.FullEvent(a);
        ConflictEvent minimal = Fixtures.MinimalEvent(a);
        Store.Ingest([Fixtures.Processed(a, full, minimal)]);

        IReadOnlyList<StoredEvent> stored = Store.QueryEvents(new EventQuery());

        Assert.Equal(2, stored.Count);
        StoredEvent storedFull = stored.Single(s => s.Event.Id == full.Id);
        Structural.AssertEqual(full, storedFull.Event, "full");
        Structural.AssertEqual(minimal, stored.Single(s => s.Event.Id == minimal.Id).Event, "minimal");
        Assert.Equal(a.Id.Value, storedFull.DocumentId);
        Assert.Equal(new EventSource(a.Id.Value, a.Metadata.Url, "Example News", new DateOnly(2025, 6, 6), "bamako.txt"), Assert.Single(storedFull.Sources));
    }

    [StoreFact]
    public void GetDocument_AfterIngest_ReturnsMetadataAndTextUnchanged()
    {
        var a = Fixtures.Article();
        Store.Ingest([Fixtures.Processed(a)]);

        StoredDocument? stored = Store.GetDocument(a.Id.Value);

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
        Assert.Null(Store.GetDocument("000000000000000000000000"));
    }

    [StoreFact]
    public void Ingest_EventViolatingConstraintMidBatch_RollsBackWholeBatch()
    {
        var earlier = Fixtures.Article("An earlier report.", "earlier.txt");
        Store.Ingest([Fixtures.Processed(earlier, Fixtures.MinimalEvent(earlier))]);
        string before = StoreContents.Take(Store);
        var good = Fixtures.Article();
        var bad = Fixtures.Article("A report with a broken event.", "bad.txt");
        ConflictEvent invalid = Fixtures.FullEvent(bad) with { Confidence = 1.5 };

        var ex = Assert.Throws<StoreException>(() => Store.Ingest([
            Fixtures.Processed(good, Fixtures.FullEvent(good)),
            Fixtures.Processed(bad, Fixtures.MinimalEvent(bad), invalid),
        ]));

        Assert.Equal(ErrorCodes.StoreWriteFailed, ex.Code);
        Assert.Equal(bad.Id.Value, ex.Subject);
        Assert.Contains(invalid.Id, ex.Message);
        Assert.Contains("bad.txt", ex.Message);
        Assert.Equal(before, StoreContents.Take(Store));
    }

    [StoreFact]
    public void Ingest_EventIdUsedByAnotherDocument_FailsAndRollsBack()
    {
        var a = Fixtures.Article();
        Store.Ingest([Fixtures.Processed(a, Fixtures.FullEvent(a) with { Id = "e1" })]);
        string before = StoreContents.Take(Store);
        var b = Fixtures.Article("Another article.", "b.txt");

        var ex = Assert.Throws<StoreException>(() => Store.Ingest([Fixtures.Processed(b, Fixtures.MinimalEvent(b) with { Id = "e1" })]));

        Assert.Equal(ErrorCodes.StoreWriteFailed, ex.Code);
        Assert.Contains("'e1'", ex.Message);
        Assert.Contains("unique", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, StoreContents.Take(Store));
    }

    [StoreFact]
    public void Ingest_SpanOutsideDocumentText_FailsNamingTheEvent()
    {
        var a = Fixtures.Article("Short.", "short.txt");
        ConflictEvent outside = Fixtures.MinimalEvent(a) with { Span = new Span(2, 60) };

        var ex = Assert.Throws<StoreException>(() => Store.Ingest([Fixtures.Processed(a, outside)]));

        Assert.Equal(ErrorCodes.StoreWriteFailed, ex.Code);
        Assert.Contains(outside.Id, ex.Message);
        Assert.Contains("outside the document text", ex.Message);
        Assert.Equal(0, Store.CountDocuments());
    }

    [StoreFact]
    public void Ingest_CancelledMidBatch_LeavesStoreAsBefore()
    {
        var earlier = Fixtures.Article("An earlier report.", "earlier.txt");
        Store.Ingest([Fixtures.Processed(earlier)]);
        string before = StoreContents.Take(Store);
        using var cancellation = new CancellationTokenSource();
        var a = Fixtures.Article();
        var b = Fixtures.Article("Second.", "second.txt");
        var batch = new CancelAfterFirst([Fixtures.Processed(a, Fixtures.FullEvent(a)), Fixtures.Processed(b)], cancellation);

        Assert.ThrowsAny<OperationCanceledException>(() => Store.Ingest(batch, cancellation.Token));

        Assert.True(batch.FirstWasRead);
        Assert.Equal(before, StoreContents.Take(Store));
    }

    [StoreFact]
    public void Ingest_AfterFailedBatch_StoreStillAcceptsWrites()
    {
        var bad = Fixtures.Article("Broken.", "bad.txt");
        Assert.Throws<StoreException>(() => Store.Ingest([Fixtures.Processed(bad, Fixtures.MinimalEvent(bad) with { Confidence = -1 })]));

        Assert.Equal(new IngestResult(2, 0, 3, 0), Store.Ingest(TwoDocumentBatch()));
    }

    [StoreFact]
    public void Ingest_LargeNonAsciiDocument_ComesBackIntact()
    {
        string text = string.Concat(Enumerable.Repeat("Le 4 juin, des soldats maliens ont été attaqués près de Bamako — 12 morts. 🇲🇱\n", 60_000));
        var a = Fixtures.Article(text, "grand.txt");
        Store.Ingest([Fixtures.Processed(a, Fixtures.FullEvent(a))]);

        Assert.Equal(text, Store.GetDocument(a.Id.Value)?.Text);
        Assert.Single(Store.QueryEvents(new EventQuery { Text = "SOLDATS MALIENS ONT ÉTÉ" }));
    }

    [StoreFact]
    public async Task Ingest_SameBatchFromTwoStoresAtOnce_StoresItOnce()
    {
        using IEventStore second = OpenStore();
        ProcessedDocument[] batch = [.. Enumerable.Range(0, 10).Select(Report)];

        IngestResult[] results = await Task.WhenAll(Task.Run(() => Store.Ingest(batch)), Task.Run(() => second.Ingest(batch)));

        Assert.Equal(10, results.Sum(r => r.DocumentsAdded));
        Assert.Equal(10, results.Sum(r => r.DocumentsPresent));
        Assert.Equal(10, Store.CountDocuments());
        Assert.Equal(30, second.CountEvents());
    }

    private static ProcessedDocument Report(int i)
    {
        var document = Fixtures.Article($"Report {i}: JNIM fighters attacked Malian soldiers near Bamako.", $"report-{i}.txt");
        // Moved apart by date so the reports of different documents stay separate incidents.
        return Fixtures.Processed(document,
            Fixtures.Shifted(Fixtures.FullEvent(document, "e1"), 100 * i), Fixtures.Shifted(Fixtures.MinimalEvent(document, "e2"), 100 * i),
            Fixtures.Shifted(Fixtures.MinimalEvent(document, "e3"), 100 * i));
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
