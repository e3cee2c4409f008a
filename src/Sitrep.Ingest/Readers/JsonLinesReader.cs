using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// JSON lines: one object per line, <c>{"text", "published", "url", "title", "outlet"}</c>. A bad
/// line is a problem naming its line number; every other line still becomes a document.
/// </summary>
internal sealed class JsonLinesReader : IFormatReader
{
    public string Format => "jsonl";

    /// <summary>A .jsonl/.ndjson file, or text whose first line is a whole JSON object (so "{Editor's note} ..." stays plain text).</summary>
    public bool Accepts(SourceText source)
    {
        if (source.Extension is ".jsonl" or ".ndjson") return true;
        foreach (ReadOnlySpan<char> line in source.Text.AsSpan().EnumerateLines())
        {
            ReadOnlySpan<char> trimmed = line.Trim();
            if (trimmed.IsEmpty) continue;
            return trimmed.StartsWith('{') && trimmed.EndsWith('}') && trimmed.Contains("\"text\"", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    public ReaderOutput Read(SourceText source, CancellationToken cancellationToken)
    {
        var documents = ImmutableArray.CreateBuilder<Document>();
        var problems = ImmutableArray.CreateBuilder<Problem>();
        int lineNumber = 0;
        foreach (ReadOnlySpan<char> rawLine in source.Text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (rawLine.IsWhiteSpace()) continue;
            cancellationToken.ThrowIfCancellationRequested();
            if (ParseLine(source, rawLine.ToString(), lineNumber, problems) is Document document) documents.Add(document);
        }
        return new ReaderOutput(documents.ToImmutable(), problems.ToImmutable());
    }

    private Document? ParseLine(SourceText source, string line, int lineNumber, ImmutableArray<Problem>.Builder problems)
    {
        JsonLineRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(line, JsonLinesContext.Default.JsonLineRecord);
        }
        catch (JsonException e)
        {
            problems.Add(Bad(source, lineNumber, $"Line is not a valid JSON object: {e.Message}"));
            return null;
        }
        if (record is null || string.IsNullOrWhiteSpace(record.Text))
        {
            problems.Add(Bad(source, lineNumber, "Line has no \"text\"; it was skipped."));
            return null;
        }

        PublishedDate? published = null;
        if (!string.IsNullOrWhiteSpace(record.Published) && !PublishedDateParser.TryParse(record.Published, out published!))
        {
            problems.Add(new Problem(ErrorCodes.BadHeader, source.Subject,
                $"Unknown date format '{record.Published}' in \"published\"; the document was read without a date.") { Line = lineNumber });
            published = null;
        }
        string? url = Uri.TryCreate(record.Url?.Trim(), UriKind.Absolute, out Uri? uri) ? uri.ToString() : null;
        return new Document(record.Text, new DocumentMetadata
        {
            // The line number, not the record count, so a reader of the problem list finds the line.
            Source = url ?? source.ItemSource(lineNumber),
            Path = source.Path,
            Url = url,
            Outlet = Blank(record.Outlet),
            Title = Blank(record.Title),
            Published = published?.Date,
            PublishedAt = published?.Instant,
            Format = Format,
        });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Problem Bad(SourceText source, int line, string message) =>
        new(ErrorCodes.MalformedJsonLine, source.Subject, message) { Line = line };
}
