using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Storage.Tests.Support;

/// <summary>
/// A stand-in for the extraction pipeline: one event per document, spanning its text, dated 100
/// days apart by the first number in the text (so documents never merge). Calls
/// <paramref name="onDocument"/> first, so a test can stop a worker in the middle of a batch.
/// </summary>
public sealed partial class OneEventStage(Action<Document>? onDocument = null) : IPipelineStage
{
    public string Name => "one-event";
    public IReadOnlyList<ILayerKey> Requires => [];
    public IReadOnlyList<ILayerKey> Produces => [EventLayers.Events];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        onDocument?.Invoke(document);
        Match number = FirstNumber().Match(document.Text);
        int days = number.Success ? 100 * int.Parse(number.Value, CultureInfo.InvariantCulture) : 0;
        ConflictEvent e = Fixtures.Shifted(Fixtures.MinimalEvent(document, "e1") with { Span = new Span(0, document.Text.Length) }, days);
        return document.With(EventLayers.Events, [e]);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();

    public static DocumentPipeline Pipeline(Action<Document>? onDocument = null) => new([new OneEventStage(onDocument)]);
}
