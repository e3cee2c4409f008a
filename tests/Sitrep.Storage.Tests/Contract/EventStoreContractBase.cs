namespace Sitrep.Storage.Tests.Contract;

/// <summary>The store under test for a contract class: opened lazily, disposed with the test.</summary>
public abstract class EventStoreContractBase : IDisposable
{
    private readonly Lazy<IEventStore> _store;

    protected EventStoreContractBase() => _store = new Lazy<IEventStore>(OpenStore);

    protected IEventStore Store => _store.Value;

    /// <summary>Opens the store under test; a second call opens the same store again (another connection or process view).</summary>
    protected abstract IEventStore OpenStore();

    protected virtual void DisposeStorage()
    {
    }

    public void Dispose()
    {
        if (_store.IsValueCreated) _store.Value.Dispose();
        DisposeStorage();
        GC.SuppressFinalize(this);
    }
}
