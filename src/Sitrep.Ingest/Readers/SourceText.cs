namespace Sitrep.Ingest.Readers;

/// <summary>A decoded input handed to a reader: what problems are reported against, its file name and path, and its text.</summary>
internal sealed record SourceText(string Subject, string FileName, string? Path, string Text)
{
    public string Extension => System.IO.Path.GetExtension(FileName).ToLowerInvariant();

    /// <summary>The document source for item <paramref name="index"/> (1-based) of a multi-document input without its own URL.</summary>
    public string ItemSource(int index) => $"{FileName}#{index}";
}
