using Microsoft.Data.Sqlite;
using Sitrep.Pipeline;

namespace Sitrep.Storage.Sqlite;

// The bulk import of stored events (JSON-lines round trips, benchmarks), with the indexes and the
// journal chosen for the size of the load.
public sealed partial class SqliteEventStore
{
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
            Guard(() => { SqliteStoreFile.EndBulkSettings(connection); return true; }, "could not end the import");
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
        using (var writer = new SqliteIngestWriter(connection, transaction, DateTimeOffset.UtcNow, _matcher, emptyStore: empty, profile, import: true))
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
}
