using System.Diagnostics;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Where one stage of a load spent its time, summed over every flush: wall time, this process's
/// CPU (making and encoding rows) and the server process's CPU (parsing and storing them) when the
/// server runs on this machine.
/// </summary>
public sealed record CopyStage(string Name, TimeSpan Wall, TimeSpan ClientCpu, TimeSpan? ServerCpu)
{
    /// <summary>Bytes the writing thread allocated in the stage: what the garbage collector later pays for.</summary>
    public long AllocatedBytes { get; init; }
}

/// <summary>
/// Sums wall and CPU time per named stage of one writer's work (one transaction, one thread). The
/// server's CPU is read from /proc before and after each stage, at the cost of two small reads.
/// </summary>
internal sealed class PostgresCopyProfile(int backendPid)
{
    private readonly Dictionary<string, Totals> _stages = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    private sealed class Totals
    {
        public TimeSpan Wall;
        public TimeSpan Client;
        public TimeSpan? Server = TimeSpan.Zero;
        public long Allocated;
    }

    public void Measure(string stage, Action work)
    {
        TimeSpan? server = PostgresBackendCpu.Of(backendPid);
        TimeSpan client = Process.GetCurrentProcess().TotalProcessorTime;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        work();
        TimeSpan wall = Stopwatch.GetElapsedTime(start);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        TimeSpan clientEnd = Process.GetCurrentProcess().TotalProcessorTime;
        TimeSpan? serverEnd = PostgresBackendCpu.Of(backendPid);
        if (!_stages.TryGetValue(stage, out Totals? totals))
        {
            _stages[stage] = totals = new Totals();
            _order.Add(stage);
        }
        totals.Wall += wall;
        totals.Allocated += allocated;
        totals.Client += clientEnd - client;
        totals.Server = totals.Server is TimeSpan sum && server is TimeSpan s0 && serverEnd is TimeSpan s1 ? sum + (s1 - s0) : null;
    }

    /// <summary>The stages in the order they first ran.</summary>
    public IReadOnlyList<CopyStage> Stages => [.. _order.Select(n => new CopyStage(n, _stages[n].Wall, _stages[n].Client, _stages[n].Server) { AllocatedBytes = _stages[n].Allocated })];
}
