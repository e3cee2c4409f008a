using System.Diagnostics;
using System.Globalization;
using Sitrep.Events;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Benchmarking;

/// <summary>
/// `sitrep bench --suite store`: bulk insert of N events (ImportEvents, one transaction), the
/// common filtered queries at that size (median of repeated runs), ingest with deduplication of
/// 1,000 incidents reported by three outlets, and the check that it yields 1,000 events with
/// three sources each. Works in a fresh SQLite file in the given directory.
/// </summary>
public static class StoreBenchmark
{
    public const int DedupIncidents = 1000;

    public static IReadOnlyList<StoreBenchmarkRow> Run(string directory, int events, int queryRepeats, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(events, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(queryRepeats, 1);
        var rows = new List<StoreBenchmarkRow>();
        string bulkPath = Path.Combine(directory, "bench-bulk.db");
        string dedupPath = Path.Combine(directory, "bench-dedup.db");
        Delete(bulkPath);
        Delete(dedupPath);
        try
        {
            using (SqliteEventStore store = SqliteEventStore.Open(bulkPath))
            {
                var data = new SyntheticEvents.ImportedList(events);
                var watch = Stopwatch.StartNew();
                TimeSpan cpu = CpuNow();
                var profile = new ImportProfile();
                ImportResult imported = store.ImportEvents(data, profile, cancellationToken);
                rows.Add(new StoreBenchmarkRow("insert (import, 1 transaction)", events, watch.Elapsed, CpuNow() - cpu, $"{imported.EventsAdded} added"));
                rows.AddRange(ImportBreakdown.Rows(profile));
                foreach ((string name, EventQuery query) in Queries(events))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    rows.Add(TimeQuery(store, name, query, queryRepeats));
                }
            }
            using (SqliteEventStore store = SqliteEventStore.Open(dedupPath))
            {
                var watch = Stopwatch.StartNew();
                TimeSpan cpu = CpuNow();
                int merged = 0;
                foreach (string outlet in new[] { "wire", "local", "channel" })
                    merged += store.Ingest([.. Enumerable.Range(0, DedupIncidents).Select(i => SyntheticEvents.Report(outlet, i))], cancellationToken).EventsMerged;
                TimeSpan elapsed = watch.Elapsed, used = CpuNow() - cpu;
                IReadOnlyList<StoredEvent> stored = store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit });
                int threeSources = stored.Count(e => e.Sources.Length == 3);
                rows.Add(new StoreBenchmarkRow($"ingest+dedup {DedupIncidents} incidents x 3 sources", 3 * DedupIncidents, elapsed, used,
                    $"{stored.Count} events, {threeSources} with 3 sources, {merged} merged"));
            }
        }
        finally
        {
            Delete(bulkPath);
            Delete(dedupPath);
        }
        return rows;
    }

    public static void WriteTable(TextWriter output, IReadOnlyList<StoreBenchmarkRow> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        output.WriteLine($"{"measure",-44}  {"items",9}  {"wall",12}  {"cpu",12}  {"items/s",11}  result");
        foreach (StoreBenchmarkRow row in rows)
        {
            string wall = row.Elapsed is TimeSpan elapsed ? Show(elapsed) : "-";
            string perSecond = row.PerSecond is double rate ? rate.ToString("0", CultureInfo.InvariantCulture) : "-";
            output.WriteLine($"{row.Name,-44}  {row.Items,9}  {wall,12}  {Show(row.Cpu),12}  {perSecond,11}  {row.Result}");
        }
    }

    internal static string Show(TimeSpan time) => time.TotalSeconds >= 1
        ? time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s"
        : time.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture) + " ms";

    private static IEnumerable<(string Name, EventQuery Query)> Queries(int events)
    {
        DateOnly day = SyntheticEvents.FirstDay.AddDays(900);
        yield return ("query country (first 100)", new EventQuery { Country = "NER", Limit = 100 });
        yield return ("query date range, one week", new EventQuery { Since = day, Until = day.AddDays(6), Limit = 100 });
        yield return ("query country + one month", new EventQuery { Country = "MLI", Since = day, Until = day.AddDays(30), Limit = 100 });
        yield return ("query type (first 100)", new EventQuery { EventType = AcledTypology.Battles, Limit = 100 });
        yield return ("query type + one month", new EventQuery { EventType = AcledTypology.Battles, Since = day, Until = day.AddDays(30), Limit = 100 });
        yield return ("query actor (first 100)", new EventQuery { Actor = SyntheticEvents.Actor(17), Limit = 100 });
        yield return ("query actor + country + month", new EventQuery { Actor = SyntheticEvents.Actor(17), Country = "SSD", Since = day, Until = day.AddDays(30), Limit = 100 });
        yield return ("query bounding box (first 100)", new EventQuery { Bounds = new GeoBox(0, 10, 3, 12), Limit = 100 });
        yield return ("query bounding box + one month", new EventQuery { Bounds = new GeoBox(0, 10, 3, 12), Since = day, Until = day.AddDays(30), Limit = 100 });
        yield return ("query event id", new EventQuery { EventId = SyntheticEvents.Imported(events / 2).Event.Id });
    }

    private static StoreBenchmarkRow TimeQuery(SqliteEventStore store, string name, EventQuery query, int repeats)
    {
        int found = store.QueryEvents(query).Count;
        var times = new List<TimeSpan>(repeats);
        var cpus = new List<TimeSpan>(repeats);
        for (int i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            TimeSpan cpu = CpuNow();
            store.QueryEvents(query);
            times.Add(watch.Elapsed);
            cpus.Add(CpuNow() - cpu);
        }
        times.Sort();
        cpus.Sort();
        return new StoreBenchmarkRow(name + " (median)", 1, times[times.Count / 2], cpus[cpus.Count / 2], $"{found} events");
    }

    private static TimeSpan CpuNow() => Process.GetCurrentProcess().TotalProcessorTime;

    private static void Delete(string path)
    {
        foreach (string suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(path + suffix)) File.Delete(path + suffix);
        }
    }
}
