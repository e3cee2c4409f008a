using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// A parameterised command compiled once and run many times inside one transaction, binding
/// values by position. Every value reaches SQLite as a bound parameter, never as SQL text.
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public Statement(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = [.. parameterNames.Select(name => _command.Parameters.Add(new SqliteParameter(name, null)))];
    }

    public int Execute(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    /// <summary>Runs the statement and returns the integer in the first column of its first row (a RETURNING id).</summary>
    public long ExecuteId(params object?[] values)
    {
        Bind(values);
        object? result = _command.ExecuteScalar();
        return result is null or DBNull
            ? throw new InvalidOperationException($"Statement returned no id: {_command.CommandText}")
            : Convert.ToInt64(result, CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();

    private void Bind(object?[] values)
    {
        if (values.Length != _parameters.Length)
            throw new ArgumentException($"Statement takes {_parameters.Length} values, got {values.Length}.", nameof(values));
        for (int i = 0; i < values.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
