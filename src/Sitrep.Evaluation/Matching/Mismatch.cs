namespace Sitrep.Evaluation.Matching;

/// <summary>One failed matching condition, with a message a person developing the extractor can act on.</summary>
public sealed record Mismatch(MismatchKind Kind, string Message)
{
    public override string ToString() => Message;
}
