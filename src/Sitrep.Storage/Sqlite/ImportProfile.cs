using System.Diagnostics;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Where a bulk import's time goes, for the store bench. The rows, each index build and the
/// commit are measured in thread CPU time. The per-event phases are timed with the wall clock on
/// every event and reported as their share of the rows' CPU time: the thread CPU clock is a
/// system call here, and reading it around every statement slowed the code it timed (sampled
/// phases summed to two or three times the whole), while the wall clock costs tens of
/// nanoseconds and the time other processes take is spread over the phases in proportion to
/// their length. An import without a profile reads no clock.
/// </summary>
internal sealed class ImportProfile
{
    private readonly long[] _ticks = new long[Enum.GetValues<ImportPhase>().Length];
    private long _last;

    /// <summary>Events the import read.</summary>
    public int Events { get; private set; }

    /// <summary>CPU time of writing all the rows (every phase of every event), measured whole.</summary>
    public TimeSpan Rows { get; set; }

    /// <summary>CPU time of the rows written once for all events after the loop (empty store only).</summary>
    public TimeSpan Finish { get; set; }

    /// <summary>CPU time of building each index after the load, by index name, in build order.</summary>
    public List<KeyValuePair<string, TimeSpan>> IndexBuilds { get; } = [];

    /// <summary>CPU time of the preparation before the first row (pragmas, dropping indexes).</summary>
    public TimeSpan Prepare { get; set; }

    public TimeSpan Commit { get; set; }

    /// <summary>Whether the import ran with a rollback journal instead of the WAL (<see cref="SqliteImportJournal"/>).</summary>
    public bool RollbackJournal { get; set; }

    public void BeginEvent()
    {
        Events++;
        _last = Stopwatch.GetTimestamp();
    }

    /// <summary>Ends <paramref name="phase"/> of the current event (it ran since the previous mark).</summary>
    public void End(ImportPhase phase)
    {
        long now = Stopwatch.GetTimestamp();
        _ticks[(int)phase] += now - _last;
        _last = now;
    }

    /// <summary><paramref name="phase"/>'s share of <see cref="Rows"/>, by the wall time it took.</summary>
    public TimeSpan Estimate(ImportPhase phase)
    {
        long all = _ticks.Sum();
        return all == 0 ? TimeSpan.Zero : Rows * ((double)_ticks[(int)phase] / all);
    }
}
