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
    /// batch twice changes nothing the second time.
    /// </summary>
    IngestResult Ingest(IReadOnlyList<ProcessedDocument> batch, CancellationToken cancellationToken = default);

    /// <summary>Events matching every filter of the query, ordered by start date, then by ingest order.</summary>
    IReadOnlyList<StoredEvent> QueryEvents(EventQuery query);

    /// <summary>The stored document with this id, or null when there is none.</summary>
    StoredDocument? GetDocument(string documentId);

    long CountDocuments();

    long CountEvents();
}
