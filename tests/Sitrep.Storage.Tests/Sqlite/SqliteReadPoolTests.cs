using Microsoft.Data.Sqlite;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

public sealed class SqliteReadPoolTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly string _connectionString;
    private int _opened;

    public SqliteReadPoolTests()
    {
        SqliteEventStore.Open(_temp.Path).Dispose();
        _connectionString = SqliteStoreFile.ConnectionString(_temp.Path);
    }

    public void Dispose() => _temp.Dispose();

    private SqliteConnection Connect()
    {
        Interlocked.Increment(ref _opened);
        return SqliteStoreFile.Connect(_connectionString);
    }

    [Fact]
    public void Use_Sequential_ReusesOneConnectionAndStatement()
    {
        using var pool = new SqliteReadPool(Connect);
        SqliteCommand? first = null;

        for (int i = 0; i < 5; i++)
        {
            SqliteCommand command = pool.Use(cache => cache.Command("SELECT count(*) FROM events", null));
            first ??= command;
            Assert.Same(first, command);
        }

        Assert.Equal(1, _opened);
    }

    [Fact]
    public void Use_ReadThrows_ClosesThatConnectionAndOpensAnother()
    {
        using var pool = new SqliteReadPool(Connect);
        SqliteConnection? failed = null;

        Assert.Throws<SqliteException>(() => pool.Use<long>(cache =>
        {
            failed = cache.Connection;
            return (long)cache.Command("SELECT * FROM no_such_table", null).ExecuteScalar()!;
        }));
        long events = pool.Use(cache => (long)cache.Command("SELECT count(*) FROM events", null).ExecuteScalar()!);

        Assert.Equal(0, events);
        Assert.Equal(System.Data.ConnectionState.Closed, failed!.State);
        Assert.Equal(2, _opened);
    }

    [Fact]
    public async Task Use_Concurrent_LendsEachConnectionToOneCallerAtATime()
    {
        using var pool = new SqliteReadPool(Connect);
        var inUse = new System.Collections.Concurrent.ConcurrentDictionary<SqliteConnection, bool>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (int i = 0; i < 50; i++)
            {
                pool.Use(cache =>
                {
                    Assert.True(inUse.TryAdd(cache.Connection, true));
                    cache.Command("SELECT count(*) FROM events", null).ExecuteScalar();
                    Assert.True(inUse.TryRemove(cache.Connection, out bool _));
                    return true;
                });
            }
        })));
    }
}
