using System.CommandLine;
using System.Collections.Immutable;
using Sitrep.Cli.Processing;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep ingest PATH... [--db FILE]`: extract and store documents and their events, one
/// transaction per file; with --enqueue, only read the documents into a PostgreSQL store's work
/// queue for `sitrep worker` to process.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Database();
        var published = CommonOptions.Published();
        var maxBytes = CommonOptions.MaxBytes();
        var enqueue = new Option<bool>("--enqueue") { Description = "Only read the documents into the work queue of a PostgreSQL store; `sitrep worker` processes them." };
        var command = new Command("ingest", "Extract events from articles and store documents and events in the event store.") { paths, db, published, maxBytes, enqueue };
        command.SetAction((parsed, cancellationToken) =>
        {
            string[] inputs = parsed.GetValue(paths)!;
            string store = parsed.GetValue(db) ?? context.DefaultStorePath;
            ReaderOptions options = CommonOptions.ReaderOptions(parsed, published, maxBytes);
            return Task.FromResult(parsed.GetValue(enqueue)
                ? EnqueueRun.Run(context, inputs, store, options, cancellationToken)
                : Run(context, inputs, store, options, cancellationToken));
        });
        return command;
    }

    private static int Run(CliContext context, string[] paths, string storePath, ReaderOptions readerOptions, CancellationToken cancellationToken)
    {
        using IEventStore? store = StoreOpener.Open(context, storePath);
        if (store is null) return SitrepCommandLine.SomeInputsFailed;
        SitrepResources? resources = CliResources.Load(context);
        if (resources is null) return SitrepCommandLine.SomeInputsFailed;
        var processor = new InputProcessor(new DocumentReader(readerOptions), SitrepPipeline.CreateDefault(resources));
        using var progress = new ProgressReporter(context.Error, context.ErrorIsTerminal, expectedFiles: null);
        int files = 0, failedFiles = 0, added = 0, present = 0, events = 0;
        foreach (ProcessedInput input in processor.Process(paths, progress, cancellationToken))
        {
            files++;
            foreach (var problem in input.Problems) context.Error.WriteLine(problem);
            ImmutableArray<ProcessedDocument> batch = [.. input.Items
                .Where(i => i.Failure is null)
                .Select(i => new ProcessedDocument(i.Document, i.Events))];
            bool failed = input.Failed;
            if (batch.Length > 0)
            {
                try
                {
                    IngestResult result = store.Ingest(batch, cancellationToken);
                    added += result.DocumentsAdded;
                    present += result.DocumentsPresent;
                    events += result.EventsAdded;
                }
                catch (StoreException ex)
                {
                    context.Error.WriteLine($"{input.File.Path}: {ex.Code.Code}: {ex.Detail}");
                    failed = true;
                }
            }
            if (failed) failedFiles++;
        }
        context.Output.WriteLine(
            $"ingested {files} file(s): {added} new document(s), {present} already stored, {events} new event(s), {failedFiles} file(s) with errors; " +
            $"{storePath} now holds {store.CountDocuments()} document(s) and {store.CountEvents()} event(s)");
        return failedFiles > 0 ? SitrepCommandLine.SomeInputsFailed : SitrepCommandLine.Success;
    }
}
