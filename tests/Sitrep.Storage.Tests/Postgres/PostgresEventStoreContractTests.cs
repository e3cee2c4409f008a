using Sitrep.Storage.Postgres;
using Sitrep.Storage.Tests.Contract;
using Sitrep.Storage.Tests.Support;
using Sitrep.TestSupport;

namespace Sitrep.Storage.Tests.Postgres;

[RequiresPostgres]
[Trait("Category", "Postgres")]
public sealed class PostgresEventStoreContractTests : EventStoreContract
{
    private readonly Lazy<TempPostgresDatabase> _database = new(() => new TempPostgresDatabase());

    protected override IEventStore OpenStore() => PostgresEventStore.Open(_database.Value.ConnectionString);

    protected override void DisposeStorage()
    {
        if (_database.IsValueCreated) _database.Value.Dispose();
    }
}

[RequiresPostgres]
[Trait("Category", "Postgres")]
public sealed class PostgresEventStoreQueryContractTests : EventStoreQueryContract
{
    private readonly Lazy<TempPostgresDatabase> _database = new(() => new TempPostgresDatabase());

    protected override IEventStore OpenStore() => PostgresEventStore.Open(_database.Value.ConnectionString);

    protected override void DisposeStorage()
    {
        if (_database.IsValueCreated) _database.Value.Dispose();
    }
}
