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
public sealed class SqliteEventStore : IEventStore
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

    /// <summary>
    /// Imports at least this many events into an empty store with its explicit indexes dropped and
    /// rebuilt at the end; below it, updating them row by row is the cheaper way.
    /// </summary>
    /// <remarks>Settable so tests can take the bulk path with a few events.</remarks>
    internal int BulkIndexThreshold { get; set; } = 20_000;

    public ImportResult ImportEvents(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default) =>
        ImportEvents(events, null, cancellationToken);

    /// <summary><see cref="ImportEvents(IReadOnlyList{StoredEvent}, CancellationToken)"/>, timing its phases into <paramref name="profile"/> when given.</summary>
    internal ImportResult ImportEvents(IReadOnlyList<StoredEvent> events, ImportProfile? profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (events.Count == 0) return new ImportResult(0, 0);
        TimeSpan started = profile is null ? default : ThreadCpuClock.Now();
        using SqliteConnection connection = Connect();
        // Without foreign keys SQLite skips about seven parent lookups per event. Every parent an
        // import references is a row it has just written except the event's document, which the
        // writer checks itself (SqliteIngestWriter.Import). The setting cannot change inside a
        // transaction; the next Connect of this pooled connection turns it on again.
        Guard(() => SqliteStoreFile.UseBulkSettings(connection), "could not prepare the import");
        bool rollbackJournal = events.Count >= BulkIndexThreshold
            && Guard(() => IsEmpty(connection, null), "could not start a write")
            && LeaveWal(connection);
        if (profile is not null) profile.RollbackJournal = rollbackJournal;
        try
        {
            return Import(connection, events, profile, started, cancellationToken);
        }
        finally
        {
            // After the transaction's end, committed or rolled back: WAL cannot be entered inside one.
            if (rollbackJournal) SqliteImportJournal.ReturnToWal(connection);
        }
    }

    /// <summary>Our own idle connections keep the file open too; they are closed before the switch.</summary>
    private bool LeaveWal(SqliteConnection connection)
    {
        _queries.CloseIdle();
        ClearPool(_connectionString);
        return Guard(() => SqliteImportJournal.TryLeaveWal(connection), "could not prepare the import");
    }

    private ImportResult Import(SqliteConnection connection, IReadOnlyList<StoredEvent> events, ImportProfile? profile, TimeSpan started, CancellationToken cancellationToken)
    {
        using SqliteTransaction transaction = Guard(() => connection.BeginTransaction(deferred: false), "could not start a write");
        bool empty = Guard(() => IsEmpty(connection, transaction), "could not start a write");
        SqliteSecondaryIndexes? dropped = empty && events.Count >= BulkIndexThreshold
            ? Guard(() => SqliteSecondaryIndexes.Drop(connection, transaction), "could not prepare the import")
            : null;
        int added = 0, present = 0;
        using (var writer = new SqliteIngestWriter(connection, transaction, DateTimeOffset.UtcNow, _matcher, emptyStore: empty, profile))
        {
            if (profile is not null)
            {
                TimeSpan now = ThreadCpuClock.Now();
                profile.Prepare = now - started;
                started = now;
            }
            for (int i = 0; i < events.Count; i++)
            {
                if (i % 1024 == 0) cancellationToken.ThrowIfCancellationRequested();
                profile?.BeginEvent();
                StoredEvent e = events[i];
                profile?.End(ImportPhase.ReadInput);
                if (writer.Import(e)) added++; else present++;
            }
            if (profile is not null)
            {
                TimeSpan now = ThreadCpuClock.Now();
                profile.Rows = now - started;
                started = now;
            }
            writer.FinishImport();
        }
        if (profile is not null) profile.Finish = ThreadCpuClock.Now() - started;
        cancellationToken.ThrowIfCancellationRequested();
        if (dropped is not null) Guard(() => { dropped.Restore(profile); return true; }, "could not build the indexes");
        started = profile is null ? default : ThreadCpuClock.Now();
        Guard(() => { transaction.Commit(); return true; }, "could not commit the import");
        if (profile is not null) profile.Commit = ThreadCpuClock.Now() - started;
        return new ImportResult(added, present);
    }

    private static bool IsEmpty(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSql.IsEmpty;
        return (long)command.ExecuteScalar()! != 0;
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
