using Npgsql;
using Sitrep.Errors;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Brings a database to the latest schema: refuses a database that holds tables but is not a
/// Sitrep store, or whose schema is newer than this build knows, before writing anything; runs the
/// pending migrations in one transaction under an advisory lock, so several workers starting at
/// once against a new database run each migration exactly once.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The advisory lock key that serialises migrations ("SITR" as in the SQLite application id).</summary>
    private const long MigrationLock = 0x53495452;

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS sitrep_schema (
            singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            version   integer NOT NULL
        )
        """;

    public static int Prepare(NpgsqlDataSource dataSource, string subject, PostgresMigrations migrations)
    {
        using NpgsqlConnection connection = dataSource.OpenConnection();
        int? version = ReadVersion(connection, null);
        if (version > migrations.Latest) throw TooNew(subject, version.Value, migrations.Latest);
        if (version == migrations.Latest) return version.Value;

        // Checked again under the lock: another opener may have created the store meanwhile.
        using NpgsqlTransaction transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        version = ReadVersion(connection, transaction);
        if (version > migrations.Latest) throw TooNew(subject, version.Value, migrations.Latest);
        if (version is null && CountTables(connection, transaction) > 0)
            throw new StoreException(ErrorCodes.StoreUnavailable, subject,
                $"'{subject}' holds tables but is not a Sitrep store; it was left untouched");
        if (version is null) Execute(connection, transaction, CreateVersionTable + ";INSERT INTO sitrep_schema (version) VALUES (0)");
        int current = version ?? 0;
        foreach (MigrationScript script in migrations.After(current))
        {
            Execute(connection, transaction, script.Sql);
            using var update = new NpgsqlCommand("UPDATE sitrep_schema SET version = @version", connection, transaction);
            update.Parameters.AddWithValue("version", script.Version);
            update.ExecuteNonQuery();
            current = script.Version;
        }
        transaction.Commit();
        return current;
    }

    private static int? ReadVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        // A catalog query rather than to_regclass(), whose cached lookup may miss a table another
        // opener created while this one waited for the migration lock.
        using var exists = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'sitrep_schema')", connection, transaction);
        if (!(bool)exists.ExecuteScalar()!) return null;
        using var read = new NpgsqlCommand("SELECT version FROM sitrep_schema", connection, transaction);
        return read.ExecuteScalar() is int version ? version : null;
    }

    private static long CountTables(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()", connection, transaction);
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    private static StoreException TooNew(string subject, int version, int latest) =>
        new(ErrorCodes.SchemaTooNew, subject,
            $"'{subject}' has schema version {version}, but this Sitrep supports versions up to {latest}; open it with a newer Sitrep (the database was left untouched)");
}
