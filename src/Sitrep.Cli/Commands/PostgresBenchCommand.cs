using System.CommandLine;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Storage.Postgres;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep bench-postgres --db POSTGRES [--events N] [--import-events N] [--import-indexed] [--import-populated] [--documents N]
/// [--corpus distinct|duplicates] [--batch N] [--runs N] [--cold]`: binary COPY rows/s
/// (ingest and bulk import, wall and CPU) and worker throughput with 1 and 3 workers, each in a scratch database created on the
/// server. 0 events or documents skips that measurement.
/// </summary>
internal static class PostgresBenchCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Option<string?>("--db") { Description = "PostgreSQL server (its user must be allowed to create databases; default: $SITREP_DB)." };
        var events = new Option<int>("--events") { Description = "Synthetic events for the COPY measurement.", DefaultValueFactory = _ => 100_000 };
        var importEvents = new Option<int>("--import-events") { Description = "Synthetic events for the bulk import measurement (0 skips it).", DefaultValueFactory = _ => 250_000 };
        var indexed = new Option<bool>("--import-indexed") { Description = "Also import into the indexed tables (the path below the bulk threshold), for comparison." };
        var populated = new Option<bool>("--import-populated") { Description = "Also import into a store already holding as many events: through staging tables, and straight into the indexed tables." };
        var documents = new Option<int>("--documents") { Description = "Documents queued for the worker measurement (copies of examples/; 0 skips it).", DefaultValueFactory = _ => 300 };
        var corpus = new Option<string>("--corpus")
        {
            Description = "Worker corpus: 'distinct' (each copy of an example published weeks after the last, so its events are incidents of their own, as in a real feed) or 'duplicates' (copies that all merge into the examples' few incidents).",
            DefaultValueFactory = _ => Distinct,
        };
        corpus.AcceptOnlyFromAmong(Distinct, Duplicates);
        var batch = new Option<int>("--batch") { Description = "Documents a worker claims at a time.", DefaultValueFactory = _ => 10 };
        var runs = new Option<int>("--runs") { Description = "Times the 1-worker and 3-worker measurements are repeated, alternately.", DefaultValueFactory = _ => 1 };
        var cold = new Option<bool>("--cold") { Description = "Skip the uncounted warm-up before the import and worker measurements (the first then pays for JIT compilation)." };
        var command = new Command("bench-postgres", "Measure PostgreSQL bulk writes (rows/s) and 1 vs 3 workers throughput.") { db, events, importEvents, indexed, populated, documents, corpus, batch, runs, cold };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(context, parsed.GetValue(db) ?? context.DefaultStorePath,
            new Sizes(parsed.GetValue(events), parsed.GetValue(importEvents), parsed.GetValue(indexed), parsed.GetValue(populated), parsed.GetValue(documents))
            {
                DuplicateCorpus = parsed.GetValue(corpus) == Duplicates,
                Batch = parsed.GetValue(batch),
                Runs = parsed.GetValue(runs),
                Cold = parsed.GetValue(cold),
            }, cancellationToken)));
        return command;
    }

    private const string Distinct = "distinct";
    private const string Duplicates = "duplicates";

    private sealed record Sizes(int Events, int ImportEvents, bool ImportIndexed, bool ImportPopulated, int Documents)
    {
        public bool DuplicateCorpus { get; init; }
        public int Batch { get; init; } = 10;
        public int Runs { get; init; } = 1;
        public bool Cold { get; init; }
    }

    private static int Run(CliContext context, string location, Sizes sizes, CancellationToken cancellationToken)
    {
        if (!PostgresLocation.IsPostgres(location)) throw new UsageException($"bench-postgres needs a PostgreSQL server (--db postgres://...), not '{location}'");
        if (sizes.Events is < 10 and not 0) throw new UsageException($"--events must be 0 or at least 10, not {sizes.Events}");
        if (sizes.ImportEvents < 0) throw new UsageException($"--import-events must be at least 0, not {sizes.ImportEvents}");
        if (sizes.Documents < 0) throw new UsageException($"--documents must be at least 0, not {sizes.Documents}");
        if (sizes.Batch < 1) throw new UsageException($"--batch must be at least 1, not {sizes.Batch}");
        if (sizes.Runs < 1) throw new UsageException($"--runs must be at least 1, not {sizes.Runs}");
        var bench = new PostgresBenchmark(location);
        try
        {
            if (sizes.Events > 0)
            {
                CopyMeasurement copy = bench.MeasureCopy(sizes.Events / 2, eventsPerDocument: 2, batchSize: 5_000);
                context.Output.WriteLine(Invariant($"copy     {copy.Events,9} events {copy.Rows,9} rows {copy.Elapsed.TotalSeconds,7:F2} s {copy.RowsPerSecond,10:N0} rows/s {copy.EventsPerSecond,9:N0} events/s"));
            }
            if (sizes.ImportEvents > 0)
            {
                if (!sizes.Cold) bench.WarmUpImport();
                context.Output.WriteLine(sizes.Cold ? "import: cold (the first import pays for JIT compilation)" : "import: after an uncounted warm-up import of 2,000 events");
                if (sizes.ImportIndexed) Report(context, "indexed", bench.MeasureImport(sizes.ImportEvents, bulk: false));
                Report(context, "bulk", bench.MeasureImport(sizes.ImportEvents));
                if (sizes.ImportPopulated)
                {
                    Report(context, "populated, indexed", bench.MeasureImport(sizes.ImportEvents, populated: true, staged: false));
                    Report(context, "populated, staged", bench.MeasureImport(sizes.ImportEvents, populated: true, staged: true));
                }
            }
            if (sizes.Documents == 0) return SitrepCommandLine.Success;
            SitrepResources? resources = CliResources.Load(context);
            if (resources is null) return SitrepCommandLine.SomeInputsFailed;
            IReadOnlyList<Document> corpus = Corpus(sizes.Documents, sizes.DuplicateCorpus, cancellationToken);
            DocumentPipeline pipeline = SitrepPipeline.CreateDefault(resources);
            // Not counted: the first documents pay for JIT compilation and cold caches, which would
            // otherwise fall on whichever measurement runs first and inflate the speed-up.
            if (!sizes.Cold) bench.MeasureWorkers([.. corpus.Take(10)], pipeline, workers: 1, batchSize: sizes.Batch);
            context.Output.WriteLine(Invariant($"workers: {corpus.Count} documents ({(sizes.DuplicateCorpus ? Duplicates : Distinct)} corpus), batches of {sizes.Batch}, {Environment.ProcessorCount} core(s)"));
            for (int run = 0; run < sizes.Runs; run++)
            {
                WorkerMeasurement one = bench.MeasureWorkers(corpus, pipeline, workers: 1, batchSize: sizes.Batch);
                WorkerMeasurement three = bench.MeasureWorkers(corpus, pipeline, workers: 3, batchSize: sizes.Batch);
                foreach (WorkerMeasurement m in new[] { one, three }) Report(context, m);
                context.Output.WriteLine(Invariant($"speed-up of 3 workers over 1: {three.DocumentsPerSecond / one.DocumentsPerSecond:F2}x wall, {three.DocumentsPerCpuSecond / one.DocumentsPerCpuSecond:F2}x per cpu-s (load {LoadAverage()})"));
            }
            return SitrepCommandLine.Success;
        }
        catch (StoreException ex)
        {
            context.Error.WriteLine(ex.ToProblem());
            return SitrepCommandLine.SomeInputsFailed;
        }
    }

    // The COPY stage alone, then end to end (the rebuild of indexes and foreign keys included); CPU is client plus server process.
    private static void Report(CliContext context, string name, ImportMeasurement m)
    {
        string Cpu(CpuSplit client, CpuSplit? server, Func<CpuSplit, TimeSpan> part) => server is null
            ? Invariant($"client cpu {part(client).TotalSeconds:F2} s")
            : Invariant($"cpu {part(client).TotalSeconds:F2} + {part(server).TotalSeconds:F2} s = {Rate(m.Rows, part(client) + part(server)),10:N0} rows/cpu-s");
        context.Output.WriteLine(Invariant($"import {name,-18} {m.Events,9} events {m.Rows,9} rows ({(m.Bulk ? "bulk path" : m.Staged ? "staging tables" : "indexed tables")})"));
        context.Output.WriteLine(Invariant($"  copy stage  {m.Load.TotalSeconds,7:F2} s {m.LoadRowsPerSecond,10:N0} rows/s wall; {Cpu(m.ClientCpu, m.ServerCpu, c => c.Load)}"));
        context.Output.WriteLine(Invariant($"  end to end  {m.Elapsed.TotalSeconds,7:F2} s {m.RowsPerSecond,10:N0} rows/s wall; {Cpu(m.ClientCpu, m.ServerCpu, c => c.Total)}"));
        foreach (CopyStage stage in m.Stages)
        {
            string server = stage.ServerCpu is TimeSpan s ? Invariant($"{s.TotalSeconds,6:F2}") : "     ?";
            context.Output.WriteLine(Invariant($"    {stage.Name,-36} wall {stage.Wall.TotalSeconds,6:F2} s  cpu client {stage.ClientCpu.TotalSeconds,6:F2} + server {server} s; allocated {stage.AllocatedBytes / 1e6,6:F1} MB"));
        }
    }

    private static void Report(CliContext context, WorkerMeasurement m)
    {
        string server = m.ServerCpu is TimeSpan s ? Invariant($"{s.TotalSeconds:F2}") : "?";
        context.Output.WriteLine(Invariant($"workers {m.Workers,2} {m.Documents,6} docs {m.Elapsed.TotalSeconds,7:F2} s {m.DocumentsPerSecond,7:N1} docs/s wall; cpu client {m.ClientCpu.TotalSeconds:F2} + server {server} s = {m.DocumentsPerCpuSecond:N1} docs/cpu-s; {m.EventsAdded} events, {m.EventsMerged} merged"));
        for (int i = 0; i < m.Shares.Count; i++)
        {
            WorkerShare w = m.Shares[i];
            WorkerTimings t = w.Timings;
            context.Output.WriteLine(Invariant($"  worker {i + 1}: {w.Documents,4} docs; wall claim {t.Claim.TotalSeconds:F2}, pipeline {t.Pipeline.TotalSeconds:F2}, lock wait {t.LockWait.TotalSeconds:F2}, store {t.Store.TotalSeconds:F2} s; cpu thread {Seconds(t.Cpu)} (pipeline {Seconds(t.PipelineCpu)}), server {Seconds(w.ServerCpu)} s"));
        }
    }

    private static string Seconds(TimeSpan? time) => time is TimeSpan t ? Invariant($"{t.TotalSeconds:F2}") : "?";

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static double Rate(long rows, TimeSpan time) => time > TimeSpan.Zero ? rows / time.TotalSeconds : 0;

    /// <summary>
    /// Copies of the bundled examples, each under its own source name so each is a distinct
    /// document. With <paramref name="duplicates"/> the copies keep the originals' dates and URLs,
    /// so every copy merges into (or revises) the examples' few incidents; otherwise the k-th copy
    /// of an example is published <see cref="CopySpacingDays"/> × k days later under its own URL,
    /// which moves its relatively dated events ("on Wednesday") out of every other copy's window.
    /// </summary>
    private static List<Document> Corpus(int count, bool duplicates, CancellationToken cancellationToken)
    {
        string examples = SitrepResources.FindCheckoutFolder("examples") ?? throw new UsageException("no bundled examples/ folder found above the program");
        var originals = new List<Document>();
        foreach (FileReadResult file in new DocumentReader(new ReaderOptions()).ReadPaths([examples], cancellationToken)) originals.AddRange(file.Documents);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            Document d = originals[i % originals.Count];
            DocumentMetadata m = d.Metadata with { Source = $"{d.Metadata.Source}#copy-{i}" };
            int days = i / originals.Count * CopySpacingDays;
            if (!duplicates)
            {
                m = m with
                {
                    Url = m.Url is null ? null : $"{m.Url}#copy-{i}",
                    Published = m.Published?.AddDays(days),
                    PublishedAt = m.PublishedAt?.AddDays(days),
                };
            }
            return new Document(d.Text, m);
        })];
    }

    /// <summary>Days between copies of one example in the distinct corpus: more than a week, so day-precise dates never overlap.</summary>
    private const int CopySpacingDays = 9;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
