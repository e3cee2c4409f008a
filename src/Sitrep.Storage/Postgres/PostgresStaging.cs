using Npgsql;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// The path of a large import into a store that already holds incidents, where the bulk path
/// (<see cref="PostgresBulkLoad"/>) cannot drop the indexes: each COPY fills a temporary staging
/// table with the same columns and no index, key, constraint or trigger, and <see cref="Move"/>
/// then moves every staged table into its real one with one <c>INSERT … SELECT</c>, parents first
/// (<c>OVERRIDING SYSTEM VALUE</c>: the writer gives the keys of identity columns, as its COPYs do).
/// </summary>
/// <remarks>
/// All of it runs in the import's transaction and the staging tables are dropped at its end
/// (<c>ON COMMIT DROP</c>; a rollback drops them too), so a failure anywhere (a bad row, a broken
/// foreign key, cancellation) leaves the store as it was. The moves still maintain the indexes and
/// check the foreign keys row by row; what they save over COPY into the indexed tables is measured
/// by <c>sitrep bench-postgres --import-populated</c> (docs/STORAGE.md).
/// </remarks>
internal sealed class PostgresStaging
{
    private const string Prefix = "staging_";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly HashSet<string> _filled = new(StringComparer.Ordinal);

    private PostgresStaging(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>The tables staged: every one the COPYs fill except revisions, which the indexed path numbers with one INSERT.</summary>
    private static IEnumerable<PostgresCopyTable> Staged => PostgresCopyTables.InKeyOrder.Where(t => t != PostgresCopyTables.Revisions);

    /// <summary>Creates the staging tables in the import's transaction.</summary>
    public static PostgresStaging Begin(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        // Table and column names are the writer's constants, never input.
        Execute(connection, transaction, string.Join(";\n", Staged.Select(t =>
            $"CREATE TEMP TABLE {Prefix}{t.Name} ON COMMIT DROP AS SELECT {t.ColumnList} FROM {t.Name} WITH NO DATA")));
        return new PostgresStaging(connection, transaction);
    }

    /// <summary>Starts a COPY into the staging table of <paramref name="table"/>.</summary>
    public PostgresCopyWriter Open(PostgresCopyTable table)
    {
        _filled.Add(table.Name);
        return PostgresCopyWriter.Begin(_connection, Prefix + table.Name, table);
    }

    /// <summary>Moves the staged rows into their tables, parents first, and empties the staging tables.</summary>
    public void Move()
    {
        List<PostgresCopyTable> filled = [.. Staged.Where(t => _filled.Contains(t.Name))];
        if (filled.Count == 0) return;
        Execute(_connection, _transaction, string.Join(";\n", filled.Select(t =>
            $"INSERT INTO {t.Name} ({t.ColumnList}) OVERRIDING SYSTEM VALUE SELECT {t.ColumnList} FROM {Prefix}{t.Name};\nTRUNCATE {Prefix}{t.Name}")));
        _filled.Clear();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
