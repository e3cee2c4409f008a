namespace Sitrep.Events.Extraction;

/// <summary>Choices for <see cref="EventExtractor"/>.</summary>
public sealed record EventExtractorOptions
{
    public static EventExtractorOptions Default { get; } = new();

    /// <summary>Report events the article tells as past context, flagged background; when false they are left out.</summary>
    public bool IncludeBackground { get; init; } = true;

    /// <summary>Report summaries of many incidents, flagged aggregate; when false they are left out.</summary>
    public bool IncludeAggregates { get; init; } = true;
}
