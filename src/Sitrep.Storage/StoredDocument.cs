namespace Sitrep.Storage;

/// <summary>A document as stored: its metadata and the text its events' offsets point into.</summary>
public sealed record StoredDocument
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public string? Path { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public required string Format { get; init; }
    public required string Language { get; init; }
    public required string Text { get; init; }

    /// <summary>When the store first received the document (UTC).</summary>
    public DateTimeOffset IngestedAt { get; init; }
}
