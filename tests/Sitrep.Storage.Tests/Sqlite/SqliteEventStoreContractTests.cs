using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Contract;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

public sealed class SqliteEventStoreContractTests : EventStoreContract
{
    private readonly TempStore _temp = new();

    protected override IEventStore OpenStore() => SqliteEventStore.Open(_temp.Path);

    protected override void DisposeStorage() => _temp.Dispose();
}

public sealed class SqliteEventStoreQueryContractTests : EventStoreQueryContract
{
    private readonly TempStore _temp = new();

    protected override IEventStore OpenStore() => SqliteEventStore.Open(_temp.Path);

    protected override void DisposeStorage() => _temp.Dispose();
}
