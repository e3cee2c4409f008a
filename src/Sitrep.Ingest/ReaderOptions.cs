namespace Sitrep.Ingest;

/// <summary>How <see cref="DocumentReader"/> reads its inputs.</summary>
public sealed record ReaderOptions
{
    /// <summary>5 MiB: far above any news article, far below what would strain memory.</summary>
    public const long DefaultMaxBytes = 5L * 1024 * 1024;

    /// <summary>Inputs larger than this are refused (SR1006) without being read.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>When set, replaces the published date of every document read (for inputs that carry none).</summary>
    public DateOnly? PublishedOverride { get; init; }
}
