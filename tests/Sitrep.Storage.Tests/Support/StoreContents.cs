using System.Text.Json;

namespace Sitrep.Storage.Tests.Support;

/// <summary>What a store holds as seen through <see cref="IEventStore"/>, as text: works for every backend.</summary>
public static class StoreContents
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Take(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        IReadOnlyList<StoredEvent> events = store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit });
        return $"{store.CountDocuments()} documents, {store.CountEvents()} events\n{JsonSerializer.Serialize(events, Options)}";
    }
}
