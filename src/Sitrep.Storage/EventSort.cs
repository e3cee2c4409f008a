namespace Sitrep.Storage;

/// <summary>The orders <see cref="IEventStore.QueryEvents"/> can return events in; ties fall back to ingest order.</summary>
public enum EventSort
{
    /// <summary>Oldest first (the default).</summary>
    DateAscending,
    DateDescending,
    /// <summary>Deadliest first; events without a figure last.</summary>
    FatalitiesDescending,
    FatalitiesAscending,
    /// <summary>By country code, then date.</summary>
    Country,
    /// <summary>By event type and sub-type, then date.</summary>
    EventType,
}
