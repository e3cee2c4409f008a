namespace Sitrep.Documents;

/// <summary>What a reader learned about a document besides its text.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Where the document came from: a URL, or a file name (with an item number for multi-document files).</summary>
    public required string Source { get; init; }

    /// <summary>The path of the file the reader read, if any.</summary>
    public string? Path { get; init; }

    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Title { get; init; }

    /// <summary>The publication date, the anchor for relative dates ("on Wednesday").</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The publication instant where the source gives a time too.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>BCP-47 language tag; "en" unless the source says otherwise.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Which reader produced the document (text, html, feed, jsonl, telegram).</summary>
    public string Format { get; init; } = "text";
}
