using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// Plain text, in the two shapes of the eval corpus: header lines (<c>url:</c>, <c>published:</c>,
/// <c>outlet:</c>, <c>title:</c>) then a blank line then the body; or the seed's one-line prefix
/// <c>date YYYY-MM-DD body…</c>. Text with neither is one document without metadata. The body is
/// kept verbatim; the offset map points back into the file.
/// </summary>
internal sealed partial class PlainTextReader : IFormatReader
{
    private static readonly string[] KnownKeys = ["url", "published", "outlet", "title"];

    public string Format => "text";

    /// <summary>The fallback reader: anything that decoded to text is plain text.</summary>
    public bool Accepts(SourceText source) => true;

    public ReaderOutput Read(SourceText source, CancellationToken cancellationToken)
    {
        string text = source.Text;
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var header = new TextHeader();
        int bodyStart = 0;
        if (DatePrefix().Match(text) is { Success: true } prefix)
        {
            header.Published = ParseDate(source, prefix.Groups["date"].Value, 1, problems);
            bodyStart = prefix.Length;
        }
        else if (StartsWithHeader(text))
        {
            bodyStart = ReadHeader(source, header, problems);
        }

        int start = bodyStart, end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start == end)
            return new ReaderOutput([], problems.ToImmutable().Add(new Problem(ErrorCodes.EmptyInput, source.Subject, "The file has a header but no body text.")));

        var map = new OffsetMap.Builder();
        map.Verbatim(start, end - start);
        var metadata = new DocumentMetadata
        {
            Source = header.Url ?? source.FileName,
            Path = source.Path,
            Url = header.Url,
            Outlet = header.Outlet,
            Title = header.Title,
            Published = header.Published?.Date,
            PublishedAt = header.Published?.Instant,
            Format = Format,
        };
        var document = new Document(text[start..end], metadata, map.Build(text.Length));
        return new ReaderOutput([document], problems.ToImmutable());
    }

    private static bool StartsWithHeader(string text)
    {
        Match first = HeaderLine().Match(FirstLine(text, 0));
        return first.Success && KnownKeys.Contains(first.Groups["key"].Value.ToLowerInvariant());
    }

    /// <summary>Reads header lines up to the first blank line; returns where the body begins.</summary>
    private static int ReadHeader(SourceText source, TextHeader header, ImmutableArray<Problem>.Builder problems)
    {
        string text = source.Text;
        int position = 0, lineNumber = 0;
        while (position < text.Length)
        {
            string line = FirstLine(text, position);
            lineNumber++;
            position = Math.Min(text.Length, position + line.Length + 1);
            string trimmed = line.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(trimmed)) break;
            Match match = HeaderLine().Match(trimmed);
            if (!match.Success)
            {
                problems.Add(new Problem(ErrorCodes.BadHeader, source.Subject,
                    $"Header line '{Shorten(trimmed)}' is not 'key: value'; the header ends with a blank line.") { Line = lineNumber });
                continue;
            }
            string value = match.Groups["value"].Value.Trim();
            switch (match.Groups["key"].Value.ToLowerInvariant())
            {
                case "url": header.Url = NullIfEmpty(value); break;
                case "outlet": header.Outlet = NullIfEmpty(value); break;
                case "title": header.Title = NullIfEmpty(value); break;
                case "published" when value.Length > 0: header.Published = ParseDate(source, value, lineNumber, problems); break;
                default: break; // Unknown keys are allowed: sources add their own (author, section).
            }
        }
        return position;
    }

    private static PublishedDate? ParseDate(SourceText source, string value, int lineNumber, ImmutableArray<Problem>.Builder problems)
    {
        if (PublishedDateParser.TryParse(value, out PublishedDate published)) return published;
        problems.Add(new Problem(ErrorCodes.BadHeader, source.Subject,
            $"Unknown date format '{Shorten(value)}' in the published header; expected YYYY-MM-DD. The document was read without a date.") { Line = lineNumber });
        return null;
    }

    private static string FirstLine(string text, int from)
    {
        int newline = text.IndexOf('\n', from);
        return newline < 0 ? text[from..] : text[from..newline];
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    // The seed article starts with a stray space before "date"; tolerate any leading whitespace.
    [GeneratedRegex(@"\A\s*date\s+(?<date>\d{4}-\d{2}-\d{2})(?=\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"\A\s*(?<key>[A-Za-z][A-Za-z_-]*)\s*:\s?(?<value>.*?)\r?\z", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    private sealed class TextHeader
    {
        public string? Url { get; set; }
        public string? Outlet { get; set; }
        public string? Title { get; set; }
        public PublishedDate? Published { get; set; }
    }
}
