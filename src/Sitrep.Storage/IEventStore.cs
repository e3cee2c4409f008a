namespace Sitrep.Storage;

/// <summary>
/// Where processed documents and their events are kept. SQLite is the default backend; others
/// (PostgreSQL) implement the same contract. Implementations are safe to call from several
/// threads; expected failures surface as <see cref="StoreException"/> with a stable code.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>The schema version of the opened store (after any migration).</summary>
    int SchemaVersion { get; }

    /// <summary>
    /// Stores a batch in one transaction: either every new document and event is written, or
    /// (on a <see cref="StoreException"/> or cancellation) nothing is and the store is as before.
    /// A document whose id is already stored is skipped with its events, so ingesting the same
    /// batch twice changes nothing the second time. Each event becomes a report that merges into
    /// the stored incidents it matches (<see cref="Merging.IncidentMatcher"/>); a document with the
    /// URL (or outlet and path) of a stored one but other text revises that document's events.
    /// </summary>
    IngestResult Ingest(IReadOnlyList<ProcessedDocument> batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes events exported earlier (<c>sitrep events --format jsonl</c>) in one transaction, each
    /// as an incident with its id, document and sources, without merging; documents known only as
    /// sources are stored without text. An event whose id is already stored is skipped, so
    /// importing a file twice changes nothing the second time.
    /// </summary>
    ImportResult ImportEvents(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default);

    /// <summary>The history of an event id, oldest first; empty when the id was never stored.</summary>
    IReadOnlyList<EventRevision> GetRevisions(string eventId);

    /// <summary>Current events (incidents) matching every filter of the query, ordered by start date, then by ingest order.</summary>
    IReadOnlyList<StoredEvent> QueryEvents(EventQuery query);

    /// <summary>The stored document with this id, or null when there is none.</summary>
    StoredDocument? GetDocument(string documentId);

    long CountDocuments();

    long CountEvents();
}
