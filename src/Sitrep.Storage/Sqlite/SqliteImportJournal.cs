using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Switches a store from WAL to a rollback journal for one bulk import into an empty store, and
/// back. In WAL mode the commit writes every page into the WAL and the checkpoint writes it again
/// into the file; with a rollback journal the pages are written once, and the journal holds only
/// the few pages the empty store had (pages past the file's end are never journalled).
/// </summary>
/// <remarks>
/// Leaving WAL needs the only connection to the file: every WAL connection keeps a shared lock
/// on it while open. The switch is tried without waiting; when another connection (another
/// process, or a query running in this one) has the file open, the import keeps the WAL, which
/// is slower but the same import. While the rollback journal is in use, readers wait for the
/// import's commit (busy_timeout) instead of reading beside it; the store is empty until then.
/// A crash mid-import leaves a hot journal, which SQLite rolls back when the file is next opened,
/// and <see cref="SqliteStoreFile.Prepare"/> puts every opened store back into WAL mode.
/// </remarks>
internal static class SqliteImportJournal
{
    /// <summary>
    /// Moves <paramref name="connection"/>'s file to journal_mode DELETE when no other connection
    /// has it open; returns whether it did. Must run outside a transaction.
    /// </summary>
    public static bool TryLeaveWal(SqliteConnection connection)
    {
        // Waiting for other connections to close would only delay the fallback to the WAL.
        Run(connection, "PRAGMA busy_timeout = 0;");
        try
        {
            // Microsoft.Data.Sqlite retries a busy statement until its command timeout (0 would mean forever), so one second.
            if (!string.Equals(Mode(connection, "PRAGMA journal_mode = DELETE;", timeoutSeconds: 1), "delete", StringComparison.Ordinal)) return false;
            // The store is empty and the journal holds only its few pages, which SQLite still
            // writes before it overwrites them: a failed import or a killed process rolls back as
            // before; only a power cut during the commit could leave the file torn (an empty
            // store's worth to lose). Skipping the fsyncs of about a gigabyte at a million events
            // is what the import gains. SqliteStoreFile.EndBulkSettings puts FULL back.
            Run(connection, "PRAGMA synchronous = OFF;");
            return true;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            // Another connection has the file open: the import runs in WAL mode instead.
            return false;
        }
        finally
        {
            Run(connection, "PRAGMA busy_timeout = 10000;");
        }
    }

    /// <summary>
    /// Puts the file back into WAL mode after the import committed or rolled back; returns whether
    /// it did. When a reader holds the file past the busy timeout the store stays in rollback mode,
    /// which is as safe, until it is next opened (<see cref="SqliteStoreFile.Prepare"/> sets WAL).
    /// </summary>
    public static bool ReturnToWal(SqliteConnection connection)
    {
        try
        {
            return string.Equals(Mode(connection, "PRAGMA journal_mode = WAL;"), "wal", StringComparison.Ordinal);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            // The import is committed (or rolled back) either way; only the journal mode is left to restore.
            return false;
        }
    }

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private static string Mode(SqliteConnection connection, string sql, int timeoutSeconds = 30)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        return (string)command.ExecuteScalar()!;
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
