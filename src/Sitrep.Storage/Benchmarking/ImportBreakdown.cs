using System.Globalization;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Benchmarking;

/// <summary>The store bench's lines breaking a bulk import down by phase (CPU time; see <see cref="ImportProfile"/>).</summary>
internal static class ImportBreakdown
{
    public static IEnumerable<StoreBenchmarkRow> Rows(ImportProfile profile)
    {
        int events = Math.Max(1, profile.Events);
        yield return Row("prepare (pragmas, drop indexes)", 1, profile.Prepare, "");
        foreach (ImportPhase phase in Enum.GetValues<ImportPhase>())
        {
            TimeSpan cpu = profile.Estimate(phase);
            yield return Row("rows: " + Name(phase), events, cpu, PerEvent(cpu, events) + " (share of the rows' CPU by wall time)");
        }
        yield return Row("rows: all (measured whole)", events, profile.Rows, PerEvent(profile.Rows, events));
        yield return Row("rows: reports + revisions, one statement each", events, profile.Finish, PerEvent(profile.Finish, events));
        TimeSpan indexes = TimeSpan.Zero;
        foreach (KeyValuePair<string, TimeSpan> build in profile.IndexBuilds)
        {
            indexes += build.Value;
            yield return Row("index build " + build.Key, events, build.Value, PerEvent(build.Value, events));
        }
        yield return Row("index builds (all)", profile.IndexBuilds.Count, indexes, PerEvent(indexes, events));
        yield return Row(profile.RollbackJournal ? "commit (rollback journal)" : "commit (WAL, with its checkpoint)", 1, profile.Commit, PerEvent(profile.Commit, events));
    }

    private static StoreBenchmarkRow Row(string name, long items, TimeSpan cpu, string result) => new("  " + name, items, null, cpu, result);

    private static string PerEvent(TimeSpan cpu, int events) =>
        (cpu.TotalMicroseconds / events).ToString("0.00", CultureInfo.InvariantCulture) + " µs/event";

    private static string Name(ImportPhase phase) => phase switch
    {
        ImportPhase.ReadInput => "read input (bench: make events)",
        ImportPhase.Check => "checks, id uniqueness",
        ImportPhase.DocumentRows => "documents (source stubs)",
        ImportPhase.SearchText => "search text (fold)",
        ImportPhase.EventRow => "events row",
        ImportPhase.EncodeBody => "encode body",
        ImportPhase.BodyRow => "event_bodies row",
        ImportPhase.ActorRows => "actors, event_actors rows",
        ImportPhase.ReportRow => "reports row",
        ImportPhase.RevisionRow => "revisions row",
        _ => phase.ToString(),
    };
}
