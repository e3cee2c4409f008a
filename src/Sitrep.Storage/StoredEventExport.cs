using Sitrep.Events.Export;

namespace Sitrep.Storage;

/// <summary>Hands stored events to the export writers in Sitrep.Core, which know nothing of the store.</summary>
public static class StoredEventExport
{
    public static SourcedEvent ToSourced(this StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new SourcedEvent(
            stored.Event,
            stored.DocumentId,
            [.. stored.Sources.Select(s => new SourceCitation(s.DocumentId, s.Url, s.Outlet, s.Published, s.Source))]);
    }
}
