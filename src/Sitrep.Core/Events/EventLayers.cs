using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>The layer the extraction stages fill with coded events.</summary>
public static class EventLayers
{
    public static LayerKey<ConflictEvent> Events { get; } = new("events", allowsOverlap: true);
}
