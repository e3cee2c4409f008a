using Sitrep.Pipeline;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Where a bulk import's time goes: the thread CPU time of each <see cref="ImportPhase"/>,
/// measured on every <see cref="SampleEvery"/>-th event and scaled up (two clock readings per
/// phase of every event would cost more than some phases), and the index builds and the commit
/// measured whole. For the store bench; an import without a profile reads no clock.
/// </summary>
internal sealed class ImportProfile
{
    public const int SampleEvery = 8;

    private readonly TimeSpan[] _sampled = new TimeSpan[Enum.GetValues<ImportPhase>().Length];
    private bool _sampling;
    private TimeSpan _last;
    private int _sampledEvents;

    /// <summary>Events the import read, sampled or not.</summary>
    public int Events { get; private set; }

    /// <summary>CPU time of writing all the rows (every phase, every event), measured whole.</summary>
    public TimeSpan Rows { get; set; }

    /// <summary>CPU time of building each index after the load, by index name, in build order.</summary>
    public List<KeyValuePair<string, TimeSpan>> IndexBuilds { get; } = [];

    /// <summary>CPU time of the preparation before the first row (dropping indexes, pragmas).</summary>
    public TimeSpan Prepare { get; set; }

    public TimeSpan Commit { get; set; }

    /// <summary>Starts the next event's phases; they are timed when it is a sampled one.</summary>
    public void BeginEvent()
    {
        _sampling = Events++ % SampleEvery == 0;
        if (!_sampling) return;
        _sampledEvents++;
        _last = ThreadCpuClock.Now();
    }

    /// <summary>Ends <paramref name="phase"/> of the current event (it ran since the previous mark).</summary>
    public void End(ImportPhase phase)
    {
        if (!_sampling) return;
        TimeSpan now = ThreadCpuClock.Now();
        _sampled[(int)phase] += now - _last;
        _last = now;
    }

    /// <summary>The estimated CPU time of <paramref name="phase"/> over all events.</summary>
    public TimeSpan Estimate(ImportPhase phase) =>
        _sampledEvents == 0 ? TimeSpan.Zero : _sampled[(int)phase] * ((double)Events / _sampledEvents);
}
