using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Processing;

/// <summary>One document after the pipeline: the annotated document and its events, or the stage that failed.</summary>
public sealed record ProcessedItem(Document Document, ImmutableArray<ConflictEvent> Events, PipelineFailure? Failure);

/// <summary>One input file after reading and processing every document in it.</summary>
public sealed record ProcessedInput(FileReadResult File, ImmutableArray<ProcessedItem> Items)
{
    /// <summary>Reader problems plus pipeline failures, in the CLI's `FILE: CODE: message` form.</summary>
    public IEnumerable<Problem> Problems =>
        File.Problems.Concat(Items.Where(i => i.Failure is not null).Select(i => i.Failure!.ToProblem(File.Path)));

    public bool Failed => Problems.Any(p => p.IsError);
}
