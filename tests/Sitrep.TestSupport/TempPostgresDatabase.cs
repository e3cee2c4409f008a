using Npgsql;

namespace Sitrep.TestSupport;

/// <summary>A fresh, empty database on the test PostgreSQL server, dropped with everything in it when disposed.</summary>
public sealed class TempPostgresDatabase : IDisposable
{
    private readonly string _server;

    public TempPostgresDatabase()
    {
        _server = TestPostgres.ConnectionString ?? throw new InvalidOperationException(TestPostgres.SkipMessage);
        Name = "sitrep_test_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = Name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Runs SQL in the test database itself.</summary>
    public void Run(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        // The name is a GUID made above, not input; FORCE ends connections a test left open.
        Execute($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
