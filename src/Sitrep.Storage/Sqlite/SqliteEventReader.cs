using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Reads events back: one SELECT for the page of event rows, each of which carries its whole
/// record (<c>event_bodies</c>, schema 5, <see cref="EventBodyCodec"/>), inside one read transaction so the page
/// is a consistent snapshot. Statements come from a <see cref="SqliteCommandCache"/>, so a pooled
/// connection compiles each once.
/// </summary>
internal static class SqliteEventReader
{
    private const string PageKeys = "(SELECT value FROM json_each(@pks))";

    public static IReadOnlyList<StoredEvent> Query(SqliteCommandCache cache, EventQuery query)
    {
        using SqliteTransaction transaction = cache.Connection.BeginTransaction(deferred: true);
        var events = new List<StoredEvent>();
        using (SqliteDataReader reader = SqliteEventQuery.Build(cache, transaction, query).ExecuteReader())
        {
            while (reader.Read()) events.Add(Body(reader));
        }
        transaction.Commit();
        return events;
    }

    /// <summary>The incidents with these keys, read inside the caller's transaction; missing keys are left out.</summary>
    public static Dictionary<long, StoredEvent> ReadByPk(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<long> pks)
    {
        var events = new Dictionary<long, StoredEvent>();
        if (pks.Count == 0) return events;
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {SqliteEventQuery.EventColumns} FROM events e WHERE e.pk IN {PageKeys}";
        command.Parameters.AddWithValue("@pks", "[" + string.Join(",", pks) + "]");
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read()) events[reader.GetInt64(0)] = Body(reader);
        return events;
    }

    // Columns as SqliteEventQuery.EventColumns selects them: pk, body.
    private static StoredEvent Body(SqliteDataReader reader) =>
        reader.IsDBNull(1)
            ? throw new InvalidDataException($"Event {reader.GetInt64(0)} has no body; the store's schema 6 migration did not complete.")
            : EventBodyCodec.Read(reader.GetFieldValue<byte[]>(1));

    internal static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
