using Sitrep.Errors;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests;

public class EventStoresTests
{
    [Theory]
    [InlineData("x.db", "env.db", "x.db")]
    [InlineData(null, "env.db", "env.db")]
    [InlineData("", "", "sitrep.db")]
    [InlineData(null, null, "sitrep.db")]
    public void Resolve_OptionThenEnvironmentThenDefault(string? option, string? environment, string expected)
    {
        Assert.Equal(expected, EventStores.Resolve(option, environment));
    }

    [Fact]
    public void Open_FilePath_OpensSqliteStore()
    {
        using var temp = new TempStore();
        using IEventStore store = EventStores.Open(temp.Path);
        Assert.IsType<SqliteEventStore>(store);
        Assert.Equal(SqliteEventStore.LatestSchemaVersion, store.SchemaVersion);
    }

    [Theory]
    [InlineData("postgres://sitrep@127.0.0.1:1/sitrep")]
    [InlineData("Host=127.0.0.1;Port=1;Database=sitrep;Timeout=2")]
    public void Open_UnreachablePostgres_ThrowsStoreUnavailable(string location)
    {
        var ex = Assert.Throws<StoreException>(() => EventStores.Open(location));
        Assert.Equal(ErrorCodes.StoreUnavailable, ex.Code);
        Assert.Contains("127.0.0.1:1/sitrep", ex.Message);
    }
}
