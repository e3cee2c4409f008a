using Sitrep.Documents;
using Sitrep.Storage.Postgres;
using Sitrep.Storage.Tests.Support;
using Sitrep.TestSupport;

namespace Sitrep.Storage.Tests.Postgres;

[Trait("Category", "Postgres")]
public sealed class PostgresWorkerTests
{
    private static Document[] Articles(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Fixtures.Article($"Report {i}: clashes near Gao.", $"gao-{i}.txt"))];

    [PostgresFact]
    public void Run_Once_ProcessesEveryQueuedDocument()
    {
        using var database = new TempPostgresDatabase();
        using var store = PostgresEventStore.Open(database.ConnectionString);
        store.WorkQueue.Enqueue(Articles(7));
        var worker = new PostgresWorker(store.WorkQueue, OneEventStage.Pipeline(), new WorkerOptions { BatchSize = 3 });

        WorkerReport report = worker.Run(once: true);

        Assert.Equal(new WorkerReport(3, 7, 0, 0, 7), report);
        Assert.Equal(new QueueCounts(0, 7, 0), store.WorkQueue.Counts());
        Assert.Equal(7, store.CountEvents());
    }

    [PostgresFact]
    public void Run_Once_TimesEachBatchAndTheLastEmptyClaim()
    {
        using var database = new TempPostgresDatabase();
        using var store = PostgresEventStore.Open(database.ConnectionString);
        store.WorkQueue.Enqueue(Articles(4));
        var worker = new PostgresWorker(store.WorkQueue, OneEventStage.Pipeline(), new WorkerOptions { BatchSize = 2 });

        worker.Run(once: true);

        WorkerTimings t = worker.Timings;
        Assert.True(t.Claim > TimeSpan.Zero && t.Store > TimeSpan.Zero && t.Pipeline > TimeSpan.Zero);
        Assert.True(t.LockWait >= TimeSpan.Zero);
        Assert.True(t.Cpu is null || t.Cpu >= t.PipelineCpu);
    }

    [Fact]
    public void WorkerTimings_AddUnknownCpu_CpuStaysUnknown()
    {
        var known = new WorkerTimings(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.Zero, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));

        WorkerTimings sum = known.Add(known with { Cpu = null });

        Assert.Equal(TimeSpan.FromSeconds(6), sum.Store);
        Assert.Equal(TimeSpan.FromSeconds(2), sum.PipelineCpu);
        Assert.Null(sum.Cpu);
    }

    [PostgresFact]
    public void Run_PipelineFailure_MarksTheDocumentFailedAndGoesOn()
    {
        using var database = new TempPostgresDatabase();
        using var store = PostgresEventStore.Open(database.ConnectionString);
        Document[] articles = Articles(3);
        store.WorkQueue.Enqueue(articles);
        var pipeline = OneEventStage.Pipeline(d =>
        {
            if (d.Id == articles[1].Id) throw new InvalidDataException("unreadable");
        });

        WorkerReport report = new PostgresWorker(store.WorkQueue, pipeline, new WorkerOptions()).Run(once: true);

        Assert.Equal(2, report.Done);
        Assert.Equal(1, report.Failed);
        Assert.Equal(new QueueCounts(0, 2, 1), store.WorkQueue.Counts());
        Assert.Null(store.GetDocument(articles[1].Id.Value));
    }

    /// <summary>
    /// Three workers, each with its own store (its own connections, as separate processes have),
    /// share a queue; one stops dead in the middle of its second batch and never completes it.
    /// Its documents come back once the lease runs out: every document is stored exactly once.
    /// </summary>
    [PostgresFact]
    public async Task Run_ThreeWorkersOneStoppedMidBatch_ProcessEveryDocumentExactlyOnce()
    {
        using var database = new TempPostgresDatabase();
        Document[] articles = Articles(60);
        using (var setup = PostgresEventStore.Open(database.ConnectionString)) setup.WorkQueue.Enqueue(articles);
        var options = new WorkerOptions { BatchSize = 4, Lease = TimeSpan.FromSeconds(2), PollInterval = TimeSpan.FromMilliseconds(100) };
        using var crash = new CancellationTokenSource();
        using var allDone = new CancellationTokenSource();
        int crashSeen = 0;
        int done = 0;

        Task Worker(int index) => Task.Run(() =>
        {
            using var store = PostgresEventStore.Open(database.ConnectionString);
            bool crashes = index == 0;
            var pipeline = OneEventStage.Pipeline(_ =>
            {
                // The crashing worker stops on the sixth document it sees: mid-way through its second batch.
                if (crashes && Interlocked.Increment(ref crashSeen) == 6) crash.Cancel();
            });
            var worker = new PostgresWorker(store.WorkQueue, pipeline, options);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(crashes ? crash.Token : allDone.Token, allDone.Token);
            try
            {
                worker.Run(once: false, c => Interlocked.Add(ref done, c.Done), stop.Token);
            }
            catch (OperationCanceledException) when (crash.IsCancellationRequested && crashes)
            {
                // The crash: the claimed batch is neither stored nor released.
            }
        });

        // The others start once the crashing worker holds its second batch, so on a busy machine they
        // cannot drain the queue before it gets there.
        Task crashing = Worker(0);
        var started = DateTime.UtcNow;
        while (Volatile.Read(ref crashSeen) < 5 && DateTime.UtcNow - started < TimeSpan.FromSeconds(60)) await Task.Delay(10);
        Task[] workers = [crashing, Worker(1), Worker(2)];
        using (var watcher = PostgresEventStore.Open(database.ConnectionString))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (watcher.WorkQueue.Counts().Done < articles.Length && DateTime.UtcNow < deadline) await Task.Delay(100);
        }
        await allDone.CancelAsync();
        await Task.WhenAll(workers);

        using var check = PostgresEventStore.Open(database.ConnectionString);
        Assert.True(crash.IsCancellationRequested, "the crashing worker never reached its sixth document");
        Assert.Equal(new QueueCounts(0, articles.Length, 0), check.WorkQueue.Counts());
        Assert.Equal(articles.Length, check.CountDocuments());
        Assert.Equal(articles.Length, check.CountEvents());
        Assert.Equal(articles.Length, done);
        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM (SELECT document_id FROM events GROUP BY document_id HAVING count(*) <> 1) x"));
        Assert.True((long)database.Scalar("SELECT count(*) FROM work_queue WHERE attempts > 1")! >= 1, "no document was taken over from the stopped worker");
    }
}
