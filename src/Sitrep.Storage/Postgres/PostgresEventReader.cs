using System.Collections.Immutable;
using System.Data;
using Npgsql;
using NpgsqlTypes;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Reads events back into <see cref="ConflictEvent"/>s: one SELECT for the page of event rows,
/// then one per child table for all of the page's events at once (their keys as one bigint[]
/// parameter), inside one REPEATABLE READ transaction so the page is a consistent snapshot.
/// </summary>
internal static class PostgresEventReader
{
    public static IReadOnlyList<StoredEvent> Query(NpgsqlConnection connection, EventQuery query)
    {
        using NpgsqlTransaction transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        var rows = new List<PostgresEventRow>();
        using (NpgsqlCommand command = PostgresEventQuery.Build(connection, transaction, query))
        using (NpgsqlDataReader reader = command.ExecuteReader())
        {
            while (reader.Read()) rows.Add(PostgresEventRow.Read(reader));
        }
        IReadOnlyList<StoredEvent> events = Complete(connection, transaction, rows);
        transaction.Commit();
        return events;
    }

    /// <summary>The incidents with these keys, read inside the caller's transaction; missing keys are left out.</summary>
    public static Dictionary<long, StoredEvent> ReadByPk(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<long> pks)
    {
        if (pks.Count == 0) return [];
        var rows = new List<PostgresEventRow>();
        using (var command = new NpgsqlCommand($"SELECT {PostgresEventQuery.EventColumns} FROM events e WHERE e.pk = ANY(@pks) ORDER BY e.pk", connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter("pks", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = pks.ToArray() });
            using NpgsqlDataReader reader = command.ExecuteReader();
            while (reader.Read()) rows.Add(PostgresEventRow.Read(reader));
        }
        IReadOnlyList<StoredEvent> events = Complete(connection, transaction, rows);
        var result = new Dictionary<long, StoredEvent>();
        for (int i = 0; i < rows.Count; i++) result[rows[i].Pk] = events[i];
        return result;
    }

    private static IReadOnlyList<StoredEvent> Complete(NpgsqlConnection connection, NpgsqlTransaction transaction, List<PostgresEventRow> rows)
    {
        if (rows.Count == 0) return [];
        var byPk = rows.ToDictionary(r => r.Pk);
        long[] pks = [.. rows.Select(r => r.Pk)];
        ReadActors(connection, transaction, pks, byPk);
        ReadClaims(connection, transaction, pks, byPk);
        ReadEvidence(connection, transaction, pks, byPk);
        ReadSources(connection, transaction, pks, byPk);
        return [.. rows.Select(r => r.ToStoredEvent())];
    }

    private static void ReadActors(NpgsqlConnection connection, NpgsqlTransaction transaction, long[] pks, Dictionary<long, PostgresEventRow> byPk)
    {
        var aliases = new Dictionary<long, List<string>>();
        ForEachRow(connection, transaction, pks, """
            SELECT eaa.event_actor_id, aa.alias FROM event_actor_aliases eaa
            JOIN actor_aliases aa ON aa.id = eaa.alias_id JOIN event_actors ea ON ea.id = eaa.event_actor_id
            WHERE ea.event_pk = ANY(@pks) ORDER BY eaa.event_actor_id, eaa.ordinal
            """, r => Add(aliases, r.GetInt64(0), r.GetString(1)));
        ForEachRow(connection, transaction, pks, """
            SELECT ea.event_pk, ea.id, ea.role, a.name, ea.type, ea.inter, ea.country FROM event_actors ea
            JOIN actors a ON a.id = ea.actor_id
            WHERE ea.event_pk = ANY(@pks) ORDER BY ea.event_pk, ea.role, ea.ordinal
            """, r =>
            {
                var actor = new ActorRef
                {
                    Name = r.GetString(3),
                    Aliases = aliases.TryGetValue(r.GetInt64(1), out var names) ? [.. names] : [],
                    Type = PostgresEventRow.NullableString(r, 4),
                    Inter = PostgresEventRow.NullableInt(r, 5),
                    Country = PostgresEventRow.NullableString(r, 6),
                };
                byPk[r.GetInt64(0)].AddActor(r.GetString(2), actor);
            });
    }

    private static void ReadClaims(NpgsqlConnection connection, NpgsqlTransaction transaction, long[] pks, Dictionary<long, PostgresEventRow> byPk)
    {
        var by = new Dictionary<long, List<string>>();
        ForEachRow(connection, transaction, pks, """
            SELECT cb.claim_id, cb.name FROM claim_by cb JOIN claims c ON c.id = cb.claim_id
            WHERE c.event_pk = ANY(@pks) ORDER BY cb.claim_id, cb.ordinal
            """, r => Add(by, r.GetInt64(0), r.GetString(1)));
        ForEachRow(connection, transaction, pks,
            "SELECT c.event_pk, c.id, c.what FROM claims c WHERE c.event_pk = ANY(@pks) ORDER BY c.event_pk, c.ordinal",
            r =>
            {
                ImmutableArray<string> names = by.TryGetValue(r.GetInt64(1), out var list) ? [.. list] : [];
                byPk[r.GetInt64(0)].Claims.Add(new Claim(names, StoredValues.ParseClaimKind(r.GetString(2))));
            });
    }

    private static void ReadEvidence(NpgsqlConnection connection, NpgsqlTransaction transaction, long[] pks, Dictionary<long, PostgresEventRow> byPk) =>
        ForEachRow(connection, transaction, pks,
            "SELECT event_pk, field, span_start, span_end, text FROM evidence WHERE event_pk = ANY(@pks) ORDER BY event_pk, ordinal",
            r => byPk[r.GetInt64(0)].Evidence.Add(new Evidence(r.GetString(1), new Span(r.GetInt32(2), r.GetInt32(3)), r.GetString(4))));

    private static void ReadSources(NpgsqlConnection connection, NpgsqlTransaction transaction, long[] pks, Dictionary<long, PostgresEventRow> byPk) =>
        ForEachRow(connection, transaction, pks, """
            SELECT s.event_pk, d.id, d.url, d.outlet, d.published, d.source FROM event_sources s
            JOIN documents d ON d.id = s.document_id
            WHERE s.event_pk = ANY(@pks) ORDER BY s.event_pk, s.seq
            """, r => byPk[r.GetInt64(0)].Sources.Add(new EventSource(
                r.GetString(1), PostgresEventRow.NullableString(r, 2), PostgresEventRow.NullableString(r, 3),
                r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4), r.GetString(5))));

    private static void ForEachRow(NpgsqlConnection connection, NpgsqlTransaction transaction, long[] pks, string sql, Action<NpgsqlDataReader> read)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("pks", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = pks });
        using NpgsqlDataReader reader = command.ExecuteReader();
        while (reader.Read()) read(reader);
    }

    private static void Add(Dictionary<long, List<string>> lists, long key, string value)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(value);
    }
}
