using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sitrep.Pipeline;

/// <summary>
/// The processor time the calling thread has used so far. On a machine shared with other busy
/// processes, wall time counts the time others held the core; the thread's own CPU time does not,
/// so per-stage costs stay comparable from run to run. Linux only (clock_gettime through the
/// vDSO, tens of nanoseconds); elsewhere it falls back to wall time and says so.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>Whether <see cref="Now"/> is thread CPU time (true) or wall time (false).</summary>
    public static bool IsThreadCpuTime { get; } = OperatingSystem.IsLinux() && Environment.Is64BitProcess && Probe();

    /// <summary>A reading of the clock; only differences between two readings on one thread mean anything.</summary>
    public static TimeSpan Now()
    {
        if (!IsThreadCpuTime) return Stopwatch.GetElapsedTime(0);
        _ = ClockGetTime(ClockThreadCpuTimeId, out TimeSpec now);
        return TimeSpan.FromTicks(now.Seconds * TimeSpan.TicksPerSecond + now.Nanoseconds / 100);
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}
