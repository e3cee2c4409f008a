namespace Sitrep.Ingest.Dates;

/// <summary>A publication date as a source gave it: always a day, and the instant where the source gives a time with a zone.</summary>
internal sealed record PublishedDate(DateOnly Date, DateTimeOffset? Instant);
