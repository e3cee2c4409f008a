using Npgsql;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// The fast path of a large import into a store without events. Writing a row into an indexed
/// table with foreign keys costs the server an index insertion per index and a lookup per key
/// (about 24 µs a row here), far more than the COPY itself; building an index over loaded rows
/// with one sort, and checking a foreign key with one join, costs a fraction of that. So
/// <see cref="Begin"/> drops the keys, unique constraints, indexes and foreign keys of the tables
/// an import fills (read from the catalog, so later migrations are covered), empties them again
/// with TRUNCATE (they hold nothing, and a table truncated in its transaction is written without
/// WAL when the server runs with <c>wal_level = minimal</c>), and <see cref="Finish"/> rebuilds
/// every definition before the commit.
/// </summary>
/// <remarks>
/// It all happens in the import's transaction: DDL in PostgreSQL is transactional, so a failed
/// import (a bad row, a key the rebuild finds broken, cancellation) rolls back to the store as it
/// was, constraints and indexes included. The dropped tables stay locked (ACCESS EXCLUSIVE) until
/// the commit, so readers wait for the import instead of seeing a store without its indexes.
/// Actors and their aliases keep their keys because the import upserts into them; so do documents
/// unless the store holds none (<see cref="Documents"/>), when their stubs are COPYed too.
/// Revisions may hold the history of deleted incidents, so they are not truncated; their numbers
/// continue from the stored ones, read once here, and the rows are written by COPY too.
/// </remarks>
internal sealed class PostgresBulkLoad
{
    /// <summary>The tables the fast path empties and rebuilds: every table an incident writes to, and reports.</summary>
    public static readonly IReadOnlyList<string> Tables =
        ["events", "event_sources", "event_actors", "event_actor_aliases", "claims", "claim_by", "evidence", "reports"];

    /// <summary>
    /// Also emptied and rebuilt when it holds no row: the import writes a stub per source document,
    /// which into the indexed table costs an upsert each (a conflict check and four index
    /// insertions, about 13 µs of server CPU a row), far more than a COPY and four index builds.
    /// </summary>
    public const string Documents = "documents";

    // Foreign keys from or to the tables, then their primary keys and unique constraints, then their other indexes.
    private const string ReadDefinitions = """
        WITH t AS (SELECT unnest(@tables::text[])::regclass AS oid)
        SELECT 0, c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid)
        FROM pg_constraint c
        WHERE c.contype = 'f' AND (c.conrelid IN (SELECT oid FROM t) OR c.confrelid IN (SELECT oid FROM t))
        UNION ALL
        SELECT 1, c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid)
        FROM pg_constraint c
        WHERE c.contype IN ('p', 'u') AND c.conrelid IN (SELECT oid FROM t)
        UNION ALL
        SELECT 2, i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        FROM pg_index i
        WHERE i.indrelid IN (SELECT oid FROM t)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
        ORDER BY 1, 2, 3
        """;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly IReadOnlyList<Definition> _definitions;
    private readonly Dictionary<string, int> _lastRevision;
    private readonly IReadOnlyList<string> _truncated;

    private PostgresBulkLoad(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<Definition> definitions, Dictionary<string, int> lastRevision,
        IReadOnlyList<string> truncated)
    {
        _connection = connection;
        _transaction = transaction;
        _definitions = definitions;
        _lastRevision = lastRevision;
        _truncated = truncated;
    }

    /// <summary>
    /// The number of an imported event's <c>created</c> revision: one past the stored history of
    /// its id (1 without one). An import creates each id once, so nothing is recorded; were an
    /// id numbered twice, the rebuilt <c>UNIQUE (event_id, revision)</c> would fail the import.
    /// </summary>
    public int CreatedRevision(string eventId) => (_lastRevision.TryGetValue(eventId, out int last) ? last : 0) + 1;

    /// <summary>One index or constraint as the catalog defines it.</summary>
    private sealed record Definition(DefinitionKind Kind, string Table, string Name, string Sql)
    {
        public string Drop => Kind == DefinitionKind.Index ? $"DROP INDEX {Name}" : $"ALTER TABLE {Table} DROP CONSTRAINT {Name}";

        public string Create => Kind == DefinitionKind.Index ? Sql : $"ALTER TABLE {Table} ADD CONSTRAINT {Name} {Sql}";
    }

    private enum DefinitionKind { ForeignKey = 0, Key = 1, Index = 2 }

    /// <summary>
    /// Starts the fast path when <paramref name="events"/> reach <paramref name="threshold"/> and
    /// the store holds no incident; otherwise returns null and changes nothing. Call it inside the
    /// import's transaction, after the merge lock.
    /// </summary>
    public static PostgresBulkLoad? Begin(NpgsqlConnection connection, NpgsqlTransaction transaction, int events, int threshold)
    {
        if (events < threshold) return null;
        bool noDocuments;
        using (var empty = new NpgsqlCommand("SELECT NOT EXISTS (SELECT 1 FROM events), NOT EXISTS (SELECT 1 FROM documents)", connection, transaction))
        {
            using NpgsqlDataReader r = empty.ExecuteReader();
            r.Read();
            if (!r.GetBoolean(0)) return null;
            noDocuments = r.GetBoolean(1);
        }
        IReadOnlyList<string> truncated = noDocuments ? [.. Tables, Documents] : Tables;
        string[] rebuilt = [.. truncated, "revisions"];
        // Sorting a million keys in memory instead of in batches on disk; local to this transaction.
        Execute(connection, transaction, "SET LOCAL maintenance_work_mem = '256MB'");
        var definitions = new List<Definition>();
        using (var read = new NpgsqlCommand(ReadDefinitions, connection, transaction))
        {
            read.Parameters.AddWithValue("tables", rebuilt);
            using NpgsqlDataReader r = read.ExecuteReader();
            while (r.Read()) definitions.Add(new Definition((DefinitionKind)r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3)));
        }
        var lastRevision = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var read = new NpgsqlCommand("SELECT event_id, max(revision) FROM revisions GROUP BY event_id", connection, transaction))
        {
            using NpgsqlDataReader r = read.ExecuteReader();
            while (r.Read()) lastRevision[r.GetString(0)] = r.GetInt32(1);
        }
        // The names come from the catalog, quoted by the server, never from input.
        Execute(connection, transaction, string.Join(";\n", definitions.Select(d => d.Drop)));
        Execute(connection, transaction, "TRUNCATE " + string.Join(", ", truncated));
        return new PostgresBulkLoad(connection, transaction, definitions, lastRevision, truncated);
    }

    /// <summary>
    /// Whether the load truncated <paramref name="table"/> in its transaction, so its COPYs may
    /// store their rows frozen: visible to every later transaction without the commit-status
    /// lookups and hint-bit writes that the first readers of a million fresh rows would otherwise pay.
    /// </summary>
    public bool Truncated(string table) => _truncated.Contains(table);

    /// <summary>How many indexes and constraints were dropped (and will be rebuilt).</summary>
    public int Dropped => _definitions.Count;

    /// <summary>
    /// Rebuilds every dropped key and index, then checks every foreign key, once over all the
    /// loaded rows; <paramref name="measure"/> times each of the three steps.
    /// </summary>
    public void Finish(Action<string, Action> measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        measure("rebuild keys", () => Create(DefinitionKind.Key));
        measure("rebuild indexes", () => Create(DefinitionKind.Index));
        measure("check foreign keys", () => Create(DefinitionKind.ForeignKey));
    }

    private void Create(DefinitionKind kind)
    {
        foreach (Definition definition in _definitions.Where(d => d.Kind == kind)) Execute(_connection, _transaction, definition.Create);
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        if (sql.Length == 0) return;
        using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
