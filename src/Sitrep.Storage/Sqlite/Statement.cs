using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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

    /// <summary>Runs an INSERT of one row and returns the row's integer key.</summary>
    /// <remarks>
    /// Reads sqlite3_last_insert_rowid rather than using RETURNING: Microsoft.Data.Sqlite runs a
    /// RETURNING statement through a data reader, which made ingest about eight times slower.
    /// </remarks>
    public long ExecuteInsert(params object?[] values)
    {
        Bind(values);
        int inserted = _command.ExecuteNonQuery();
        if (inserted != 1) throw new InvalidOperationException($"Expected one inserted row, got {inserted}: {_command.CommandText}");
        return raw.sqlite3_last_insert_rowid(_command.Connection!.Handle);
    }

    /// <summary>Runs a SELECT of one integer and returns it, or null when there is no row.</summary>
    public long? QueryId(params object?[] values)
    {
        Bind(values);
        object? result = _command.ExecuteScalar();
        return result is null or DBNull ? null : Convert.ToInt64(result, CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();

    private void Bind(object?[] values)
    {
        if (values.Length != _parameters.Length)
            throw new ArgumentException($"Statement takes {_parameters.Length} values, got {values.Length}.", nameof(values));
        for (int i = 0; i < values.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
