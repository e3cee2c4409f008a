using System.Collections.Immutable;
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
/// Takes batches from the work queue, runs the pipeline on them and stores the results. Any
/// number of workers, in any number of processes, may share one queue.
/// </summary>
public sealed class PostgresWorker(PostgresWorkQueue queue, DocumentPipeline pipeline, WorkerOptions options)
{
    /// <summary>
    /// Claims, processes and completes one batch; null when nothing was claimable.
    /// <paramref name="onClaim"/> hears about the claim before its documents are processed.
    /// </summary>
    public WorkCompletion? RunBatch(CancellationToken cancellationToken = default, Action<WorkClaim>? onClaim = null)
    {
        WorkClaim claim = queue.Claim(options.BatchSize, options.Lease, options.MaxAttempts);
        if (claim.IsEmpty) return null;
        onClaim?.Invoke(claim);
        var processed = ImmutableArray.CreateBuilder<ProcessedDocument>();
        var failures = ImmutableArray.CreateBuilder<QueueFailure>();
        cancellationToken.ThrowIfCancellationRequested();
        // The claimed documents go through the pipeline stage by stage together, as `ingest` runs them.
        ImmutableArray<PipelineResult> results = pipeline.RunBatch([.. claim.Documents.Select(q => q.Document)], cancellationToken);
        // A stopped worker completes nothing: its lease runs out and another worker takes the batch.
        cancellationToken.ThrowIfCancellationRequested();
        for (int i = 0; i < results.Length; i++)
        {
            if (results[i].Failure is PipelineFailure failure) failures.Add(new QueueFailure(claim.Documents[i].QueueId, failure.ToString()));
            else processed.Add(ProcessedDocument.From(results[i].Document));
        }
        return queue.Complete(claim, processed.ToImmutable(), failures.ToImmutable(), cancellationToken);
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
