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

    /// <summary>
    /// How many documents <see cref="RunBatch"/> callers run together: enough for each stage to reuse
    /// its cached tables, few enough to hold little in memory.
    /// </summary>
    public const int DefaultBatchSize = 32;

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
            if (Step(stage, document.Id, ref current, cancellationToken, timer) is PipelineFailure failure) return new PipelineResult(current, failure);
        }
        return new PipelineResult(current, null);
    }

    /// <summary>
    /// Runs several documents stage by stage: every document through the first stage, then every one
    /// through the second, and so on. The results are those <see cref="Run"/> gives one by one, in
    /// input order; a document that fails stops there and the others go on. Each stage's tables
    /// (tagger, parser and recogniser weights, the gazetteer) are read for the whole batch while they
    /// are still in the processor's cache, which one document at a time evicts between stages.
    /// </summary>
    public ImmutableArray<PipelineResult> RunBatch(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default, IStageTimer? timer = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var current = new Document[documents.Count];
        var failures = new PipelineFailure?[documents.Count];
        for (int i = 0; i < current.Length; i++) current[i] = documents[i] ?? throw new ArgumentException($"document {i} is null", nameof(documents));
        foreach (IPipelineStage stage in Stages)
        {
            for (int i = 0; i < current.Length; i++)
            {
                if (failures[i] is null) failures[i] = Step(stage, documents[i].Id, ref current[i], cancellationToken, timer);
            }
        }
        var results = ImmutableArray.CreateBuilder<PipelineResult>(current.Length);
        for (int i = 0; i < current.Length; i++) results.Add(new PipelineResult(current[i], failures[i]));
        return results.MoveToImmutable();
    }

    // One stage on one document: the document it returns, or the failure that stops the document there.
    private PipelineFailure? Step(IPipelineStage stage, DocumentId id, ref Document current, CancellationToken cancellationToken, IStageTimer? timer)
    {
        if (cancellationToken.IsCancellationRequested)
            return new PipelineFailure(stage.Name, id, ErrorCodes.Cancelled, "cancelled before the stage ran");
        long started = timer is null ? 0 : Stopwatch.GetTimestamp();
        TimeSpan cpuStarted = timer is null ? default : ThreadCpuClock.Now();
        long allocatedBefore = timer is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
        try
        {
            current = stage.Process(current, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new PipelineFailure(stage.Name, id, ErrorCodes.Cancelled, "cancelled while the stage ran");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new PipelineFailure(stage.Name, id, ErrorCodes.StageFailed, $"{ex.GetType().Name}: {ex.Message}");
        }
        timer?.Record(stage.Name, Stopwatch.GetElapsedTime(started), ThreadCpuClock.Now() - cpuStarted,
            GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
        if (Options.CheckInvariants)
        {
            IReadOnlyList<string> violations = LayerInvariants.Check(current, stage.Produces);
            if (violations.Count > 0)
                return new PipelineFailure(stage.Name, id, ErrorCodes.InvariantViolated, string.Join("; ", violations));
        }
        return null;
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
