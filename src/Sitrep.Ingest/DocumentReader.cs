using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Ingest.Decoding;
using Sitrep.Ingest.Files;
using Sitrep.Ingest.Readers;

namespace Sitrep.Ingest;

/// <summary>
/// Reads files, directories and posted content into documents. The format is sniffed from the
/// content (feed, HTML page, Telegram export, JSON lines, plain text); every expected failure
/// comes back as a <see cref="Problem"/> in the result, never as an exception.
/// </summary>
public sealed class DocumentReader
{
    private readonly ReaderOptions _options;

    // Order matters: the first reader whose sniffing accepts the content reads it; plain text accepts anything.
    private readonly ImmutableArray<IFormatReader> _readers =
        [new SyndicationFeedReader(), new HtmlArticleReader(), new TelegramExportReader(), new JsonLinesReader(), new PlainTextReader()];

    public DocumentReader(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxBytes <= 0) throw new ArgumentOutOfRangeException(nameof(options), options.MaxBytes, "MaxBytes must be positive.");
        _options = options;
    }

    /// <summary>Reads files and directories (recursively, in ordinal path order); one result per file or failed path.</summary>
    public IEnumerable<FileReadResult> ReadPaths(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (string path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                foreach (InputEntry entry in InputEnumerator.ListDirectory(path))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return entry.Problem is Problem problem ? FileReadResult.Failed(entry.Path, problem) : ReadFile(entry.Path, cancellationToken);
                }
            }
            else
            {
                yield return ReadFile(path, cancellationToken);
            }
        }
    }

    /// <summary>Reads one file, whatever its extension.</summary>
    public FileReadResult ReadFile(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        FileContent content = FileContent.Load(path, _options.MaxBytes);
        if (content.Problem is Problem problem) return FileReadResult.Failed(path, problem);
        string fullPath = Path.GetFullPath(path);
        return Read(new InputName(path, Path.GetFileName(path), fullPath), content.Bytes, cancellationToken);
    }

    /// <summary>Reads content that did not come from a file (an HTTP body); <paramref name="name"/> names it in problems and sources.</summary>
    public FileReadResult ReadContent(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        cancellationToken.ThrowIfCancellationRequested();
        if (content.Length > _options.MaxBytes)
            return FileReadResult.Failed(name, FileContent.TooLarge(name, content.Length, _options.MaxBytes));
        return Read(new InputName(name, Path.GetFileName(name), null), content, cancellationToken);
    }

    private FileReadResult Read(InputName input, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        DecodedText decoded = ContentDecoder.Decode(input.Subject, bytes.Span);
        if (decoded.Text is not string text) return new FileReadResult(input.Subject, [], decoded.Problems);
        var source = new SourceText(input.Subject, input.FileName, input.FullPath, text);
        IFormatReader reader = _readers.First(r => r.Accepts(source));
        ReaderOutput output = ReadSafely(reader, source, cancellationToken);
        if (output.Documents.IsEmpty && !output.Problems.Any(p => p.IsError))
        {
            // Every input either gives documents or says why not; a silent empty result would look like success.
            output = output with { Problems = output.Problems.Add(new Problem(ErrorCodes.EmptyInput, input.Subject, $"The {reader.Format} input holds no documents.")) };
        }
        ImmutableArray<Document> documents = _options.PublishedOverride is DateOnly date
            ? [.. output.Documents.Select(d => WithPublished(d, date))]
            : output.Documents;
        return new FileReadResult(input.Subject, documents, decoded.Problems.AddRange(output.Problems));
    }

    /// <summary>
    /// The HTML, feed and JSON parsers are third-party code fed untrusted input; a failure inside
    /// one is reported against the file instead of ending a batch of thousands.
    /// </summary>
    private static ReaderOutput ReadSafely(IFormatReader reader, SourceText source, CancellationToken cancellationToken)
    {
        try
        {
            return reader.Read(source, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ReaderOutput.Failed(new Problem(ErrorCodes.ReadFailed, source.Subject,
                $"The {reader.Format} reader failed on this input ({e.GetType().Name}: {e.Message})."));
        }
    }

    private static Document WithPublished(Document document, DateOnly date)
    {
        DocumentMetadata metadata = document.Metadata;
        DateTimeOffset? instant = metadata.PublishedAt is DateTimeOffset at && DateOnly.FromDateTime(at.DateTime) == date ? at : null;
        return new Document(document.Text, metadata with { Published = date, PublishedAt = instant }, document.SourceMap);
    }

    private sealed record InputName(string Subject, string FileName, string? FullPath);
}
