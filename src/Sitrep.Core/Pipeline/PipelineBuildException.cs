using Sitrep.Errors;

namespace Sitrep.Pipeline;

/// <summary>Thrown when stages are assembled in an order that cannot work: a programming error, found before any document runs.</summary>
public sealed class PipelineBuildException(ErrorCode code, string message) : Exception($"{code.Code}: {message}")
{
    public ErrorCode Code { get; } = code;
}
