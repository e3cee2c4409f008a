using System.Collections.Concurrent;
using Sitrep.Pipeline;

namespace Sitrep.Benchmarking;

/// <summary>Sums the wall time, CPU time and allocations of each stage, safely across threads.</summary>
public sealed class StageTimer : IStageTimer
{
    private readonly ConcurrentDictionary<string, StrongBox> _totals = new(StringComparer.Ordinal);

    public void Record(string stage, TimeSpan elapsed, TimeSpan cpu, long allocatedBytes)
    {
        StrongBox box = _totals.GetOrAdd(stage, _ => new StrongBox());
        Interlocked.Add(ref box.WallTicks, elapsed.Ticks);
        Interlocked.Add(ref box.CpuTicks, cpu.Ticks);
        Interlocked.Add(ref box.AllocatedBytes, allocatedBytes);
    }

    public TimeSpan Total(string stage) => TimeSpan.FromTicks(_totals.TryGetValue(stage, out StrongBox? box) ? Interlocked.Read(ref box.WallTicks) : 0);

    public TimeSpan Cpu(string stage) => TimeSpan.FromTicks(_totals.TryGetValue(stage, out StrongBox? box) ? Interlocked.Read(ref box.CpuTicks) : 0);

    public long Allocated(string stage) => _totals.TryGetValue(stage, out StrongBox? box) ? Interlocked.Read(ref box.AllocatedBytes) : 0;

    private sealed class StrongBox
    {
        public long AllocatedBytes;
        public long WallTicks;
        public long CpuTicks;
    }
}
