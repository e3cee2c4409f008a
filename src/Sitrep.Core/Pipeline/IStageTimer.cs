namespace Sitrep.Pipeline;

/// <summary>Receives how long each stage took, for the benchmark's per-stage table.</summary>
public interface IStageTimer
{
    void Record(string stage, TimeSpan elapsed);
}
