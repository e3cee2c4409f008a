using Npgsql;
using NpgsqlTypes;
using Sitrep.Events;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Finds or creates the actor and alias rows a batch needs, with one statement per step for the
/// whole batch. Rows are inserted in key order so concurrent batches wait for each other instead
/// of deadlocking, and an existing actor only gets attributes it did not have (as in SQLite).
/// </summary>
internal static class PostgresActors
{
    public readonly record struct AliasKey(long ActorId, string Alias);

    private const string InsertActors = """
        INSERT INTO actors (name, name_lower, type, inter, country)
        SELECT u.name, u.name_lower, u.type, u.inter, u.country
        FROM unnest(@names, @lowers, @types, @inters, @countries) AS u(name, name_lower, type, inter, country)
        ORDER BY u.name
        ON CONFLICT (name) DO NOTHING
        """;

    private const string FillActors = """
        UPDATE actors a SET type = coalesce(a.type, u.type), inter = coalesce(a.inter, u.inter), country = coalesce(a.country, u.country)
        FROM unnest(@names, @types, @inters, @countries) AS u(name, type, inter, country)
        WHERE a.name = u.name AND ((a.type IS NULL AND u.type IS NOT NULL) OR (a.inter IS NULL AND u.inter IS NOT NULL)
            OR (a.country IS NULL AND u.country IS NOT NULL))
        """;

    private const string SelectActors = "SELECT id, name FROM actors WHERE name = ANY(@names)";

    private const string InsertAliases = """
        INSERT INTO actor_aliases (actor_id, alias, alias_lower)
        SELECT u.actor_id, u.alias, u.alias_lower FROM unnest(@actor_ids, @aliases, @lowers) AS u(actor_id, alias, alias_lower)
        ORDER BY u.actor_id, u.alias
        ON CONFLICT (actor_id, alias) DO NOTHING
        """;

    private const string SelectAliases = """
        SELECT aa.id, aa.actor_id, aa.alias FROM actor_aliases aa
        JOIN unnest(@actor_ids, @aliases) AS u(actor_id, alias) ON aa.actor_id = u.actor_id AND aa.alias = u.alias
        """;

    /// <summary>The row id of every actor name, creating rows for new names.</summary>
    public static Dictionary<string, long> Resolve(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ActorRef> actors)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        if (actors.Count == 0) return ids;
        string[] names = [.. actors.Select(a => a.Name)];
        using (var insert = new NpgsqlCommand(InsertActors, connection, transaction))
        {
            Add(insert, "names", NpgsqlDbType.Text, names);
            Add(insert, "lowers", NpgsqlDbType.Text, names.Select(StoredValues.Fold).ToArray());
            AddAttributes(insert, actors);
            insert.ExecuteNonQuery();
        }
        using (var fill = new NpgsqlCommand(FillActors, connection, transaction))
        {
            Add(fill, "names", NpgsqlDbType.Text, names);
            AddAttributes(fill, actors);
            fill.ExecuteNonQuery();
        }
        using var select = new NpgsqlCommand(SelectActors, connection, transaction);
        Add(select, "names", NpgsqlDbType.Text, names);
        using NpgsqlDataReader reader = select.ExecuteReader();
        while (reader.Read()) ids[reader.GetString(1)] = reader.GetInt64(0);
        return ids;
    }

    /// <summary>The row id of every (actor, alias) pair the batch's event actors print, creating rows for new ones.</summary>
    public static Dictionary<AliasKey, long> ResolveAliases(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<PendingEventActor> eventActors, Dictionary<string, long> actorIds)
    {
        // A hash set for the many repeats, sorted once: a sorted set compared strings on every row.
        var distinct = new HashSet<AliasKey>();
        foreach (PendingEventActor ea in eventActors)
        {
            if (ea.Actor.Aliases.IsDefaultOrEmpty) continue;
            long actorId = actorIds[ea.Actor.Name];
            foreach (string alias in ea.Actor.Aliases) distinct.Add(new AliasKey(actorId, alias));
        }
        var ids = new Dictionary<AliasKey, long>();
        if (distinct.Count == 0) return ids;
        AliasKey[] keys = [.. distinct];
        Array.Sort(keys, static (x, y) => x.ActorId != y.ActorId ? x.ActorId.CompareTo(y.ActorId) : string.CompareOrdinal(x.Alias, y.Alias));
        long[] actorColumn = [.. keys.Select(k => k.ActorId)];
        string[] aliasColumn = [.. keys.Select(k => k.Alias)];
        using (var insert = new NpgsqlCommand(InsertAliases, connection, transaction))
        {
            Add(insert, "actor_ids", NpgsqlDbType.Bigint, actorColumn);
            Add(insert, "aliases", NpgsqlDbType.Text, aliasColumn);
            Add(insert, "lowers", NpgsqlDbType.Text, aliasColumn.Select(StoredValues.Fold).ToArray());
            insert.ExecuteNonQuery();
        }
        using var select = new NpgsqlCommand(SelectAliases, connection, transaction);
        Add(select, "actor_ids", NpgsqlDbType.Bigint, actorColumn);
        Add(select, "aliases", NpgsqlDbType.Text, aliasColumn);
        using NpgsqlDataReader reader = select.ExecuteReader();
        while (reader.Read()) ids[new AliasKey(reader.GetInt64(1), reader.GetString(2))] = reader.GetInt64(0);
        return ids;
    }

    private static void AddAttributes(NpgsqlCommand command, IReadOnlyList<ActorRef> actors)
    {
        Add(command, "types", NpgsqlDbType.Text, actors.Select(a => a.Type).ToArray());
        Add(command, "inters", NpgsqlDbType.Integer, actors.Select(a => a.Inter).ToArray());
        Add(command, "countries", NpgsqlDbType.Text, actors.Select(a => a.Country).ToArray());
    }

    private static void Add(NpgsqlCommand command, string name, NpgsqlDbType type, object values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values });
}
