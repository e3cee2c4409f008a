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
