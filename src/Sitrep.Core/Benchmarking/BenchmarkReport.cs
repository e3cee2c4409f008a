using System.Collections.Immutable;

namespace Sitrep.Benchmarking;

/// <summary>
/// Throughput of one run over the corpus with a given number of threads: by the wall clock, and
/// by process CPU time. On a machine shared with other busy processes the wall clock counts the
/// time others held the cores; <see cref="CpuDocsPerSecond"/> is what the run would reach with
/// <see cref="Threads"/> cores of its own (threads × documents per CPU-second).
/// </summary>
public sealed record ThroughputRun(int Threads, double DocsPerSecond, double WordsPerSecond, TimeSpan Elapsed)
{
    /// <summary>Process CPU time of the run (all threads, the GC's included) per document.</summary>
    public double CpuMicrosecondsPerDocument { get; init; }

    public double CpuDocsPerSecond => CpuMicrosecondsPerDocument > 0 ? Threads * 1e6 / CpuMicrosecondsPerDocument : 0;
}

/// <summary>One stage's share of single-threaded pipeline CPU time, and its cost per document.</summary>
public sealed record StageTiming(string Name, double Share, double MicrosecondsPerDocument)
{
    /// <summary>The stage's thread CPU time per document (wall time where the platform has no thread clock).</summary>
    public double CpuMicrosecondsPerDocument { get; init; }

    /// <summary>Bytes the stage allocated per document.</summary>
    public long AllocatedBytesPerDocument { get; init; }
}

/// <summary>What `sitrep bench` measured.</summary>
public sealed record BenchmarkReport(
    int Documents,
    long Words,
    ImmutableArray<ThroughputRun> Runs,
    ImmutableArray<StageTiming> Stages,
    long AllocatedBytesPerDocument,
    long PeakWorkingSetBytes)
{
    /// <summary>
    /// Process CPU time of the single-threaded pass per document. On a shared machine wall time
    /// counts the time other processes hold the core; CPU time does not.
    /// </summary>
    public double CpuMicrosecondsPerDocument { get; init; }
}
