using Sitrep.Events.Export;
using Sitrep.Storage.Json;

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

    /// <summary>
    /// Writes stored events in any export format, streaming; returns how many records it wrote.
    /// The one entry point hosts (CLI, HTTP API) call: JSON lines are the store's own line format,
    /// written by <see cref="StoredEventJsonWriter"/> (what `sitrep events --format jsonl` prints and
    /// the import reads); the other formats go through <see cref="EventExporter"/>.
    /// </summary>
    public static int Write(Stream output, ExportFormat format, IEnumerable<StoredEvent> events, AcledExportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        return format == ExportFormat.Jsonl
            ? JsonLines.Write(output, events, (json, e) =>
            {
                StoredEventJsonWriter.Write(json, e);
                return true;
            }, cancellationToken)
            : EventExporter.Write(output, format, events.Select(e => e.ToSourced()), options, cancellationToken);
    }
}
