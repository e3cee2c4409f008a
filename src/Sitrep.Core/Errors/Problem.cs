namespace Sitrep.Errors;

public enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>
/// An expected failure or warning as a value: which code, about what (a file, a document, a
/// line), and a message a person can act on.
/// </summary>
public sealed record Problem(ErrorCode Code, string Subject, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>The 1-based line the problem is on, where it is about one line of a file.</summary>
    public int? Line { get; init; }

    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>The form the CLI prints: <c>FILE: CODE: message</c>.</summary>
    public override string ToString() =>
        Line is int line ? $"{Subject}:{line}: {Code.Code}: {Message}" : $"{Subject}: {Code.Code}: {Message}";
}
