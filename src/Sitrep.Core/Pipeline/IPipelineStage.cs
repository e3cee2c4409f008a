using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// One step of the pipeline: reads the layers it requires and returns the document with the
/// layers it produces added. A stage never changes what an earlier stage produced.
/// </summary>
public interface IPipelineStage
{
    /// <summary>A short stable name used in timings, logs and error reports.</summary>
    string Name { get; }

    IReadOnlyList<ILayerKey> Requires { get; }
    IReadOnlyList<ILayerKey> Produces { get; }

    Document Process(Document document, CancellationToken cancellationToken);
}
