using System.Collections.Immutable;
using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Errors;

namespace Sitrep.Pipeline;

/// <summary>
/// An ordered, validated list of stages. Construction checks that every stage's requirements are
/// produced by an earlier stage and that no two stages produce the same layer; running honours
/// cancellation and turns a stage's exception into a <see cref="PipelineFailure"/> naming the stage
/// and the document.
/// </summary>
public sealed class DocumentPipeline
{
    public DocumentPipeline(IEnumerable<IPipelineStage> stages, PipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        Stages = [.. stages];
        Options = options ?? PipelineOptions.Default;
        Validate(Stages);
    }

    public ImmutableArray<IPipelineStage> Stages { get; }
    public PipelineOptions Options { get; }

    /// <summary>Every layer some stage produces, in pipeline order.</summary>
    public IEnumerable<ILayerKey> Produces => Stages.SelectMany(s => s.Produces);

    public PipelineResult Run(Document document, CancellationToken cancellationToken = default, IStageTimer? timer = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document current = document;
        foreach (IPipelineStage stage in Stages)
        {
            if (cancellationToken.IsCancellationRequested)
                return new PipelineResult(current, new PipelineFailure(stage.Name, document.Id, ErrorCodes.Cancelled, "cancelled before the stage ran"));
            long started = timer is null ? 0 : Stopwatch.GetTimestamp();
            TimeSpan cpuStarted = timer is null ? default : ThreadCpuClock.Now();
            long allocatedBefore = timer is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
            try
            {
                current = stage.Process(current, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return new PipelineResult(current, new PipelineFailure(stage.Name, document.Id, ErrorCodes.Cancelled, "cancelled while the stage ran"));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return new PipelineResult(current, new PipelineFailure(stage.Name, document.Id, ErrorCodes.StageFailed, $"{ex.GetType().Name}: {ex.Message}"));
            }
            timer?.Record(stage.Name, Stopwatch.GetElapsedTime(started), ThreadCpuClock.Now() - cpuStarted,
                GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            if (Options.CheckInvariants)
            {
                IReadOnlyList<string> violations = LayerInvariants.Check(current, stage.Produces);
                if (violations.Count > 0)
                    return new PipelineResult(current, new PipelineFailure(stage.Name, document.Id, ErrorCodes.InvariantViolated, string.Join("; ", violations)));
            }
        }
        return new PipelineResult(current, null);
    }

    private static void Validate(ImmutableArray<IPipelineStage> stages)
    {
        var produced = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IPipelineStage stage in stages)
        {
            foreach (ILayerKey required in stage.Requires)
            {
                if (!produced.ContainsKey(required.Name))
                    throw new PipelineBuildException(ErrorCodes.StageOrder,
                        $"stage '{stage.Name}' requires layer '{required.Name}', which no earlier stage produces");
            }
            foreach (ILayerKey output in stage.Produces)
            {
                if (!produced.TryAdd(output.Name, stage.Name))
                    throw new PipelineBuildException(ErrorCodes.StageOrder,
                        $"stage '{stage.Name}' produces layer '{output.Name}', already produced by stage '{produced[output.Name]}'");
            }
        }
    }
}
