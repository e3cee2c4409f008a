using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Open read connections of one store, each with its compiled statements, lent to one caller at
/// a time: a query neither opens a connection (and sets its pragmas) nor compiles its SQL again.
/// </summary>
/// <remarks>
/// SQLite connections are not thread-safe, so a connection is never shared while lent; concurrent
/// queries each take their own, and the pool keeps at most <see cref="MaxIdle"/> idle ones. A
/// connection whose query failed is closed rather than returned, since its state is unknown.
/// </remarks>
internal sealed class SqliteReadPool : IDisposable
{
    private const int MaxIdle = 4;

    private readonly Func<SqliteConnection> _connect;
    private readonly ConcurrentBag<SqliteCommandCache> _idle = [];
    private volatile bool _disposed;

    public SqliteReadPool(Func<SqliteConnection> connect) => _connect = connect;

    /// <summary>Runs <paramref name="read"/> on a lent connection.</summary>
    public T Use<T>(Func<SqliteCommandCache, T> read)
    {
        SqliteCommandCache session = _idle.TryTake(out SqliteCommandCache? idle) ? idle : new SqliteCommandCache(_connect(), ownsConnection: true);
        T result;
        try
        {
            result = read(session);
        }
        catch
        {
            session.Dispose();
            throw;
        }
        Return(session);
        return result;
    }

    private void Return(SqliteCommandCache session)
    {
        if (_disposed || _idle.Count >= MaxIdle)
        {
            session.Dispose();
            return;
        }
        _idle.Add(session);
        // Dispose may have drained the bag between the check and the add.
        if (_disposed) Drain();
    }

    /// <summary>Closes the idle connections (a bulk import needs the file to itself); the pool opens new ones as needed.</summary>
    public void CloseIdle() => Drain();

    public void Dispose()
    {
        _disposed = true;
        Drain();
    }

    private void Drain()
    {
        while (_idle.TryTake(out SqliteCommandCache? session)) session.Dispose();
    }
}
