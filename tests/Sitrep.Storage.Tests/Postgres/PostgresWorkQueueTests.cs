using Sitrep.Documents;
using Sitrep.Storage.Postgres;
using Sitrep.Storage.Tests.Support;
using Sitrep.TestSupport;

namespace Sitrep.Storage.Tests.Postgres;

[Trait("Category", "Postgres")]
public sealed class PostgresWorkQueueTests
{
    private static Document[] Articles(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Fixtures.Article($"Report {i}: clashes near Gao.", $"gao-{i}.txt"))];

    [PostgresFact]
    public void Enqueue_SameDocumentsTwice_QueuesThemOnce()
    {
        using var database = new TempPostgresDatabase();
        using var store = PostgresEventStore.Open(database.ConnectionString);
        Document[] articles = Articles(3);

        Assert.Equal(new EnqueueResult(3, 0), store.WorkQueue.Enqueue(articles));
        Assert.Equal(new EnqueueResult(0, 3), store.WorkQueue.Enqueue(articles));
        Assert.Equal(new QueueCounts(3, 0, 0), store.WorkQueue.Counts());
    }

    [PostgresFact]
    public void Claim_TwoWorkers_NeverGetTheSameDocument()
    {
        using var database = new TempPostgresDatabase();
        using var first = PostgresEventStore.Open(database.ConnectionString);
        using var second = PostgresEventStore.Open(database.ConnectionString);
        first.WorkQueue.Enqueue(Articles(5));

        WorkClaim a = first.WorkQueue.Claim(3, TimeSpan.FromMinutes(1));
        WorkClaim b = second.WorkQueue.Claim(3, TimeSpan.FromMinutes(1));
        WorkClaim c = second.WorkQueue.Claim(3, TimeSpan.FromMinutes(1));

        Assert.Equal(3, a.Documents.Length);
        Assert.Equal(2, b.Documents.Length);
        Assert.True(c.IsEmpty);
        Assert.Empty(a.Documents.Select(d => d.QueueId).Intersect(b.Documents.Select(d => d.QueueId)));
    }

    [PostgresFact]
    public void Claim_ComesBackWithTextAndMetadataUnchanged()
    {
        using var database = new TempPostgresDatabase();
        using var store = PostgresEventStore.Open(database.ConnectionString);
        Document article = Fixtures.Article();
        store.WorkQueue.Enqueue([article]);

        QueuedDocument queued = Assert.Single(store.WorkQueue.Claim(5, TimeSpan.FromMinutes(1)).Documents);

        Assert.Equal(article.Id, queued.Document.Id);
        Assert.Equal(article.Metadata, queued.Document.Metadata);
        Assert.Equal(1, queued.Attempts);
    }

    [PostgresFact]
    public void Complete_AfterLeaseWasTakenOver_StoresNothingTwice()
    {
        using var database = new TempPostgresDatabase();
        using var store = PostgresEventStore.Open(database.ConnectionString);
        Document article = Fixtures.Article();
        store.WorkQueue.Enqueue([article]);
        WorkClaim stale = store.WorkQueue.Claim(1, TimeSpan.FromMilliseconds(50));
        Thread.Sleep(200);
        WorkClaim fresh = store.WorkQueue.Claim(1, TimeSpan.FromMinutes(1));
        var processed = ProcessedDocument.From(OneEventStage.Pipeline().Run(article).Document);

        WorkCompletion late = store.WorkQueue.Complete(stale, [processed], []);
        WorkCompletion owner = store.WorkQueue.Complete(fresh, [processed], []);

        Assert.Equal(new WorkCompletion(IngestResult.Empty, 0, 0, 1), late);
        Assert.Equal(1, owner.Done);
        Assert.Equal(1, store.CountEvents());
        Assert.Equal(new QueueCounts(0, 1, 0), store.WorkQueue.Counts());
    }

    [PostgresFact]
    public void Claim_DocumentWhoseWorkersKeepStopping_IsMarkedFailedAfterMaxAttempts()
    {
        using var database = new TempPostgresDatabase();
        using var store = PostgresEventStore.Open(database.ConnectionString);
        store.WorkQueue.Enqueue(Articles(1));

        for (int i = 0; i < 2; i++)
        {
            Assert.Single(store.WorkQueue.Claim(1, TimeSpan.FromMilliseconds(20), maxAttempts: 2).Documents);
            Thread.Sleep(100);
        }

        Assert.True(store.WorkQueue.Claim(1, TimeSpan.FromMinutes(1), maxAttempts: 2).IsEmpty);
        Assert.Equal(new QueueCounts(0, 0, 1), store.WorkQueue.Counts());
    }
}
