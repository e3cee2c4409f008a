using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Storage.Postgres;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep ingest --enqueue PATH... --db POSTGRES`: read documents into the work queue, one transaction per file.</summary>
internal static class EnqueueRun
{
    public static int Run(CliContext context, string[] paths, string storeLocation, ReaderOptions readerOptions, CancellationToken cancellationToken)
    {
        using PostgresEventStore? store = WorkerCommand.OpenPostgres(context, storeLocation, "--enqueue");
        if (store is null) return SitrepCommandLine.SomeInputsFailed;
        var reader = new DocumentReader(readerOptions);
        int files = 0, failedFiles = 0, added = 0, present = 0;
        foreach (FileReadResult file in reader.ReadPaths(paths, cancellationToken))
        {
            files++;
            foreach (var problem in file.Problems) context.Error.WriteLine(problem);
            bool failed = file.HasErrors;
            if (file.Documents.Length > 0)
            {
                try
                {
                    EnqueueResult result = store.WorkQueue.Enqueue(file.Documents);
                    added += result.Added;
                    present += result.Present;
                }
                catch (StoreException ex)
                {
                    context.Error.WriteLine($"{file.Path}: {ex.Code.Code}: {ex.Detail}");
                    failed = true;
                }
            }
            if (failed) failedFiles++;
        }
        QueueCounts counts = store.WorkQueue.Counts();
        context.Output.WriteLine(
            $"enqueued {files} file(s): {added} new document(s), {present} already queued, {failedFiles} file(s) with errors; " +
            $"the queue at {store.Location} holds {counts.Pending} pending, {counts.Done} done, {counts.Failed} failed");
        return failedFiles > 0 ? SitrepCommandLine.SomeInputsFailed : SitrepCommandLine.Success;
    }
}
