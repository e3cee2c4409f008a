using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Sitrep.Errors;
using Sitrep.Storage.Merging;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// The event store on a PostgreSQL database: the SQLite store's schema, query semantics and batch
/// guarantees, with batches written by binary COPY. One pooled data source serves every call, so
/// the store is safe to share between threads, and any number of processes (workers on several
/// machines) may open the same database.
/// </summary>
/// <remarks>
/// As in SQLite, event ids must be unique in the store, and a document already stored is skipped
/// whole. Concurrent batches that share documents or actors wait for each other's row locks; the
/// one that commits second sees the first one's documents as present.
/// </remarks>
public sealed class PostgresEventStore : IEventStore
{
    private readonly NpgsqlDataSource _dataSource;
    private volatile bool _disposed;

    private PostgresEventStore(PostgresLocation location, NpgsqlDataSource dataSource, int schemaVersion)
    {
        Location = location;
        _dataSource = dataSource;
        SchemaVersion = schemaVersion;
        WorkQueue = new PostgresWorkQueue(this);
    }

    /// <summary>The schema version this build of Sitrep writes.</summary>
    public static int LatestSchemaVersion => PostgresMigrations.Embedded.Latest;

    public PostgresLocation Location { get; }

    public int SchemaVersion { get; }

    /// <summary>The queue of documents waiting for `sitrep worker`, in this store's database.</summary>
    public PostgresWorkQueue WorkQueue { get; }

    /// <summary>
    /// Opens the store a <c>postgres://</c> URL or <c>Host=...</c> connection string names,
    /// creating or migrating its schema. Throws <see cref="StoreException"/> with
    /// <see cref="ErrorCodes.SchemaTooNew"/> for a newer schema and
    /// <see cref="ErrorCodes.StoreUnavailable"/> when the server cannot be reached or the database
    /// holds tables of another program; such databases are left untouched.
    /// </summary>
    public static PostgresEventStore Open(string location) => Open(PostgresLocation.Parse(location), PostgresMigrations.Embedded);

    internal static PostgresEventStore Open(PostgresLocation location, PostgresMigrations migrations)
    {
        ArgumentNullException.ThrowIfNull(location);
        NpgsqlDataSource dataSource = NpgsqlDataSource.Create(location.ConnectionString);
        try
        {
            int version = PostgresSchema.Prepare(dataSource, location.Display, migrations);
            return new PostgresEventStore(location, dataSource, version);
        }
        catch (Exception ex) when (ex is NpgsqlException or StoreException or TimeoutException)
        {
            dataSource.Dispose();
            if (ex is StoreException) throw;
            throw new StoreException(ErrorCodes.StoreUnavailable, location.Display, $"'{location.Display}' cannot be opened: {ex.Message}", ex);
        }
    }

    public IngestResult Ingest(IReadOnlyList<ProcessedDocument> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Count == 0) return IngestResult.Empty;
        return WithMergeLocks(scope => InTransaction((connection, transaction) => IngestIn(connection, transaction, batch, cancellationToken, scope, out _)));
    }

    /// <summary>
    /// Runs a merging write under <see cref="MergeLockScope.ByKey"/>, and once more under
    /// <see cref="MergeLockScope.All"/> when it turns out to need that (the first transaction,
    /// rolled back, left nothing behind).
    /// </summary>
    internal static T WithMergeLocks<T>(Func<MergeLockScope, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return write(MergeLockScope.ByKey);
        }
        catch (MergeLockTooNarrowException)
        {
            return write(MergeLockScope.All);
        }
    }

    /// <summary>
    /// Writes a batch inside a transaction the caller owns (the worker marks its queue rows done
    /// in the same one). Merging reads the incidents a report may join and rewrites them, so
    /// writers first take advisory locks (<see cref="PostgresMergeLocks"/>): a batch shuts out
    /// every writer whose reports it could join, across every process on the database, as
    /// SQLite's single writer does, and two workers can never both create an incident the other
    /// should have joined. Under <see cref="MergeLockScope.ByKey"/> a batch that revises a stored
    /// article throws <see cref="MergeLockTooNarrowException"/> for the caller to roll back and
    /// retry under <see cref="MergeLockScope.All"/>. <paramref name="lockWait"/> is how long it
    /// waited for the locks.
    /// </summary>
    internal static IngestResult IngestIn(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ProcessedDocument> batch,
        CancellationToken cancellationToken, MergeLockScope scope, out TimeSpan lockWait)
    {
        lockWait = TimeSpan.Zero;
        if (batch.Count == 0) return IngestResult.Empty;
        TimeSpan waited = TimeSpan.Zero;
        var writer = new PostgresIngestWriter(connection, transaction, DateTimeOffset.UtcNow, Matcher);
        IngestResult result = writer.Write(batch, cancellationToken, () =>
        {
            // A batch that will revise a stored article goes straight to the exclusive lock rather
            // than doing its work twice; the check inside the locks still catches a late arrival.
            bool all = scope == MergeLockScope.All || PostgresMergeLocks.MayRevise(connection, transaction, batch);
            long waiting = Stopwatch.GetTimestamp();
            if (all) PostgresMergeLocks.TakeAll(connection, transaction);
            else PostgresMergeLocks.TakeKeys(connection, transaction, PostgresMergeLocks.KeysOf(batch));
            waited = Stopwatch.GetElapsedTime(waiting);
            return all;
        });
        lockWait = waited;
        return result;
    }

    public ImportResult ImportEvents(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default) =>
        Import(events, cancellationToken).Result;

    /// <summary>
    /// From how many events an import into a store without incidents takes the bulk path
    /// (<see cref="PostgresBulkLoad"/>): below it, dropping and rebuilding the indexes costs more
    /// than maintaining them row by row.
    /// </summary>
    internal int BulkThreshold { get; set; } = 20_000;

    /// <summary>
    /// From how many events an import that cannot take the bulk path (the store holds incidents)
    /// COPYs into staging tables and moves the rows with one INSERT … SELECT per table
    /// (<see cref="PostgresStaging"/>) instead of COPYing into the indexed tables. Off by default:
    /// at a million rows into a populated store it cost the server slightly more CPU than COPY
    /// into the indexed tables (18.3 against 16.8 s), because the moves still maintain every index
    /// and check every foreign key row by row, which is where the time goes (docs/STORAGE.md).
    /// </summary>
    internal int StagingThreshold { get; set; } = int.MaxValue;

    /// <summary><see cref="ImportEvents"/>, telling which path it took and where the time went.</summary>
    internal PostgresImportReport Import(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (events.Count == 0) return new PostgresImportReport(new ImportResult(0, 0), false, TimeSpan.Zero, TimeSpan.Zero);
        return InTransaction((connection, transaction) =>
        {
            TimeSpan? serverCpu = PostgresBackendCpu.Of(connection.ProcessID);
            PostgresMergeLocks.TakeAll(connection, transaction);
            PostgresBulkLoad? bulk = PostgresBulkLoad.Begin(connection, transaction, events.Count, BulkThreshold);
            PostgresStaging? staging = bulk is null && events.Count >= StagingThreshold ? PostgresStaging.Begin(connection, transaction) : null;
            PostgresImportReport report = new PostgresIngestWriter(connection, transaction, DateTimeOffset.UtcNow, Matcher).Import(events, bulk, staging, cancellationToken);
            return report with { BackendPid = connection.ProcessID, ServerCpuAtStart = serverCpu };
        });
    }

    public IReadOnlyList<EventRevision> GetRevisions(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Read(connection =>
        {
            using var command = new NpgsqlCommand(
                "SELECT event_id, revision, change, merged_into, at, document_id FROM revisions WHERE event_id = @event_id ORDER BY revision", connection);
            command.Parameters.Add(new NpgsqlParameter("event_id", NpgsqlDbType.Text) { Value = eventId });
            using NpgsqlDataReader r = command.ExecuteReader();
            var revisions = new List<EventRevision>();
            while (r.Read())
            {
                revisions.Add(new EventRevision(r.GetString(0), r.GetInt32(1), ParseChange(r.GetString(2)), PostgresEventRow.NullableString(r, 3),
                    new DateTimeOffset(r.GetFieldValue<DateTime>(4), TimeSpan.Zero), PostgresEventRow.NullableString(r, 5)));
            }
            return revisions;
        });
    }

    private static readonly IncidentMatcher Matcher = new();

    private static RevisionChange ParseChange(string text) => text switch
    {
        "created" => RevisionChange.Created,
        "updated" => RevisionChange.Updated,
        "merged" => RevisionChange.Merged,
        "deleted" => RevisionChange.Deleted,
        _ => throw new InvalidDataException($"The store holds revision change '{text}', which this version of Sitrep does not know."),
    };

    public IReadOnlyList<StoredEvent> QueryEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (query.Validate() is Problem problem)
            throw new StoreException(problem.Code, problem.Subject, problem.Message);
        return Read(connection => PostgresEventReader.Query(connection, query));
    }

    public StoredDocument? GetDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Read(connection =>
        {
            using var command = new NpgsqlCommand(PostgresSql.SelectDocument, connection);
            command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = documentId });
            using NpgsqlDataReader r = command.ExecuteReader();
            if (!r.Read()) return null;
            return new StoredDocument
            {
                Id = r.GetString(0),
                Source = r.GetString(1),
                Path = PostgresEventRow.NullableString(r, 2),
                Url = PostgresEventRow.NullableString(r, 3),
                Outlet = PostgresEventRow.NullableString(r, 4),
                Title = PostgresEventRow.NullableString(r, 5),
                Published = r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6),
                PublishedAt = r.IsDBNull(7) ? null : StoredValues.ParseInstant(r.GetString(7)),
                Format = r.GetString(8),
                Language = r.GetString(9),
                Text = r.GetString(10),
                IngestedAt = new DateTimeOffset(r.GetFieldValue<DateTime>(11), TimeSpan.Zero),
            };
        });
    }

    public long CountDocuments() => Count(PostgresSql.CountDocuments);

    public long CountEvents() => Count(PostgresSql.CountEvents);

    /// <summary>Closes the pooled connections once every call has returned.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _dataSource.Dispose();
    }

    private long Count(string sql)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Read(connection =>
        {
            using var command = new NpgsqlCommand(sql, connection);
            return (long)command.ExecuteScalar()!;
        });
    }

    /// <summary>Runs <paramref name="write"/> in one transaction; a database failure rolls it back and becomes <see cref="ErrorCodes.StoreWriteFailed"/>.</summary>
    internal T InTransaction<T>(Func<NpgsqlConnection, NpgsqlTransaction, T> write)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using NpgsqlConnection connection = Connect();
        try
        {
            // Anything thrown before Commit disposes the transaction, which rolls the whole batch back.
            using NpgsqlTransaction transaction = connection.BeginTransaction();
            T result = write(connection, transaction);
            transaction.Commit();
            return result;
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException(ErrorCodes.StoreWriteFailed, Location.Display,
                $"'{Location.Display}': the batch could not be stored ({ex.Message.TrimEnd('.')}); the store is unchanged", ex);
        }
    }

    internal T Read<T>(Func<NpgsqlConnection, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using NpgsqlConnection connection = Connect();
        try
        {
            return read(connection);
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException(ErrorCodes.StoreUnavailable, Location.Display, $"'{Location.Display}' could not be read: {ex.Message}", ex);
        }
    }

    private NpgsqlConnection Connect()
    {
        try
        {
            return _dataSource.OpenConnection();
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException(ErrorCodes.StoreUnavailable, Location.Display, $"'{Location.Display}' cannot be reached: {ex.Message}", ex);
        }
    }
}
