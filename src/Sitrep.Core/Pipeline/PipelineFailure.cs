using Sitrep.Documents;
using Sitrep.Errors;

namespace Sitrep.Pipeline;

/// <summary>Which stage failed on which document, with a stable code.</summary>
public sealed record PipelineFailure(string Stage, DocumentId DocumentId, ErrorCode Code, string Message)
{
    public Problem ToProblem(string subject) => new(Code, subject, $"stage '{Stage}' failed on document {DocumentId}: {Message}");

    public override string ToString() => $"{Code.Code}: stage '{Stage}' failed on document {DocumentId}: {Message}";
}

/// <summary>The outcome of running the pipeline on one document: the annotated document, or the failure.</summary>
public sealed record PipelineResult(Document Document, PipelineFailure? Failure)
{
    public bool Succeeded => Failure is null;
}
