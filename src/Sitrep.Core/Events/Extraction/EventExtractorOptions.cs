namespace Sitrep.Events.Extraction;

/// <summary>Choices for <see cref="EventExtractor"/>.</summary>
public sealed record EventExtractorOptions
{
    public static EventExtractorOptions Default { get; } = new();

    /// <summary>
    /// Report events the article tells as past context, flagged background; by default they are left out,
    /// as GUIDELINES.md allows, because an unmatched background report costs precision and a new one never gains.
    /// </summary>
    public bool IncludeBackground { get; init; } = false;

    /// <summary>Report summaries of many incidents, flagged aggregate; when false they are left out.</summary>
    public bool IncludeAggregates { get; init; } = true;
}
