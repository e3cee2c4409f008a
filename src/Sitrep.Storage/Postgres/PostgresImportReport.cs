namespace Sitrep.Storage.Postgres;

/// <summary>
/// What an import did and where its time went: <see cref="Load"/> covers the COPYs (into tables
/// without indexes or foreign keys on the bulk path), <see cref="Rebuild"/> building those again.
/// <see cref="BackendPid"/> is the server process that ran it, whose CPU time the benchmark reads.
/// </summary>
internal sealed record PostgresImportReport(ImportResult Result, bool Bulk, TimeSpan Load, TimeSpan Rebuild)
{
    public int BackendPid { get; init; }

    /// <summary>Whether the rows went through staging tables (<see cref="PostgresStaging"/>).</summary>
    public bool Staged { get; init; }

    /// <summary>The server process's CPU time when the import began, when the server runs on this machine.</summary>
    public TimeSpan? ServerCpuAtStart { get; init; }

    /// <summary>The server process's CPU time when the load ended and the rebuild began.</summary>
    public TimeSpan? ServerCpuAtRebuild { get; init; }

    /// <summary>This process's CPU time when the load ended and the rebuild began.</summary>
    public TimeSpan ClientCpuAtRebuild { get; init; }

    /// <summary>Wall and CPU time of each step of the load and the rebuild.</summary>
    public IReadOnlyList<CopyStage> Stages { get; init; } = [];
}
