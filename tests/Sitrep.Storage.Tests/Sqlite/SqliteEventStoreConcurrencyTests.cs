using System.Globalization;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

public class SqliteEventStoreConcurrencyTests
{
    private const int Batches = 40;
    private const int EventsPerDocument = 3;

    private static ProcessedDocument Report(int n)
    {
        var document = Fixtures.Article($"Report {n.ToString(CultureInfo.InvariantCulture)}: fighting near Bamako continued for a third day.", $"report-{n}.txt");
        return Fixtures.Processed(document,
            Fixtures.Shifted(Fixtures.FullEvent(document, "e1"), 100 * n), Fixtures.Shifted(Fixtures.MinimalEvent(document, "e2"), 100 * n),
            Fixtures.Shifted(Fixtures.MinimalEvent(document, "e3"), 100 * n));
    }

    [Fact]
    public async Task QueryEvents_WhileAnotherStoreWrites_SeesOnlyWholeBatchesAndNeverBlocks()
    {
        using var temp = new TempStore();
        using var writer = SqliteEventStore.Open(temp.Path);
        using var reader = SqliteEventStore.Open(temp.Path);
        using var done = new CancellationTokenSource();
        int reads = 0;

        async Task Read()
        {
            long last = 0;
            while (!done.IsCancellationRequested)
            {
                IReadOnlyList<StoredEvent> events = reader.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit });
                Assert.All(events.GroupBy(e => e.DocumentId), g => Assert.Equal(EventsPerDocument, g.Count()));
                Assert.True(events.Count >= last, $"the event count went back from {last} to {events.Count}");
                last = events.Count;
                Assert.Equal(0, reader.CountEvents() % EventsPerDocument);
                Interlocked.Increment(ref reads);
                await Task.Yield();
            }
        }

        Task[] readers = [Task.Run(Read), Task.Run(Read)];
        await Task.Run(() =>
        {
            for (int i = 0; i < Batches; i++)
            {
                // Halfway, let the readers catch up, so reads surely overlap writes even when the
                // scheduler runs the whole write loop before a reader task starts.
                if (i == Batches / 2) SpinWait.SpinUntil(() => Volatile.Read(ref reads) > 0, TimeSpan.FromSeconds(30));
                writer.Ingest([Report(i)]);
            }
        });
        await done.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal(Batches, reader.CountDocuments());
        Assert.Equal(Batches * EventsPerDocument, reader.CountEvents());
        Assert.True(reads > 0);
    }

    [Fact]
    public async Task Ingest_SameBatchFromTwoStoresAtOnce_StoresItOnce()
    {
        using var temp = new TempStore();
        using var first = SqliteEventStore.Open(temp.Path);
        using var second = SqliteEventStore.Open(temp.Path);
        ProcessedDocument[] batch = [.. Enumerable.Range(0, 10).Select(Report)];

        IngestResult[] results = await Task.WhenAll(Task.Run(() => first.Ingest(batch)), Task.Run(() => second.Ingest(batch)));

        Assert.Equal(10, results.Sum(r => r.DocumentsAdded));
        Assert.Equal(10, results.Sum(r => r.DocumentsPresent));
        Assert.Equal(10, first.CountDocuments());
        Assert.Equal(30, second.CountEvents());
    }
}
