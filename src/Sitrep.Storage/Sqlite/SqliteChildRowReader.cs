using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Reads incidents from the child tables of schemas 1 to 5 (actors, aliases, claims, evidence,
/// sources), which schema 6 folds into each event's body: only the migration that fills the
/// bodies (<see cref="SqliteEventBodies"/>) still reads them.
/// </summary>
internal static class SqliteChildRowReader
{
    private const string PageKeys = "(SELECT value FROM json_each(@pks))";

    /// <summary>The events columns as schema 4 has them, in the order <see cref="EventRow.Read"/> expects.</summary>
    public const string EventColumns = """
        e.pk, e.id, e.document_id, e.event_type, e.sub_event_type, e.plover_type, e.plover_mode,
        e.date_start, e.date_end, e.date_precision, e.country, e.admin1, e.location, e.latitude, e.longitude, e.geo_precision,
        e.fatalities_low, e.fatalities_best, e.fatalities_high, e.background, e.aggregate, e.confidence, e.span_start, e.span_end
        """;

    /// <summary>The incidents with these keys, read inside the caller's transaction; missing keys are left out.</summary>
    public static Dictionary<long, StoredEvent> ReadByPk(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<long> pks)
    {
        var rows = new List<EventRow>();
        if (pks.Count == 0) return [];
        using var cache = new SqliteCommandCache(connection);
        ForEachRow(cache, transaction, "[" + string.Join(",", pks) + "]",
            $"SELECT {EventColumns} FROM events e WHERE e.pk IN {PageKeys} ORDER BY e.pk",
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
                    Type = SqliteEventReader.NullableString(r, 4),
                    Inter = r.IsDBNull(5) ? null : r.GetInt32(5),
                    Country = SqliteEventReader.NullableString(r, 6),
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
                r.GetString(1), SqliteEventReader.NullableString(r, 2), SqliteEventReader.NullableString(r, 3),
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

}
