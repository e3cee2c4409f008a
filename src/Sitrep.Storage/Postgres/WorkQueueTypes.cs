using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Storage.Postgres;

/// <summary>A queued document as a worker claimed it; <see cref="Attempts"/> counts this claim.</summary>
public sealed record QueuedDocument(long QueueId, Document Document, int Attempts);

/// <summary>Documents one worker holds until <see cref="LeaseUntil"/>; only the holder of <see cref="Token"/> may complete them.</summary>
public sealed record WorkClaim(Guid Token, DateTimeOffset LeaseUntil, ImmutableArray<QueuedDocument> Documents)
{
    public bool IsEmpty => Documents.IsDefaultOrEmpty;
}

/// <summary>A claimed document the pipeline could not process; it is marked failed with this message.</summary>
public sealed record QueueFailure(long QueueId, string Message);

/// <summary>What enqueueing did: documents already in the queue (by document id) are not added again.</summary>
public sealed record EnqueueResult(int Added, int Present);

/// <summary>
/// What completing a claim did: the store's ingest counts for the documents still held, how many
/// were marked failed, and how many had been lost (the lease ran out and another worker took
/// them), which this worker then left alone.
/// </summary>
public sealed record WorkCompletion(IngestResult Ingest, int Done, int Failed, int LeaseLost)
{
    /// <summary>How long the completion waited for the merge lock (zero when it stored nothing).</summary>
    public TimeSpan LockWait { get; init; }
}

/// <summary>How many queue rows are in each state.</summary>
public sealed record QueueCounts(long Pending, long Done, long Failed);
