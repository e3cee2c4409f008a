using System.CommandLine;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Storage.Postgres;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep worker --db POSTGRES [--batch N] [--once]`: process documents from the work queue
/// until stopped (or, with --once, until the queue has nothing left to claim). Any number of
/// workers on any number of machines may share one queue.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Option<string?>("--db") { Description = "PostgreSQL store: postgres://user:pw@host:port/db or Host=...;Database=... (default: $SITREP_DB)." };
        var batch = new Option<int>("--batch") { Description = "Documents claimed per batch.", DefaultValueFactory = _ => new WorkerOptions().BatchSize };
        var lease = new Option<int>("--lease-seconds") { Description = "How long a claim holds; a crashed worker's documents are taken over after it.", DefaultValueFactory = _ => (int)new WorkerOptions().Lease.TotalSeconds };
        var once = new Option<bool>("--once") { Description = "Stop when the queue has nothing left to claim instead of waiting for more." };
        var command = new Command("worker", "Process documents queued by `sitrep ingest --enqueue` in a PostgreSQL store.") { db, batch, lease, once };
        command.SetAction((parsed, cancellationToken) =>
        {
            int size = parsed.GetValue(batch);
            int seconds = parsed.GetValue(lease);
            if (size < 1) throw new UsageException($"--batch must be at least 1, not {size}");
            if (seconds < 1) throw new UsageException($"--lease-seconds must be at least 1, not {seconds}");
            var options = new WorkerOptions { BatchSize = size, Lease = TimeSpan.FromSeconds(seconds) };
            return Task.FromResult(Run(context, parsed.GetValue(db) ?? context.DefaultStorePath, options, parsed.GetValue(once), cancellationToken));
        });
        return command;
    }

    private static int Run(CliContext context, string location, WorkerOptions options, bool once, CancellationToken cancellationToken)
    {
        using PostgresEventStore? store = OpenPostgres(context, location, "worker");
        if (store is null) return SitrepCommandLine.SomeInputsFailed;
        SitrepResources? resources = CliResources.Load(context);
        if (resources is null) return SitrepCommandLine.SomeInputsFailed;
        var worker = new PostgresWorker(store.WorkQueue, SitrepPipeline.CreateDefault(resources), options);
        try
        {
            WorkerReport report = worker.Run(once, c => context.Error.WriteLine(
                $"batch: {c.Done} done, {c.Failed} failed, {c.LeaseLost} taken over by another worker, {c.Ingest.EventsAdded} new event(s)"), cancellationToken,
                claim => context.Error.WriteLine($"claimed: {claim.Documents.Length} document(s), held until {claim.LeaseUntil:HH:mm:ss} UTC"));
            context.Output.WriteLine($"worker: {report.Batches} batch(es), {report.Done} document(s) done, {report.Failed} failed, {report.EventsAdded} new event(s)");
            return report.Failed > 0 ? SitrepCommandLine.SomeInputsFailed : SitrepCommandLine.Success;
        }
        catch (StoreException ex)
        {
            context.Error.WriteLine(ex.ToProblem());
            return SitrepCommandLine.SomeInputsFailed;
        }
    }

    /// <summary>Opens a PostgreSQL store, or prints why it cannot (not PostgreSQL, unreachable) and returns null.</summary>
    public static PostgresEventStore? OpenPostgres(CliContext context, string location, string what)
    {
        if (!PostgresLocation.IsPostgres(location))
        {
            context.Error.WriteLine($"sitrep: {what} needs a PostgreSQL store (--db postgres://... or Host=...), not '{location}'");
            return null;
        }
        try
        {
            return PostgresEventStore.Open(location);
        }
        catch (StoreException ex)
        {
            context.Error.WriteLine(ex.ToProblem());
            return null;
        }
    }
}
