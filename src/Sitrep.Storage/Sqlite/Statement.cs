using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// A parameterised statement compiled once and run many times inside one transaction, binding
/// values by position. Every value reaches SQLite as a bound parameter, never as SQL text.
/// </summary>
/// <remarks>
/// Runs on SQLite's own statement API (prepare once, then bind, step, reset) rather than through
/// <see cref="SqliteCommand"/>, whose per-call bookkeeping (a data reader per execution, parameter
/// lookup by name) cost more than the row insert itself in bulk imports. Errors still surface as
/// <see cref="SqliteException"/>, so callers handle them as before.
/// </remarks>
internal sealed class Statement : IDisposable
{
    private const int SqliteOk = 0;
    private const int SqliteRow = 100;
    private const int SqliteDone = 101;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _indexes;
    private readonly string _sql;
    // Text is encoded into this buffer and bound from it (SQLite copies it), instead of the
    // string overload's new UTF-8 array per value.
    private byte[] _utf8 = new byte[256];

    public Statement(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        _sql = sql;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _indexes = [.. parameterNames.Select(name => IndexOf(name))];
    }

    private int IndexOf(string name)
    {
        int index = raw.sqlite3_bind_parameter_index(_statement, name);
        return index > 0 ? index : throw new ArgumentException($"Parameter '{name}' does not occur in: {_sql}", nameof(name));
    }

    public int Execute(params object?[] values)
    {
        Step(values);
        return raw.sqlite3_changes(_db);
    }

    /// <summary>Runs an INSERT of one row and returns the row's integer key.</summary>
    public long ExecuteInsert(params object?[] values)
    {
        Step(values);
        int inserted = raw.sqlite3_changes(_db);
        if (inserted != 1) throw new InvalidOperationException($"Expected one inserted row, got {inserted}: {_sql}");
        return raw.sqlite3_last_insert_rowid(_db);
    }

    /// <summary>Runs a SELECT of one integer and returns it, or null when there is no row.</summary>
    public long? QueryId(params object?[] values)
    {
        Bind(values);
        try
        {
            int rc = raw.sqlite3_step(_statement);
            if (rc == SqliteDone) return null;
            if (rc != SqliteRow) Check(rc);
            return raw.sqlite3_column_type(_statement, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(_statement, 0);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Step(object?[] values)
    {
        Bind(values);
        int rc = raw.sqlite3_step(_statement);
        // reset returns the step's error again; the step's own code is the one to report.
        raw.sqlite3_reset(_statement);
        if (rc != SqliteDone && rc != SqliteRow) Check(rc);
    }

    private void Bind(object?[] values)
    {
        if (values.Length != _indexes.Length)
            throw new ArgumentException($"Statement takes {_indexes.Length} values, got {values.Length}.", nameof(values));
        for (int i = 0; i < values.Length; i++)
        {
            int index = _indexes[i];
            int rc = values[i] switch
            {
                null or DBNull => raw.sqlite3_bind_null(_statement, index),
                string s => BindText(index, s),
                Blob b => raw.sqlite3_bind_blob(_statement, index, b.Bytes.Span),
                long l => raw.sqlite3_bind_int64(_statement, index, l),
                int n => raw.sqlite3_bind_int64(_statement, index, n),
                bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(_statement, index, d),
                object other => throw new ArgumentException($"Cannot bind a {other.GetType().Name} to parameter {index} of: {_sql}", nameof(values)),
            };
            Check(rc);
        }
    }

    private int BindText(int index, string text)
    {
        // An empty span would reach SQLite as a null pointer, which binds NULL rather than ''.
        if (text.Length == 0) return raw.sqlite3_bind_text(_statement, index, text);
        int most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _utf8.Length) _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        int length = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length));
    }

    private void Check(int rc)
    {
        if (rc != SqliteOk) SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
