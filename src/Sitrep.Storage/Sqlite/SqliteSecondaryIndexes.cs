using Microsoft.Data.Sqlite;
using Sitrep.Pipeline;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// The store's explicit indexes (every CREATE INDEX of the migrations; UNIQUE and PRIMARY KEY
/// constraints are not among them), dropped while a bulk import fills an empty store and built
/// again before it commits. Building an index once from sorted rows is several times cheaper than
/// updating it row by row, and since both happen in the import's transaction, no reader ever sees
/// the store without them.
/// </summary>
internal sealed class SqliteSecondaryIndexes
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<IndexDefinition> _definitions;

    private SqliteSecondaryIndexes(SqliteConnection connection, SqliteTransaction transaction, List<IndexDefinition> definitions)
    {
        _connection = connection;
        _transaction = transaction;
        _definitions = definitions;
    }

    /// <summary>Drops the explicit indexes, remembering their definitions from sqlite_master.</summary>
    public static SqliteSecondaryIndexes Drop(SqliteConnection connection, SqliteTransaction transaction)
    {
        var definitions = new List<IndexDefinition>();
        using (SqliteCommand select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
            using SqliteDataReader r = select.ExecuteReader();
            while (r.Read())
            {
                definitions.Add(new IndexDefinition(r.GetString(0), r.GetString(1)));
            }
        }
        foreach (string name in definitions.Select(d => d.Name))
        {
            // Names come from sqlite_master, written by our migrations; quoted all the same.
            Run(connection, transaction, "DROP INDEX \"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        }
        return new SqliteSecondaryIndexes(connection, transaction, definitions);
    }

    /// <summary>Builds every dropped index again, from the statements that first created them.</summary>
    public void Restore(ImportProfile? profile = null)
    {
        foreach (IndexDefinition index in _definitions)
        {
            TimeSpan start = profile is null ? default : ThreadCpuClock.Now();
            Run(_connection, _transaction, index.Sql);
            profile?.IndexBuilds.Add(new(index.Name, ThreadCpuClock.Now() - start));
        }
    }

    private static void Run(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed record IndexDefinition(string Name, string Sql);
}
