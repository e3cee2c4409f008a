namespace Sitrep.Storage;

/// <summary>What one import did: events written, and events skipped because a report with their id was already stored.</summary>
public sealed record ImportResult(int EventsAdded, int EventsPresent);
