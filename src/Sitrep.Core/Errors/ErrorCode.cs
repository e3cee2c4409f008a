namespace Sitrep.Errors;

/// <summary>
/// A stable, documented code for an expected failure. Codes never change meaning once released,
/// so logs, the CLI and the API can be grepped and scripted against them.
/// </summary>
public sealed record ErrorCode(string Code, string Name, string Description)
{
    public override string ToString() => Code;
}
