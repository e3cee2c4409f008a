using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Errors;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Opens a store file: checks it is a Sitrep store (or a new, empty file), refuses one written by
/// a newer schema before anything is written to it, then switches to WAL and runs the pending
/// migrations, each in its own transaction.
/// </summary>
internal static class SqliteStoreFile
{
    /// <summary>"SITR": marks the file as a Sitrep store, so another program's database is never migrated.</summary>
    public const int ApplicationId = 0x53495452;

    private const int SqliteNotADatabase = 26;
    private const int SqliteCorrupt = 11;
    private const int SqliteBusy = 5;

    public static string ConnectionString(string fullPath) => new SqliteConnectionStringBuilder
    {
        DataSource = fullPath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Opens a connection with the settings every store connection needs.</summary>
    public static SqliteConnection Connect(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using SqliteCommand pragmas = connection.CreateCommand();
            // FULL keeps a committed batch on disk even through a power cut; the cost is one fsync per batch.
            // A 32 MB page cache (SQLite's default is 2 MB) keeps the event indexes in memory while a batch is written.
            pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; PRAGMA cache_size = -32768;";
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Gives a connection about to run a bulk import a page cache of up to 2 GB (SQLite takes
    /// pages as it needs them), so a million events' pages, and the sorts that build their
    /// indexes, stay in memory until commit instead of spilling into the WAL mid-transaction;
    /// and turns its foreign keys off (the import checks the one reference that can fail itself).
    /// The pooled connection gets the normal settings back from <see cref="Connect"/> next time.
    /// </summary>
    /// <remarks>
    /// The sorter that builds the dropped indexes again keeps SQLite's defaults: with a second
    /// thread (<c>PRAGMA threads = 2</c>) and <c>temp_store = MEMORY</c> a million events' index
    /// builds took 20.4 s of the importing thread's CPU against 14.5 s without (the extra thread's
    /// time not even counted; measured beside the old build, cause not traced further).
    /// </remarks>
    public static bool UseBulkSettings(SqliteConnection connection)
    {
        using SqliteCommand pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA cache_size = -2097152; PRAGMA foreign_keys = OFF;";
        pragma.ExecuteNonQuery();
        return true;
    }

    /// <summary>
    /// Undoes what a rollback-journal import set that <see cref="Connect"/> does not set again on
    /// a pooled connection.
    /// </summary>
    public static void EndBulkSettings(SqliteConnection connection)
    {
        using SqliteCommand pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = FULL;";
        pragma.ExecuteNonQuery();
    }

    /// <summary>Brings the file at <paramref name="fullPath"/> to the latest schema and returns that version.</summary>
    public static int Prepare(string fullPath, string connectionString, SqliteMigrations migrations)
    {
        if (Directory.Exists(fullPath))
            throw Unavailable(fullPath, "is a directory, not a store file");
        string? directory = Path.GetDirectoryName(fullPath);
        if (directory is not null && !Directory.Exists(directory))
            throw Unavailable(fullPath, $"cannot be created: the directory '{directory}' does not exist");
        try
        {
            using SqliteConnection connection = Connect(connectionString);
            CheckIdentity(connection, fullPath, migrations);
            using (SqliteCommand wal = connection.CreateCommand())
            {
                // A new file gets 16 KB pages (SQLite's default is 4 KB): a bulk import and its
                // commit then handle a quarter of the pages. An existing file keeps its size
                // (the pragma changes nothing once a database has pages).
                wal.CommandText = "PRAGMA page_size = 16384;";
                wal.ExecuteNonQuery();
                // Readers keep reading while a batch is written. Some file systems cannot do WAL;
                // SQLite then keeps its rollback journal, which is slower but just as safe.
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                // A bulk import into the empty store may hold it in rollback mode (SqliteImportJournal)
                // for minutes; it puts WAL back itself, so this open goes on in rollback mode.
                wal.CommandTimeout = 1;
                try
                {
                    wal.ExecuteScalar();
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteBusy)
                {
                    Debug.WriteLine($"'{fullPath}' stays in rollback-journal mode while another connection writes it: {ex.Message}");
                }
            }
            return Migrate(connection, fullPath, migrations);
        }
        catch (SqliteException ex)
        {
            throw ex.SqliteErrorCode switch
            {
                SqliteNotADatabase => Unavailable(fullPath, "is not an SQLite database, so it is not a Sitrep store; it was left untouched", ex),
                SqliteCorrupt => Unavailable(fullPath, $"is a damaged SQLite database: {ex.Message}", ex),
                _ => Unavailable(fullPath, $"cannot be opened: {ex.Message}", ex),
            };
        }
    }

    private static void CheckIdentity(SqliteConnection connection, string fullPath, SqliteMigrations migrations)
    {
        long applicationId = Scalar(connection, null, "PRAGMA application_id;");
        int version = (int)Scalar(connection, null, "PRAGMA user_version;");
        if (applicationId == 0)
        {
            long objects = Scalar(connection, null, "SELECT count(*) FROM sqlite_master;");
            if (version != 0 || objects != 0)
                throw Unavailable(fullPath, "is an SQLite database but not a Sitrep store; it was left untouched");
            return;
        }
        if (applicationId != ApplicationId)
            throw Unavailable(fullPath, $"is an SQLite database of another application (application id {applicationId}); it was left untouched");
        if (version > migrations.Latest)
            throw TooNew(fullPath, version, migrations.Latest);
    }

    private static int Migrate(SqliteConnection connection, string fullPath, SqliteMigrations migrations)
    {
        int version = (int)Scalar(connection, null, "PRAGMA user_version;");
        if (version == migrations.Latest) return version;
        // BEGIN IMMEDIATE, and the version read again inside it, so two processes opening one
        // new file cannot both run the same migration.
        using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
        version = (int)Scalar(connection, transaction, "PRAGMA user_version;");
        if (version > migrations.Latest) throw TooNew(fullPath, version, migrations.Latest);
        foreach (MigrationScript script in migrations.After(version))
        {
            using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            // PRAGMA values cannot be bound as parameters; both numbers come from this code, not from input.
            command.CommandText = script.Sql + string.Create(CultureInfo.InvariantCulture,
                $"\n;PRAGMA user_version = {script.Version}; PRAGMA application_id = {ApplicationId};");
            command.ExecuteNonQuery();
            // The one step SQL cannot take: an incident's record is written by the same code that writes new ones.
            if (script.Version == SqliteEventBodies.FillVersion) SqliteEventBodies.Fill(connection, transaction);
            version = script.Version;
        }
        transaction.Commit();
        return version;
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static StoreException TooNew(string fullPath, int version, int latest) =>
        new(ErrorCodes.SchemaTooNew, fullPath,
            $"'{fullPath}' has schema version {version}, but this Sitrep supports versions up to {latest}; open it with a newer Sitrep (the file was left untouched)");

    private static StoreException Unavailable(string fullPath, string detail, Exception? inner = null) =>
        new(ErrorCodes.StoreUnavailable, fullPath, $"'{fullPath}' {detail}", inner);
}
