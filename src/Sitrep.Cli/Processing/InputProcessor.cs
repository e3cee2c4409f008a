using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Processing;

/// <summary>Reads input paths and runs each document through a pipeline, one file at a time.</summary>
public sealed class InputProcessor(DocumentReader reader, DocumentPipeline pipeline)
{
    public IEnumerable<ProcessedInput> Process(IEnumerable<string> paths, IProgressReporter progress, CancellationToken cancellationToken)
    {
        foreach (FileReadResult file in reader.ReadPaths(paths, cancellationToken))
        {
            var items = ImmutableArray.CreateBuilder<ProcessedItem>(file.Documents.Length);
            foreach (var document in file.Documents)
            {
                PipelineResult result = pipeline.Run(document, cancellationToken);
                items.Add(new ProcessedItem(result.Document, result.Document.Get(EventLayers.Events), result.Failure));
            }
            var processed = new ProcessedInput(file, items.MoveToImmutable());
            progress.Advance(processed);
            yield return processed;
        }
    }
}
