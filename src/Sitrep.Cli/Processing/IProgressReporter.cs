namespace Sitrep.Cli.Processing;

/// <summary>Tells the person at the terminal how far a long run has got.</summary>
public interface IProgressReporter : IDisposable
{
    void Advance(ProcessedInput input);
}
