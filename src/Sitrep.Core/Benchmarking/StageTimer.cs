using System.Collections.Concurrent;
using Sitrep.Pipeline;

namespace Sitrep.Benchmarking;

/// <summary>Sums the time spent in each stage, safely across threads.</summary>
public sealed class StageTimer : IStageTimer
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    public void Record(string stage, TimeSpan elapsed) => _ticks.AddOrUpdate(stage, elapsed.Ticks, (_, total) => total + elapsed.Ticks);

    public TimeSpan Total(string stage) => TimeSpan.FromTicks(_ticks.GetValueOrDefault(stage));
}
