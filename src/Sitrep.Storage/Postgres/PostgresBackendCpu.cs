using System.Globalization;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// The CPU time (user and system) a server process (or this process's thread) has used, read from
/// /proc when the server runs on this machine; on a shared machine it tells work apart from waiting.
/// </summary>
internal static class PostgresBackendCpu
{
    // Linux reports /proc times in USER_HZ ticks, which is 100 per second on every supported architecture.
    private const double TicksPerSecond = 100;

    /// <summary>The process's CPU time, or null when it cannot be read (another machine, no /proc).</summary>
    public static TimeSpan? Of(int pid) => Read($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");

    /// <summary>
    /// The calling thread's CPU time, or null without /proc: a worker thread's own work, apart from
    /// the other workers sharing the process and from the garbage collector's threads.
    /// </summary>
    public static TimeSpan? OfCurrentThread() => Read("/proc/thread-self/stat");

    private static TimeSpan? Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
        int close = text.LastIndexOf(')');
        if (close < 0) return null;
        string[] fields = text[(close + 2)..].Split(' ');
        // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
        if (fields.Length < 13
            || !long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out long user)
            || !long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out long system))
            return null;
        return TimeSpan.FromSeconds((user + system) / TicksPerSecond);
    }
}
