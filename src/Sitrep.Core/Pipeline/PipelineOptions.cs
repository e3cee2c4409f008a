namespace Sitrep.Pipeline;

public sealed record PipelineOptions
{
    public static PipelineOptions Default { get; } = new();

    /// <summary>Check every produced layer's span invariants after each stage (on in tests, off in production runs).</summary>
    public bool CheckInvariants { get; init; }
}
