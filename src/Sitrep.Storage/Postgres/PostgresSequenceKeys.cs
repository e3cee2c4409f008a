using Npgsql;
using NpgsqlTypes;
using Sitrep.Events;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Keys drawn from the store's sequences for the rows a writer makes, so child rows can name
/// their parents without a round trip per row: drawn ahead in one statement where the count is
/// known, otherwise when a flush needs them. With <paramref name="bulk"/> (the bulk import holds
/// the tables exclusively) a block is taken with one <c>setval</c>.
/// </summary>
internal sealed class PostgresSequenceKeys(NpgsqlConnection connection, NpgsqlTransaction transaction, bool bulk)
{
    // Keys drawn ahead, per sequence, in ascending order; Draw takes from here before asking the server.
    private readonly Dictionary<string, Queue<long>> _drawn = new(StringComparer.Ordinal);

    /// <summary>Draws keys for the next <paramref name="count"/> incidents in one statement.</summary>
    public void Reserve(int count)
    {
        Queue<long> keys = Pool(EventsSequence);
        if (count > keys.Count) foreach (long key in Draw(EventsSequence, count - keys.Count)) keys.Enqueue(key);
    }

    /// <summary>
    /// Draws, in one statement, the keys that <paramref name="events"/> need when each becomes an
    /// incident of its own (the common case; a merge draws what more it needs when it flushes).
    /// Sequences take no lock that a transaction holds, so a worker does this before it waits
    /// for the merge lock, sparing the lock holder round trips.
    /// </summary>
    public void ReserveFor(IReadOnlyCollection<ConflictEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0 || bulk) return;
        int actors = 0, claims = 0, evidence = 0;
        foreach (ConflictEvent e in events)
        {
            actors += (e.Actor1 is null ? 0 : 1) + (e.Actor2 is null ? 0 : 1) + (e.AssocActor1.IsDefault ? 0 : e.AssocActor1.Length) + (e.AssocActor2.IsDefault ? 0 : e.AssocActor2.Length);
            claims += e.Claims.IsDefault ? 0 : e.Claims.Length;
            evidence += e.Evidence.IsDefault ? 0 : e.Evidence.Length;
        }
        string[] names = [EventsSequence, PostgresBatchRows.SourcesSequence, PostgresBatchRows.EvidenceSequence, PostgresBatchRows.ActorsSequence, PostgresBatchRows.ClaimsSequence];
        int[] counts = [events.Count, events.Count, evidence, actors, claims];
        using var command = new NpgsqlCommand("""
            SELECT s.name, nextval(s.name::regclass) FROM unnest(@names, @counts) AS s(name, n), generate_series(1, s.n)
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("names", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = names });
        command.Parameters.Add(new NpgsqlParameter("counts", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = counts });
        var drawn = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        using (NpgsqlDataReader r = command.ExecuteReader())
        {
            while (r.Read())
            {
                string name = r.GetString(0);
                if (!drawn.TryGetValue(name, out List<long>? keys)) drawn[name] = keys = [];
                keys.Add(r.GetInt64(1));
            }
        }
        foreach ((string name, List<long> keys) in drawn)
        {
            keys.Sort();
            Queue<long> pool = Pool(name);
            foreach (long key in keys) pool.Enqueue(key);
        }
    }

    private const string EventsSequence = "events_pk_seq";

    /// <summary>The key of the next incident.</summary>
    public long NextIncidentKey()
    {
        Reserve(1);
        return Pool(EventsSequence).Dequeue();
    }

    private Queue<long> Pool(string sequence)
    {
        if (!_drawn.TryGetValue(sequence, out Queue<long>? pool)) _drawn[sequence] = pool = new Queue<long>();
        return pool;
    }

    /// <summary><paramref name="count"/> fresh keys of <paramref name="sequence"/>, ascending.</summary>
    public IReadOnlyList<long> Draw(string sequence, int count)
    {
        if (bulk) return DrawRange(sequence, count);
        // Keys drawn ahead come first; any shortfall is drawn now, and later draws are larger, so the keys stay ascending.
        if (sequence != EventsSequence && _drawn.TryGetValue(sequence, out Queue<long>? pool) && pool.Count > 0)
        {
            var keys = new List<long>(count);
            while (keys.Count < count && pool.Count > 0) keys.Add(pool.Dequeue());
            if (keys.Count < count) keys.AddRange(DrawNow(sequence, count - keys.Count));
            return keys;
        }
        return DrawNow(sequence, count);
    }

    private List<long> DrawNow(string sequence, int count)
    {
        // The sequence name is one of the writers' constants, never input.
        using var command = new NpgsqlCommand($"SELECT nextval('{sequence}') FROM generate_series(1, @count)", connection, transaction);
        command.Parameters.AddWithValue("count", count);
        var keys = new List<long>(count);
        using NpgsqlDataReader reader = command.ExecuteReader();
        while (reader.Read()) keys.Add(reader.GetInt64(0));
        keys.Sort();
        return keys;
    }

    // On the bulk path this transaction holds the tables of these sequences exclusively and every
    // writer waits for the merge lock, so nobody else draws meanwhile and a block can be taken in
    // one step instead of one nextval per key.
    private List<long> DrawRange(string sequence, int count)
    {
        using var command = new NpgsqlCommand("SELECT setval(@sequence::regclass, nextval(@sequence::regclass) + @count - 1)", connection, transaction);
        command.Parameters.AddWithValue("sequence", sequence);
        command.Parameters.AddWithValue("count", (long)count);
        long last = (long)command.ExecuteScalar()!;
        var keys = new List<long>(count);
        for (long key = last - count + 1; key <= last; key++) keys.Add(key);
        return keys;
    }
}
