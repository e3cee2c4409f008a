using System.Collections.Immutable;
using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Benchmarking;

/// <summary>
/// Measures the pipeline over a corpus: a warm-up pass, a single-threaded pass (throughput,
/// per-stage wall and thread CPU time, allocations) and a pass on several threads, each also
/// timed by process CPU time so that a busy shared machine does not distort the numbers. Used by `sitrep bench`; speed
/// targets are checked with it, never with timed unit tests.
/// </summary>
/// <param name="batchSize">Documents run stage by stage together (<see cref="DocumentPipeline.RunBatch"/>), as `sitrep extract` and `ingest` run them.</param>
public sealed class PipelineBenchmark(DocumentPipeline pipeline, int batchSize = DocumentPipeline.DefaultBatchSize)
{
    private const int WarmUpDocuments = 200;

    public BenchmarkReport Run(IReadOnlyList<Document> corpus, int repeat, int threads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (corpus.Count == 0) throw new ArgumentException("The benchmark corpus holds no documents.", nameof(corpus));
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        Document[] work = [.. Enumerable.Repeat(corpus, repeat).SelectMany(c => c)];
        long words = work.Sum(d => (long)d.WordCount());

        // Tiered JIT recompiles hot methods after ~30 calls and a background delay; warm up long
        // enough that the measured pass runs optimised code, or one thread looks slower than it is.
        long warmUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        for (int i = 0; i < WarmUpDocuments || Stopwatch.GetTimestamp() < warmUntil; i++)
            pipeline.Run(work[i % work.Length], cancellationToken);

        var timer = new StageTimer();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        TimeSpan cpuBefore = ProcessCpu();
        long started = Stopwatch.GetTimestamp();
        Document[][] batches = [.. work.Chunk(batchSize)];
        foreach (Document[] batch in batches) pipeline.RunBatch(batch, cancellationToken, timer);
        TimeSpan single = Stopwatch.GetElapsedTime(started);
        TimeSpan cpu = ProcessCpu() - cpuBefore;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var runs = ImmutableArray.CreateBuilder<ThroughputRun>();
        runs.Add(Throughput(1, work.Length, words, single, cpu));
        if (threads > 1)
        {
            cpuBefore = ProcessCpu();
            started = Stopwatch.GetTimestamp();
            Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
                batch => pipeline.RunBatch(batch, cancellationToken));
            TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
            runs.Add(Throughput(threads, work.Length, words, elapsed, ProcessCpu() - cpuBefore));
        }

        double cpuTotal = pipeline.Stages.Sum(s => timer.Cpu(s.Name).TotalMilliseconds);
        ImmutableArray<StageTiming> stages = [.. pipeline.Stages.Select(s => new StageTiming(
            s.Name,
            cpuTotal > 0 ? timer.Cpu(s.Name).TotalMilliseconds / cpuTotal : 0,
            timer.Total(s.Name).TotalMicroseconds / work.Length)
        {
            CpuMicrosecondsPerDocument = timer.Cpu(s.Name).TotalMicroseconds / work.Length,
            AllocatedBytesPerDocument = timer.Allocated(s.Name) / work.Length,
        })];

        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        return new BenchmarkReport(work.Length, words, runs.ToImmutable(), stages, allocated / work.Length, self.PeakWorkingSet64)
        {
            CpuMicrosecondsPerDocument = cpu.TotalMicroseconds / work.Length,
        };
    }

    private static TimeSpan ProcessCpu()
    {
        using Process self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static ThroughputRun Throughput(int threads, int documents, long words, TimeSpan elapsed, TimeSpan cpu)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        return new ThroughputRun(threads, documents / seconds, words / seconds, elapsed) { CpuMicrosecondsPerDocument = cpu.TotalMicroseconds / documents };
    }
}
