namespace Sitrep.Storage;

/// <summary>
/// What one ingest did. A document counts as present when its id was already stored (or appeared
/// earlier in the same batch); its events are then not written again and count as present.
/// </summary>
public sealed record IngestResult(int DocumentsAdded, int DocumentsPresent, int EventsAdded, int EventsPresent)
{
    public static IngestResult Empty { get; } = new(0, 0, 0, 0);

    /// <summary>Added events that merged into an incident another document already reported.</summary>
    public int EventsMerged { get; init; }

    /// <summary>Added documents that replaced an earlier version of the same article (same URL, or same outlet and path).</summary>
    public int DocumentsRevised { get; init; }

    public IngestResult Add(IngestResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new IngestResult(
            DocumentsAdded + other.DocumentsAdded, DocumentsPresent + other.DocumentsPresent,
            EventsAdded + other.EventsAdded, EventsPresent + other.EventsPresent)
        {
            EventsMerged = EventsMerged + other.EventsMerged,
            DocumentsRevised = DocumentsRevised + other.DocumentsRevised,
        };
    }
}
