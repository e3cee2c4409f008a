using System.Collections.Immutable;
using System.Diagnostics;
using Sitrep.Pipeline;

namespace Sitrep.Storage.Postgres;

/// <summary>How a worker claims and waits.</summary>
public sealed record WorkerOptions
{
    public int BatchSize { get; init; } = 20;

    /// <summary>How long a claim is held; after that another worker may take the documents over.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an idle worker waits before looking at the queue again (unless it runs once).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Claims of one document after which it is marked failed instead of tried again.</summary>
    public int MaxAttempts { get; init; } = 5;
}

/// <summary>What a worker has done so far.</summary>
public sealed record WorkerReport(int Batches, int Done, int Failed, int LeaseLost, int EventsAdded)
{
    public static WorkerReport Empty { get; } = new(0, 0, 0, 0, 0);

    public WorkerReport Add(WorkCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        return new WorkerReport(Batches + 1, Done + completion.Done, Failed + completion.Failed,
            LeaseLost + completion.LeaseLost, EventsAdded + completion.Ingest.EventsAdded);
    }
}

/// <summary>
/// Where a worker's time went, summed over its batches: wall time claiming, in the pipeline,
/// waiting for the merge lock, and storing (the completing transaction without the wait, commit
/// included); CPU time of the worker's thread in the pipeline and in all, null without /proc.
/// </summary>
public sealed record WorkerTimings(TimeSpan Claim, TimeSpan Pipeline, TimeSpan LockWait, TimeSpan Store, TimeSpan? PipelineCpu, TimeSpan? Cpu)
{
    public static WorkerTimings Zero { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public WorkerTimings Add(WorkerTimings other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new WorkerTimings(Claim + other.Claim, Pipeline + other.Pipeline, LockWait + other.LockWait, Store + other.Store,
            PipelineCpu + other.PipelineCpu, Cpu + other.Cpu);
    }
}

/// <summary>
/// Takes batches from the work queue, runs the pipeline on them and stores the results. Any
/// number of workers, in any number of processes, may share one queue.
/// </summary>
public sealed class PostgresWorker(PostgresWorkQueue queue, DocumentPipeline pipeline, WorkerOptions options)
{
    /// <summary>Where this worker's time went so far (batches that threw are not counted).</summary>
    public WorkerTimings Timings { get; private set; } = WorkerTimings.Zero;

    /// <summary>
    /// Claims, processes and completes one batch; null when nothing was claimable.
    /// <paramref name="onClaim"/> hears about the claim before its documents are processed.
    /// </summary>
    public WorkCompletion? RunBatch(CancellationToken cancellationToken = default, Action<WorkClaim>? onClaim = null)
    {
        long started = Stopwatch.GetTimestamp();
        TimeSpan? cpuAtStart = PostgresBackendCpu.OfCurrentThread();
        WorkClaim claim = queue.Claim(options.BatchSize, options.Lease, options.MaxAttempts);
        TimeSpan claiming = Stopwatch.GetElapsedTime(started);
        if (claim.IsEmpty)
        {
            Timings = Timings.Add(WorkerTimings.Zero with { Claim = claiming, Cpu = PostgresBackendCpu.OfCurrentThread() - cpuAtStart });
            return null;
        }
        onClaim?.Invoke(claim);
        var processed = ImmutableArray.CreateBuilder<ProcessedDocument>();
        var failures = ImmutableArray.CreateBuilder<QueueFailure>();
        cancellationToken.ThrowIfCancellationRequested();
        // The claimed documents go through the pipeline stage by stage together, as `ingest` runs them.
        long processing = Stopwatch.GetTimestamp();
        TimeSpan? cpuAtPipeline = PostgresBackendCpu.OfCurrentThread();
        ImmutableArray<PipelineResult> results = pipeline.RunBatch([.. claim.Documents.Select(q => q.Document)], cancellationToken);
        TimeSpan inPipeline = Stopwatch.GetElapsedTime(processing);
        TimeSpan? pipelineCpu = PostgresBackendCpu.OfCurrentThread() - cpuAtPipeline;
        // A stopped worker completes nothing: its lease runs out and another worker takes the batch.
        cancellationToken.ThrowIfCancellationRequested();
        for (int i = 0; i < results.Length; i++)
        {
            if (results[i].Failure is PipelineFailure failure) failures.Add(new QueueFailure(claim.Documents[i].QueueId, failure.ToString()));
            else processed.Add(ProcessedDocument.From(results[i].Document));
        }
        long storing = Stopwatch.GetTimestamp();
        WorkCompletion completion = queue.Complete(claim, processed.ToImmutable(), failures.ToImmutable(), cancellationToken);
        TimeSpan inStore = Stopwatch.GetElapsedTime(storing);
        Timings = Timings.Add(new WorkerTimings(claiming, inPipeline, completion.LockWait, inStore - completion.LockWait,
            pipelineCpu, PostgresBackendCpu.OfCurrentThread() - cpuAtStart));
        return completion;
    }

    /// <summary>
    /// Processes batches until cancelled, or with <paramref name="once"/> until the queue has
    /// nothing claimable; <paramref name="onBatch"/> hears about each completed batch and
    /// <paramref name="onClaim"/> about each claim, before it is processed.
    /// </summary>
    public WorkerReport Run(bool once, Action<WorkCompletion>? onBatch = null, CancellationToken cancellationToken = default, Action<WorkClaim>? onClaim = null)
    {
        WorkerReport report = WorkerReport.Empty;
        while (!cancellationToken.IsCancellationRequested)
        {
            WorkCompletion? completion = RunBatch(cancellationToken, onClaim);
            if (completion is null)
            {
                if (once) break;
                cancellationToken.WaitHandle.WaitOne(options.PollInterval);
                continue;
            }
            report = report.Add(completion);
            onBatch?.Invoke(completion);
        }
        return report;
    }
}
