using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>A document and the events extracted from it, as handed to <see cref="IEventStore.Ingest"/>.</summary>
public sealed record ProcessedDocument(Document Document, ImmutableArray<ConflictEvent> Events)
{
    /// <summary>The document with the events its pipeline put in the events layer (none when no stage produced it).</summary>
    public static ProcessedDocument From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ProcessedDocument(document, document.Get(EventLayers.Events));
    }
}
