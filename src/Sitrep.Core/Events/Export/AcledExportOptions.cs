namespace Sitrep.Events.Export;

/// <summary>What the ACLED columns need beyond the event: the country table and the timestamp for events the store has none for.</summary>
public sealed record AcledExportOptions
{
    public AcledCountryTable Countries { get; init; } = AcledCountryTable.Empty;

    /// <summary>ACLED's timestamp (Unix seconds) for events without <see cref="SourcedEvent.UpdatedAt"/>; the export time is the usual choice.</summary>
    public DateTimeOffset? Timestamp { get; init; }
}
