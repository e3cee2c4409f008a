using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Reads events back into <see cref="ConflictEvent"/>s: one SELECT for the page of event rows,
/// then one per child table for all of the page's events at once (their keys passed as one
/// JSON array parameter), all inside one read transaction so the page is a consistent snapshot.
/// Statements come from a <see cref="SqliteCommandCache"/>, so a pooled connection compiles each once.
/// </summary>
internal static class SqliteEventReader
{
    private const string PageKeys = "(SELECT value FROM json_each(@pks))";

    public static IReadOnlyList<StoredEvent> Query(SqliteCommandCache cache, EventQuery query)
    {
        using SqliteTransaction transaction = cache.Connection.BeginTransaction(deferred: true);
        var rows = new List<EventRow>();
        using (SqliteDataReader reader = SqliteEventQuery.Build(cache, transaction, query).ExecuteReader())
        {
            while (reader.Read()) rows.Add(EventRow.Read(reader));
        }
        IReadOnlyList<StoredEvent> events = Complete(cache, transaction, rows);
        transaction.Commit();
        return events;
    }

    /// <summary>The incidents with these keys, read inside the caller's transaction; missing keys are left out.</summary>
    public static Dictionary<long, StoredEvent> ReadByPk(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<long> pks)
    {
        var rows = new List<EventRow>();
        if (pks.Count == 0) return [];
        using var cache = new SqliteCommandCache(connection);
        ForEachRow(cache, transaction, "[" + string.Join(",", pks) + "]",
            $"SELECT {SqliteEventQuery.EventColumns} FROM events e WHERE e.pk IN {PageKeys} ORDER BY e.pk",
            r => rows.Add(EventRow.Read(r)));
        IReadOnlyList<StoredEvent> events = Complete(cache, transaction, rows);
        return rows.Select((r, i) => (r.Pk, Event: events[i])).ToDictionary(x => x.Pk, x => x.Event);
    }

    private static IReadOnlyList<StoredEvent> Complete(SqliteCommandCache cache, SqliteTransaction transaction, List<EventRow> rows)
    {
        if (rows.Count == 0) return [];
        var byPk = rows.ToDictionary(r => r.Pk);
        string pks = "[" + string.Join(",", rows.Select(r => r.Pk)) + "]";
        ReadActors(cache, transaction, pks, byPk);
        ReadClaims(cache, transaction, pks, byPk);
        ReadEvidence(cache, transaction, pks, byPk);
        ReadSources(cache, transaction, pks, byPk);
        return [.. rows.Select(r => r.ToStoredEvent())];
    }

    private static void ReadActors(SqliteCommandCache cache, SqliteTransaction transaction, string pks, Dictionary<long, EventRow> byPk)
    {
        var aliases = new Dictionary<long, List<string>>();
        ForEachRow(cache, transaction, pks, $"""
            SELECT eaa.event_actor_id, aa.alias FROM event_actor_aliases eaa
            JOIN actor_aliases aa ON aa.id = eaa.alias_id JOIN event_actors ea ON ea.id = eaa.event_actor_id
            WHERE ea.event_pk IN {PageKeys} ORDER BY eaa.event_actor_id, eaa.ordinal
            """, r => Add(aliases, r.GetInt64(0), r.GetString(1)));
        ForEachRow(cache, transaction, pks, $"""
            SELECT ea.event_pk, ea.id, ea.role, a.name, ea.type, ea.inter, ea.country FROM event_actors ea
            JOIN actors a ON a.id = ea.actor_id
            WHERE ea.event_pk IN {PageKeys} ORDER BY ea.event_pk, ea.role, ea.ordinal
            """, r =>
            {
                var actor = new ActorRef
                {
                    Name = r.GetString(3),
                    Aliases = aliases.TryGetValue(r.GetInt64(1), out var names) ? [.. names] : [],
                    Type = NullableString(r, 4),
                    Inter = r.IsDBNull(5) ? null : r.GetInt32(5),
                    Country = NullableString(r, 6),
                };
                byPk[r.GetInt64(0)].AddActor(r.GetString(2), actor);
            });
    }

    private static void ReadClaims(SqliteCommandCache cache, SqliteTransaction transaction, string pks, Dictionary<long, EventRow> byPk)
    {
        var by = new Dictionary<long, List<string>>();
        ForEachRow(cache, transaction, pks, $"""
            SELECT cb.claim_id, cb.name FROM claim_by cb JOIN claims c ON c.id = cb.claim_id
            WHERE c.event_pk IN {PageKeys} ORDER BY cb.claim_id, cb.ordinal
            """, r => Add(by, r.GetInt64(0), r.GetString(1)));
        ForEachRow(cache, transaction, pks,
            $"SELECT c.event_pk, c.id, c.what FROM claims c WHERE c.event_pk IN {PageKeys} ORDER BY c.event_pk, c.ordinal",
            r =>
            {
                ImmutableArray<string> names = by.TryGetValue(r.GetInt64(1), out var list) ? [.. list] : [];
                byPk[r.GetInt64(0)].Claims.Add(new Claim(names, StoredValues.ParseClaimKind(r.GetString(2))));
            });
    }

    private static void ReadEvidence(SqliteCommandCache cache, SqliteTransaction transaction, string pks, Dictionary<long, EventRow> byPk) =>
        ForEachRow(cache, transaction, pks,
            $"SELECT event_pk, field, span_start, span_end, text FROM evidence WHERE event_pk IN {PageKeys} ORDER BY event_pk, ordinal",
            r => byPk[r.GetInt64(0)].Evidence.Add(new Evidence(r.GetString(1), new Span(r.GetInt32(2), r.GetInt32(3)), r.GetString(4))));

    private static void ReadSources(SqliteCommandCache cache, SqliteTransaction transaction, string pks, Dictionary<long, EventRow> byPk) =>
        ForEachRow(cache, transaction, pks, $"""
            SELECT s.event_pk, d.id, d.url, d.outlet, d.published, d.source FROM event_sources s
            JOIN documents d ON d.id = s.document_id
            WHERE s.event_pk IN {PageKeys} ORDER BY s.event_pk, s.rowid
            """, r => byPk[r.GetInt64(0)].Sources.Add(new EventSource(
                r.GetString(1), NullableString(r, 2), NullableString(r, 3),
                r.IsDBNull(4) ? null : StoredValues.ParseDate(r.GetString(4)), r.GetString(5))));

    private static void ForEachRow(SqliteCommandCache cache, SqliteTransaction transaction, string pks, string sql, Action<SqliteDataReader> read)
    {
        SqliteCommand command = cache.Command(sql, transaction);
        command.Parameters.AddWithValue("@pks", pks);
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read()) read(reader);
    }

    private static void Add(Dictionary<long, List<string>> lists, long key, string value)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(value);
    }

    internal static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
