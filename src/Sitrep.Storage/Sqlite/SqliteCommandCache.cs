using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Commands on one connection kept by SQL text, so a statement run again reuses its compiled form
/// instead of being parsed and planned anew. Not thread-safe, like the connection it wraps.
/// </summary>
/// <remarks>
/// A query compiles five statements (the page and four child tables); at a 100-event page the
/// compiling cost more than running them. Owned caches (the read pool's) close their connection.
/// </remarks>
internal sealed class SqliteCommandCache : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly bool _ownsConnection;

    public SqliteCommandCache(SqliteConnection connection, bool ownsConnection = false)
    {
        Connection = connection;
        _ownsConnection = ownsConnection;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The command for <paramref name="sql"/> in <paramref name="transaction"/>, with no parameters bound.</summary>
    public SqliteCommand Command(string sql, SqliteTransaction? transaction)
    {
        if (!_commands.TryGetValue(sql, out SqliteCommand? command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (SqliteCommand command in _commands.Values) command.Dispose();
        _commands.Clear();
        if (_ownsConnection) Connection.Dispose();
    }
}
