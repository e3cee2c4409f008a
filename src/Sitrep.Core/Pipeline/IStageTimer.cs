namespace Sitrep.Pipeline;

/// <summary>Receives how long each stage took, for the benchmark's per-stage table.</summary>
public interface IStageTimer
{
    /// <summary>
    /// One stage on one document: wall time, the running thread's CPU time (see
    /// <see cref="ThreadCpuClock"/>) and the bytes the thread allocated meanwhile.
    /// </summary>
    void Record(string stage, TimeSpan elapsed, TimeSpan cpu, long allocatedBytes);
}
