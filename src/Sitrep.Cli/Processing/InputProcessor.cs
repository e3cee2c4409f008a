using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Processing;

/// <summary>
/// Reads input paths and runs their documents through a pipeline, yielding each file's results in
/// input order. Documents go through the pipeline in batches (<see cref="DocumentPipeline.RunBatch"/>),
/// across small files and within large ones, so that each stage's tables stay in the processor's cache.
/// </summary>
public sealed class InputProcessor(DocumentReader reader, DocumentPipeline pipeline, int batchSize = DocumentPipeline.DefaultBatchSize)
{
    public IEnumerable<ProcessedInput> Process(IEnumerable<string> paths, IProgressReporter progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var waiting = new List<FileReadResult>();
        int documents = 0;
        foreach (FileReadResult file in reader.ReadPaths(paths, cancellationToken))
        {
            waiting.Add(file);
            documents += file.Documents.Length;
            if (documents < batchSize) continue;
            foreach (ProcessedInput processed in Flush(waiting, progress, cancellationToken)) yield return processed;
            (waiting, documents) = ([], 0);
        }
        foreach (ProcessedInput processed in Flush(waiting, progress, cancellationToken)) yield return processed;
    }

    // Runs the waiting files' documents batch by batch, then hands each file its own results.
    private List<ProcessedInput> Flush(List<FileReadResult> files, IProgressReporter progress, CancellationToken cancellationToken)
    {
        var results = new List<PipelineResult>();
        foreach (var batch in files.SelectMany(f => f.Documents).Chunk(batchSize))
            results.AddRange(pipeline.RunBatch(batch, cancellationToken));
        var done = new List<ProcessedInput>(files.Count);
        int next = 0;
        foreach (FileReadResult file in files)
        {
            var items = ImmutableArray.CreateBuilder<ProcessedItem>(file.Documents.Length);
            foreach (PipelineResult result in results.GetRange(next, file.Documents.Length))
                items.Add(new ProcessedItem(result.Document, result.Document.Get(EventLayers.Events), result.Failure));
            next += file.Documents.Length;
            var processed = new ProcessedInput(file, items.MoveToImmutable());
            progress.Advance(processed);
            done.Add(processed);
        }
        return done;
    }
}
