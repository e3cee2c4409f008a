using System.CommandLine;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Storage.Postgres;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep bench-postgres --db POSTGRES [--events N] [--import-events N] [--documents N]`: binary COPY rows/s (ingest and bulk import) and
/// worker throughput with 1 and 3 workers, each in a scratch database created on the server.
/// </summary>
internal static class PostgresBenchCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Option<string?>("--db") { Description = "PostgreSQL server (its user must be allowed to create databases; default: $SITREP_DB)." };
        var events = new Option<int>("--events") { Description = "Synthetic events for the COPY measurement.", DefaultValueFactory = _ => 100_000 };
        var importEvents = new Option<int>("--import-events") { Description = "Synthetic events for the bulk import measurement (0 skips it).", DefaultValueFactory = _ => 250_000 };
        var documents = new Option<int>("--documents") { Description = "Documents queued for the worker measurement (copies of examples/).", DefaultValueFactory = _ => 300 };
        var command = new Command("bench-postgres", "Measure PostgreSQL bulk writes (rows/s) and 1 vs 3 workers throughput.") { db, events, importEvents, documents };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(context, parsed.GetValue(db) ?? context.DefaultStorePath,
            parsed.GetValue(events), parsed.GetValue(importEvents), parsed.GetValue(documents), cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string location, int eventCount, int importCount, int documentCount, CancellationToken cancellationToken)
    {
        if (!PostgresLocation.IsPostgres(location)) throw new UsageException($"bench-postgres needs a PostgreSQL server (--db postgres://...), not '{location}'");
        if (eventCount < 10) throw new UsageException($"--events must be at least 10, not {eventCount}");
        if (importCount < 0) throw new UsageException($"--import-events must be at least 0, not {importCount}");
        if (documentCount < 1) throw new UsageException($"--documents must be at least 1, not {documentCount}");
        SitrepResources? resources = CliResources.Load(context);
        if (resources is null) return SitrepCommandLine.SomeInputsFailed;
        var bench = new PostgresBenchmark(location);
        try
        {
            CopyMeasurement copy = bench.MeasureCopy(eventCount / 2, eventsPerDocument: 2, batchSize: 5_000);
            context.Output.WriteLine(Invariant($"copy     {copy.Events,9} events {copy.Rows,9} rows {copy.Elapsed.TotalSeconds,7:F2} s {copy.RowsPerSecond,10:N0} rows/s {copy.EventsPerSecond,9:N0} events/s"));
            if (importCount > 0)
            {
                CopyMeasurement import = bench.MeasureImport(importCount);
                context.Output.WriteLine(Invariant($"import   {import.Events,9} events {import.Rows,9} rows {import.Elapsed.TotalSeconds,7:F2} s {import.RowsPerSecond,10:N0} rows/s {import.EventsPerSecond,9:N0} events/s"));
            }
            IReadOnlyList<Document> corpus = Corpus(documentCount, cancellationToken);
            DocumentPipeline pipeline = SitrepPipeline.CreateDefault(resources);
            WorkerMeasurement one = bench.MeasureWorkers(corpus, pipeline, workers: 1, batchSize: 10);
            WorkerMeasurement three = bench.MeasureWorkers(corpus, pipeline, workers: 3, batchSize: 10);
            foreach (WorkerMeasurement m in new[] { one, three })
                context.Output.WriteLine(Invariant($"workers {m.Workers,2} {m.Documents,9} docs {m.Elapsed.TotalSeconds,16:F2} s {m.DocumentsPerSecond,10:N1} docs/s"));
            context.Output.WriteLine(Invariant($"speed-up of 3 workers over 1: {three.DocumentsPerSecond / one.DocumentsPerSecond:F2}x on {Environment.ProcessorCount} core(s)"));
            return SitrepCommandLine.Success;
        }
        catch (StoreException ex)
        {
            context.Error.WriteLine(ex.ToProblem());
            return SitrepCommandLine.SomeInputsFailed;
        }
    }

    /// <summary>Copies of the bundled examples, each under its own source name so each is a distinct document.</summary>
    private static List<Document> Corpus(int count, CancellationToken cancellationToken)
    {
        string examples = SitrepResources.FindCheckoutFolder("examples") ?? throw new UsageException("no bundled examples/ folder found above the program");
        var originals = new List<Document>();
        foreach (FileReadResult file in new DocumentReader(new ReaderOptions()).ReadPaths([examples], cancellationToken)) originals.AddRange(file.Documents);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            Document d = originals[i % originals.Count];
            return new Document(d.Text, d.Metadata with { Source = $"{d.Metadata.Source}#copy-{i}" });
        })];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
