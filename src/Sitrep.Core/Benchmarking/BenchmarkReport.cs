using System.Collections.Immutable;

namespace Sitrep.Benchmarking;

/// <summary>Throughput of one run over the corpus with a given number of threads.</summary>
public sealed record ThroughputRun(int Threads, double DocsPerSecond, double WordsPerSecond, TimeSpan Elapsed);

/// <summary>One stage's share of single-threaded pipeline time.</summary>
public sealed record StageTiming(string Name, double Share, double MicrosecondsPerDocument);

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
