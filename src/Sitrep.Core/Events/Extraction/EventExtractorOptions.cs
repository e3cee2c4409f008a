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

    /// <summary>
    /// Report summaries of many incidents ("more than 1,200 people have been killed since the infighting began"),
    /// flagged aggregate. By default they are left out: an event table codes incidents, a summary is not one,
    /// and GUIDELINES.md lets a coder leave it out at no cost while an unmatched one costs precision.
    /// </summary>
    public bool IncludeAggregates { get; init; } = false;
}
