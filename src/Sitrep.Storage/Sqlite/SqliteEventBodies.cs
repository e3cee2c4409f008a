using Microsoft.Data.Sqlite;
using Sitrep.Events;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Writes an incident's record (<c>event_bodies</c>, schema 5) and the text its
/// evidence filter searches (<c>evidence_lower</c>); and, as part of the schema 5 migration, fills
/// both for every incident stored by an older schema, from the child tables, in the migration's
/// transaction, so a failure leaves the store at schema 4.
/// </summary>
internal static class SqliteEventBodies
{
    /// <summary>The schema version whose migration runs <see cref="Fill"/> after its script.</summary>
    public const int FillVersion = 5;

    private const int Chunk = 500;

    // Joins the sentence and each piece of evidence in evidence_lower; a query containing it is
    // the only one that could match across two of them.
    private const char Separator = '\u001f';

    /// <summary>The record stored as body (<see cref="EventBodyCodec"/>).</summary>
    public static byte[] Body(StoredEvent incident) => new SqliteBodyWriter().Write(incident).Bytes.ToArray();

    /// <summary>The folded text the evidence filter searches: the event's sentence, then every field's evidence.</summary>
    public static string SearchText(string sentence, ConflictEvent e)
    {
        if (e.Evidence.IsDefaultOrEmpty) return StoredValues.Fold(sentence);
        var text = new System.Text.StringBuilder(sentence);
        foreach (Evidence evidence in e.Evidence) text.Append(Separator).Append(evidence.Text);
        return StoredValues.Fold(text.ToString());
    }

    /// <summary>Writes the body and evidence_lower of every stored incident, reading the child tables of schema 4.</summary>
    public static void Fill(SqliteConnection connection, SqliteTransaction transaction)
    {
        long after = 0;
        while (true)
        {
            var sentences = new Dictionary<long, string>();
            using (SqliteCommand select = connection.CreateCommand())
            {
                select.Transaction = transaction;
                select.CommandText = "SELECT pk, evidence FROM events WHERE pk > @after ORDER BY pk LIMIT @chunk";
                select.Parameters.AddWithValue("@after", after);
                select.Parameters.AddWithValue("@chunk", Chunk);
                using SqliteDataReader r = select.ExecuteReader();
                while (r.Read()) sentences[r.GetInt64(0)] = r.GetString(1);
            }
            if (sentences.Count == 0) return;
            Dictionary<long, StoredEvent> incidents = SqliteChildRowReader.ReadByPk(connection, transaction, sentences.Keys);
            using SqliteCommand update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = """
                INSERT INTO event_bodies (pk, body) VALUES (@pk, @body);
                UPDATE events SET evidence_lower = @evidence_lower WHERE pk = @pk
                """;
            SqliteParameter body = update.Parameters.Add("@body", SqliteType.Blob);
            SqliteParameter search = update.Parameters.Add("@evidence_lower", SqliteType.Text);
            SqliteParameter pk = update.Parameters.Add("@pk", SqliteType.Integer);
            foreach ((long key, StoredEvent incident) in incidents)
            {
                body.Value = Body(incident);
                search.Value = SearchText(sentences[key], incident.Event);
                pk.Value = key;
                update.ExecuteNonQuery();
            }
            after = sentences.Keys.Max();
        }
    }
}
