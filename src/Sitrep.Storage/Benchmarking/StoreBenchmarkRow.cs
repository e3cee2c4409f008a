namespace Sitrep.Storage.Benchmarking;

/// <summary>
/// One line of the store benchmark: what was measured, over how many items, the (median) wall
/// time and the process CPU time it took, and a check of the result. CPU time is shown because
/// on a shared machine wall time mostly measures the other processes. The lines that break an
/// import down into its phases have CPU time only (<see cref="Elapsed"/> null).
/// </summary>
public sealed record StoreBenchmarkRow(string Name, long Items, TimeSpan? Elapsed, TimeSpan Cpu, string Result)
{
    public double? PerSecond => Elapsed is not TimeSpan elapsed ? null : elapsed.TotalSeconds > 0 ? Items / elapsed.TotalSeconds : double.PositiveInfinity;
}
