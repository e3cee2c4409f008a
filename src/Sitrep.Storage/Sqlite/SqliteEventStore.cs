using Microsoft.Data.Sqlite;
using System.Globalization;
using Sitrep.Errors;
using Sitrep.Pipeline;
using Sitrep.Storage.Merging;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// The default event store: one SQLite file in WAL mode, so queries run while a batch is
/// written. Each call uses its own pooled connection (queries keep a few open with their
/// statements compiled), which makes the store safe to share between threads; several processes
/// may open the same file.
/// </summary>
/// <remarks>
/// Each extracted event is stored as a report and merged into the incidents it matches
/// (<see cref="IncidentMatcher"/>, <see cref="IncidentMerger"/>); an incident takes the id of its
/// founding report. Report ids are stored as the extractor gives them and must be unique in the
/// store; an id that another document already uses makes the batch fail with
/// <see cref="ErrorCodes.StoreWriteFailed"/>. A document already stored is skipped whole; a new
/// version of a stored article (same URL, or outlet and path) revises its events. See docs/STORAGE.md.
/// </remarks>
public sealed partial class SqliteEventStore : IEventStore
{
    private readonly string _connectionString;
    private readonly IncidentMatcher _matcher = new();
    private readonly SqliteReadPool _queries;
    private volatile bool _disposed;

    private SqliteEventStore(string path, string connectionString, int schemaVersion)
    {
        Path = path;
        _connectionString = connectionString;
        SchemaVersion = schemaVersion;
        _queries = new SqliteReadPool(Connect);
    }

    /// <summary>The schema version this build of Sitrep writes.</summary>
    public static int LatestSchemaVersion => SqliteMigrations.Embedded.Latest;

    /// <summary>The full path of the store file.</summary>
    public string Path { get; }

    public int SchemaVersion { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file when it does not exist and
    /// migrating an older schema. Throws <see cref="StoreException"/> with
    /// <see cref="ErrorCodes.SchemaTooNew"/> for a newer schema and
    /// <see cref="ErrorCodes.StoreUnavailable"/> for a file that is not a Sitrep store or cannot
    /// be opened; such files are left untouched.
    /// </summary>
    public static SqliteEventStore Open(string path) => Open(path, SqliteMigrations.Embedded);

    internal static SqliteEventStore Open(string path, SqliteMigrations migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = System.IO.Path.GetFullPath(path);
        string connectionString = SqliteStoreFile.ConnectionString(fullPath);
        try
        {
            int version = SqliteStoreFile.Prepare(fullPath, connectionString, migrations);
            return new SqliteEventStore(fullPath, connectionString, version);
        }
        catch (StoreException)
        {
            ClearPool(connectionString);
            throw;
        }
    }

    public IngestResult Ingest(IReadOnlyList<ProcessedDocument> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Count == 0) return IngestResult.Empty;
        using SqliteConnection connection = Connect();
        // Anything thrown before Commit disposes the transaction, which rolls the whole batch back.
        using SqliteTransaction transaction = Guard(() => connection.BeginTransaction(deferred: false), "could not start a write");
        using var writer = new SqliteIngestWriter(connection, transaction, DateTimeOffset.UtcNow, _matcher);
        IngestResult result = IngestResult.Empty;
        foreach (ProcessedDocument item in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result = result.Add(writer.Write(item));
        }
        cancellationToken.ThrowIfCancellationRequested();
        Guard(() => { transaction.Commit(); return true; }, "could not commit the batch");
        return result;
    }

    public IReadOnlyList<EventRevision> GetRevisions(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        ObjectDisposedException.ThrowIf(_disposed, this);
        using SqliteConnection connection = Connect();
        return Read(() =>
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = SqliteSql.SelectRevisions;
            command.Parameters.AddWithValue("@event_id", eventId);
            using SqliteDataReader r = command.ExecuteReader();
            var revisions = new List<EventRevision>();
            while (r.Read())
            {
                revisions.Add(new EventRevision(r.GetString(0), r.GetInt32(1), ParseChange(r.GetString(2)),
                    SqliteEventReader.NullableString(r, 3), StoredValues.ParseInstant(r.GetString(4)), SqliteEventReader.NullableString(r, 5)));
            }
            return revisions;
        });
    }

    private static RevisionChange ParseChange(string text) => text switch
    {
        "created" => RevisionChange.Created,
        "updated" => RevisionChange.Updated,
        "merged" => RevisionChange.Merged,
        "deleted" => RevisionChange.Deleted,
        _ => throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The store holds revision change '{text}', which this version of Sitrep does not know.")),
    };

    public IReadOnlyList<StoredEvent> QueryEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (query.Validate() is Problem problem)
            throw new StoreException(problem.Code, problem.Subject, problem.Message);
        return Read(() => _queries.Use(cache => SqliteEventReader.Query(cache, query)));
    }

    public StoredDocument? GetDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ObjectDisposedException.ThrowIf(_disposed, this);
        using SqliteConnection connection = Connect();
        return Read(() => ReadDocument(connection, documentId));
    }

    private static StoredDocument? ReadDocument(SqliteConnection connection, string documentId)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = SqliteSql.SelectDocument;
        command.Parameters.AddWithValue("@id", documentId);
        using SqliteDataReader r = command.ExecuteReader();
        if (!r.Read()) return null;
        return new StoredDocument
        {
            Id = r.GetString(0),
            Source = r.GetString(1),
            Path = SqliteEventReader.NullableString(r, 2),
            Url = SqliteEventReader.NullableString(r, 3),
            Outlet = SqliteEventReader.NullableString(r, 4),
            Title = SqliteEventReader.NullableString(r, 5),
            Published = r.IsDBNull(6) ? null : StoredValues.ParseDate(r.GetString(6)),
            PublishedAt = r.IsDBNull(7) ? null : StoredValues.ParseInstant(r.GetString(7)),
            Format = r.GetString(8),
            Language = r.GetString(9),
            Text = r.GetString(10),
            IngestedAt = StoredValues.ParseInstant(r.GetString(11)),
        };
    }

    public long CountDocuments() => Count(SqliteSql.CountDocuments);

    public long CountEvents() => Count(SqliteSql.CountEvents);

    /// <summary>Releases the pooled connections, so the file is closed once every call has returned.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _queries.Dispose();
        ClearPool(_connectionString);
    }

    private long Count(string sql)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using SqliteConnection connection = Connect();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Read(() => (long)command.ExecuteScalar()!);
    }

    private SqliteConnection Connect()
    {
        try
        {
            return SqliteStoreFile.Connect(_connectionString);
        }
        catch (SqliteException ex)
        {
            throw new StoreException(ErrorCodes.StoreUnavailable, Path, $"'{Path}' cannot be opened: {ex.Message}", ex);
        }
    }

    private T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (SqliteException ex)
        {
            throw new StoreException(ErrorCodes.StoreUnavailable, Path, $"'{Path}' could not be read: {ex.Message}", ex);
        }
    }

    private T Guard<T>(Func<T> action, string what)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            throw new StoreException(ErrorCodes.StoreWriteFailed, Path, $"'{Path}': {what} ({ex.Message.TrimEnd('.')}); the store is unchanged", ex);
        }
    }

    private static void ClearPool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
