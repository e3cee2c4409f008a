using System.Collections.Immutable;
using System.Diagnostics;
using Npgsql;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Storage.Postgres;

/// <summary>How fast batches are written: <see cref="Rows"/> counts the rows of every table the COPYs filled.</summary>
public sealed record CopyMeasurement(int Events, long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;
}

/// <summary>CPU time of the load (the COPYs) and of the rebuild of indexes and constraints after it.</summary>
public sealed record CpuSplit(TimeSpan Load, TimeSpan Rebuild)
{
    public TimeSpan Total => Load + Rebuild;
}

/// <summary>
/// How fast an import wrote <see cref="Rows"/> rows: <see cref="Load"/> is the wall time of the
/// COPY stage, <see cref="Elapsed"/> end to end (rebuilding indexes and checking foreign keys
/// included); CPU times of this process and, when the server runs on this machine, of the server
/// process that ran the import.
/// </summary>
public sealed record ImportMeasurement(int Events, long Rows, bool Bulk, TimeSpan Load, TimeSpan Elapsed, CpuSplit ClientCpu, CpuSplit? ServerCpu)
{
    public double LoadRowsPerSecond => Rows / Load.TotalSeconds;

    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;

    /// <summary>Rows per second of CPU (client and server) of the COPY stage, or null without the server's.</summary>
    public double? LoadRowsPerCpuSecond => ServerCpu is null ? null : Rows / (ClientCpu.Load + ServerCpu.Load).TotalSeconds;

    /// <summary>Rows per second of CPU (client and server) end to end, or null without the server's.</summary>
    public double? RowsPerCpuSecond => ServerCpu is null ? null : Rows / (ClientCpu.Total + ServerCpu.Total).TotalSeconds;

    /// <summary>Whether the import COPYed into staging tables and moved the rows on (<see cref="PostgresStaging"/>).</summary>
    public bool Staged { get; init; }

    /// <summary>Where the time went, step by step (each COPY, the upserts, making the rows, the rebuild).</summary>
    public IReadOnlyList<CopyStage> Stages { get; init; } = [];
}

/// <summary>
/// One worker's share of a measurement: documents it completed, where its time went, and the CPU
/// time of the server processes that served its connections (null when the server is elsewhere).
/// </summary>
public sealed record WorkerShare(int Documents, WorkerTimings Timings, TimeSpan? ServerCpu);

/// <summary>
/// How fast <see cref="Workers"/> workers emptied a queue of <see cref="Documents"/> documents:
/// wall time, this process's CPU time (the workers' threads, the garbage collector and the JIT)
/// and each worker's share, plus how many events were stored and how many of them merged.
/// </summary>
public sealed record WorkerMeasurement(int Workers, int Documents, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;

    public TimeSpan ClientCpu { get; init; }

    public IReadOnlyList<WorkerShare> Shares { get; init; } = [];

    public int EventsAdded { get; init; }

    public int EventsMerged { get; init; }

    /// <summary>The server's CPU time for all workers, or null when it could not be read.</summary>
    public TimeSpan? ServerCpu => Shares.Count == 0 || Shares.Any(s => s.ServerCpu is null) ? null : Shares.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.ServerCpu!.Value);

    /// <summary>Documents per second of CPU, client and server together (client alone when the server's is unknown).</summary>
    public double DocumentsPerCpuSecond => Documents / (ClientCpu + (ServerCpu ?? TimeSpan.Zero)).TotalSeconds;
}

/// <summary>
/// Measures the PostgreSQL backend on a server: bulk writes of synthetic events, and worker
/// throughput on a corpus. Each measurement runs in a database of its own, created on the server
/// and dropped afterwards, so it starts empty and leaves nothing behind.
/// </summary>
public sealed class PostgresBenchmark(string serverLocation)
{
    private readonly NpgsqlConnectionStringBuilder _server = new(PostgresLocation.Parse(serverLocation).ConnectionString);

    /// <summary>Ingests <paramref name="documents"/> synthetic documents of <paramref name="eventsPerDocument"/> fully coded events each, in batches.</summary>
    public CopyMeasurement MeasureCopy(int documents, int eventsPerDocument, int batchSize)
    {
        ProcessedDocument[] corpus = [.. Enumerable.Range(0, documents).Select(i => Synthetic(i, eventsPerDocument))];
        return InScratchDatabase(location =>
        {
            using var store = PostgresEventStore.Open(location);
            var clock = Stopwatch.StartNew();
            foreach (ProcessedDocument[] batch in corpus.Chunk(batchSize)) store.Ingest(batch);
            clock.Stop();
            long rows = store.Read(connection =>
            {
                using var command = new NpgsqlCommand("SELECT " + CountedRows, connection);
                return (long)command.ExecuteScalar()!;
            });
            return new CopyMeasurement((int)store.CountEvents(), rows, clock.Elapsed);
        });
    }

    /// <summary>
    /// Imports <paramref name="events"/> synthetic events (the store suite's, four per document) in
    /// one <see cref="PostgresEventStore.ImportEvents"/> call. Into an empty store, with
    /// <paramref name="bulk"/> the fast path (<see cref="PostgresBulkLoad"/>), otherwise COPY into
    /// the indexed tables. With <paramref name="populated"/> the store first receives as many other
    /// events (not timed), and the import COPYs into staging tables when <paramref name="staged"/>
    /// (<see cref="PostgresStaging"/>), otherwise into the indexed tables. Rows count the event
    /// tables and reports the import added (revisions and stub documents are written but not counted).
    /// </summary>
    public ImportMeasurement MeasureImport(int events, bool bulk = true, bool populated = false, bool staged = true) => InScratchDatabase(location =>
    {
        using var store = PostgresEventStore.Open(location);
        if (populated) store.Import([.. Enumerable.Range(events, events).Select(Benchmarking.SyntheticEvents.Imported)]);
        if (!bulk) store.BulkThreshold = int.MaxValue;
        store.StagingThreshold = staged ? 1 : int.MaxValue;
        long before = CountRows(store);
        // Made before the clock starts, so the client's CPU time is the store's, not the generator's.
        StoredEvent[] input = [.. new Benchmarking.SyntheticEvents.ImportedList(events)];
        TimeSpan clientStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        PostgresImportReport report = store.Import(input);
        clock.Stop();
        TimeSpan clientEnd = Process.GetCurrentProcess().TotalProcessorTime;
        TimeSpan? serverEnd = PostgresBackendCpu.Of(report.BackendPid);
        long rows = CountRows(store) - before;
        return new ImportMeasurement(report.Result.EventsAdded, rows, report.Bulk, report.Load, clock.Elapsed,
            new CpuSplit(report.ClientCpuAtRebuild - clientStart, clientEnd - report.ClientCpuAtRebuild),
            report.ServerCpuAtStart is TimeSpan s0 && report.ServerCpuAtRebuild is TimeSpan s1 && serverEnd is TimeSpan s2 ? new CpuSplit(s1 - s0, s2 - s1) : null)
        {
            Staged = report.Staged,
            Stages = report.Stages,
        };
    });

    /// <summary>
    /// Imports a few events on the bulk path and into the indexed tables, uncounted, so that the
    /// measurements after it time the import rather than the JIT compilation of its code (this
    /// program compiles every method fully optimised on its first call) and cold caches.
    /// </summary>
    public void WarmUpImport(int events = 2_000) => InScratchDatabase(location =>
    {
        using var store = PostgresEventStore.Open(location);
        store.BulkThreshold = 1;
        store.Import([.. new Benchmarking.SyntheticEvents.ImportedList(events)]);
        store.BulkThreshold = int.MaxValue;
        store.Import([.. Enumerable.Range(events, events).Select(Benchmarking.SyntheticEvents.Imported)]);
        return true;
    });

    private static long CountRows(PostgresEventStore store) => store.Read(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT {CountedRows} + (SELECT count(*) FROM reports)", connection);
        return (long)command.ExecuteScalar()!;
    });

    private const string CountedRows = """
        (SELECT count(*) FROM events) + (SELECT count(*) FROM event_sources) + (SELECT count(*) FROM event_actors)
        + (SELECT count(*) FROM event_actor_aliases) + (SELECT count(*) FROM claims) + (SELECT count(*) FROM claim_by)
        + (SELECT count(*) FROM evidence)
        """;

    /// <summary>
    /// Queues <paramref name="corpus"/> and times <paramref name="workers"/> workers emptying the
    /// queue, each a thread with its own store (its own connections, named for the worker so the
    /// server processes serving it can be told apart).
    /// </summary>
    public WorkerMeasurement MeasureWorkers(IReadOnlyList<Document> corpus, DocumentPipeline pipeline, int workers, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return InScratchDatabase(location =>
        {
            using (var setup = PostgresEventStore.Open(location)) setup.WorkQueue.Enqueue(corpus);
            var options = new WorkerOptions { BatchSize = batchSize };
            PostgresEventStore[] stores = [.. Enumerable.Range(0, workers).Select(i => PostgresEventStore.Open(
                new NpgsqlConnectionStringBuilder(location) { ApplicationName = WorkerName(i) }.ConnectionString))];
            try
            {
                var runs = new PostgresWorker[workers];
                var reports = new WorkerReport[workers];
                var merged = new int[workers];
                TimeSpan cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                Thread[] threads = [.. Enumerable.Range(0, workers).Select(i => new Thread(() =>
                {
                    runs[i] = new PostgresWorker(stores[i].WorkQueue, pipeline, options);
                    reports[i] = runs[i].Run(once: true, c => merged[i] += c.Ingest.EventsMerged);
                }))];
                foreach (Thread thread in threads) thread.Start();
                foreach (Thread thread in threads) thread.Join();
                clock.Stop();
                TimeSpan clientCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
                IReadOnlyDictionary<string, TimeSpan?> server = ServerCpuByApplication(location);
                return new WorkerMeasurement(workers, corpus.Count, clock.Elapsed)
                {
                    ClientCpu = clientCpu,
                    Shares = [.. Enumerable.Range(0, workers).Select(i => new WorkerShare(reports[i].Done, runs[i].Timings, server.GetValueOrDefault(WorkerName(i))))],
                    EventsAdded = reports.Sum(r => r.EventsAdded),
                    EventsMerged = merged.Sum(),
                };
            }
            finally
            {
                foreach (PostgresEventStore store in stores) store.Dispose();
            }
        });
    }

    private static string WorkerName(int index) => "sitrep-bench-worker-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The server processes of a database's open connections, by application name, with their CPU
    // time so far: the workers' pooled connections are still open, so this is each worker's whole
    // server side (one process per connection, started for the measurement's fresh database).
    private static Dictionary<string, TimeSpan?> ServerCpuByApplication(string location)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(location) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT application_name, pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        var result = new Dictionary<string, TimeSpan?>(StringComparer.Ordinal);
        using NpgsqlDataReader r = command.ExecuteReader();
        while (r.Read())
        {
            string name = r.GetString(0);
            TimeSpan? cpu = PostgresBackendCpu.Of(r.GetInt32(1));
            result[name] = result.TryGetValue(name, out TimeSpan? sum) ? sum + cpu : cpu;
        }
        return result;
    }

    private T InScratchDatabase<T>(Func<string, T> measure)
    {
        string name = "sitrep_bench_" + Guid.NewGuid().ToString("N");
        // The name is a GUID made here, never input.
        Maintenance($"CREATE DATABASE {name}");
        try
        {
            return measure(new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = name }.ConnectionString);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Maintenance($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private void Maintenance(string sql)
    {
        using var connection = new NpgsqlConnection(_server.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static ProcessedDocument Synthetic(int index, int eventsPerDocument)
    {
        string text = $"Report {index}: fighters attacked soldiers near Gao on Tuesday, killing at least {index % 40} people, officials said.";
        var document = new Document(text, new DocumentMetadata { Source = $"bench-{index}.txt", Outlet = "Bench Wire", Published = new DateOnly(2025, 6, 6) });
        var span = new Span(0, text.Length);
        ImmutableArray<ConflictEvent> events = [.. Enumerable.Range(0, eventsPerDocument).Select(e => new ConflictEvent
        {
            Id = $"{document.Id}-e{e + 1}",
            EventType = AcledTypology.Battles,
            SubEventType = "Armed clash",
            // A distinct attacker per document, so no two reports are the same incident and every event is written by COPY.
            Actor1 = new ActorRef { Name = $"Armed group {index}", Aliases = [$"group {index}"], Inter = 2 },
            Actor2 = new ActorRef { Name = "Military Forces of Mali (2021-)", Aliases = ["soldiers"], Inter = 1, Country = "MLI" },
            Date = EventDate.OnDay(new DateOnly(2025, 1, 1).AddDays(index % 365)),
            Place = new EventPlace { Country = "MLI", Location = "Gao", Point = new GeoPoint(16.27, -0.04), Precision = GeoPrecision.Near },
            Fatalities = new FatalityCount(index % 40, index % 40, null),
            Claims = [new Claim(["officials"], ClaimKind.Fatalities)],
            Confidence = 0.75,
            Span = span,
            Evidence = [new Evidence("fatalities", span, text)],
        })];
        return new ProcessedDocument(document, events);
    }
}
