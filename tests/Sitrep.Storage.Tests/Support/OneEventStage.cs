using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Storage.Tests.Support;

/// <summary>
/// A stand-in for the extraction pipeline: one event per document, spanning its text. Calls
/// <paramref name="onDocument"/> first, so a test can stop a worker in the middle of a batch.
/// </summary>
public sealed class OneEventStage(Action<Document>? onDocument = null) : IPipelineStage
{
    public string Name => "one-event";
    public IReadOnlyList<ILayerKey> Requires => [];
    public IReadOnlyList<ILayerKey> Produces => [EventLayers.Events];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        onDocument?.Invoke(document);
        ConflictEvent e = Fixtures.MinimalEvent(document, "e1") with { Span = new Span(0, document.Text.Length) };
        return document.With(EventLayers.Events, [e]);
    }

    public static DocumentPipeline Pipeline(Action<Document>? onDocument = null) => new([new OneEventStage(onDocument)]);
}
