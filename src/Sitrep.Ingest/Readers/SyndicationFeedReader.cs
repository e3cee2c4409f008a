using System.Collections.Immutable;
using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Parser;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Ingest.Dates;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// RSS 0.9x/1.0/2.0 and Atom feeds via CodeHollow.FeedReader: one document per item, its content
/// (or description) with HTML stripped, the item's publication date, the feed title as outlet.
/// </summary>
internal sealed class SyndicationFeedReader : IFormatReader
{
    private static readonly string[] FeedMarkers = ["<rss", "<feed", "<rdf:rdf"];

    public string Format => "feed";

    public bool Accepts(SourceText source)
    {
        ReadOnlySpan<char> start = source.Text.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] != '<') return false;
        ReadOnlySpan<char> head = start[..Math.Min(start.Length, 4096)];
        foreach (string marker in FeedMarkers)
        {
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return source.Extension is ".rss" or ".atom" || (source.Extension == ".xml" && !head.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    public ReaderOutput Read(SourceText source, CancellationToken cancellationToken)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(source.Text);
        }
        catch (XmlException e)
        {
            return Broken(source, $"The feed is not well-formed XML: {e.Message}", e.LineNumber);
        }
        catch (FeedTypeNotSupportedException e)
        {
            return Broken(source, $"The XML is not an RSS or Atom feed: {e.Message}", null);
        }

        var documents = ImmutableArray.CreateBuilder<Document>();
        var problems = ImmutableArray.CreateBuilder<Problem>();
        int index = 0;
        foreach (FeedItem item in feed.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            index++;
            string text = StripHtml(item.Content) is { Length: > 0 } content ? content : StripHtml(item.Description);
            if (text.Length == 0) text = StripHtml(item.Title);
            if (text.Length == 0)
            {
                problems.Add(new Problem(ErrorCodes.EmptyInput, source.Subject, $"Feed item {index} has no text; it was skipped.", ProblemSeverity.Warning));
                continue;
            }
            PublishedDate? published = PublishedOf(item);
            string? url = Uri.TryCreate(item.Link?.Trim(), UriKind.Absolute, out Uri? link) ? link.ToString() : null;
            documents.Add(new Document(text, new DocumentMetadata
            {
                Source = url ?? source.ItemSource(index),
                Path = source.Path,
                Url = url,
                Outlet = NullIfBlank(feed.Title),
                Title = NullIfBlank(StripHtml(item.Title)),
                Published = published?.Date,
                PublishedAt = published?.Instant,
                Format = Format,
            }));
        }
        if (documents.Count == 0 && problems.Count == 0)
            problems.Add(new Problem(ErrorCodes.EmptyInput, source.Subject, "The feed has no items."));
        return new ReaderOutput(documents.ToImmutable(), problems.ToImmutable());
    }

    private static PublishedDate? PublishedOf(FeedItem item)
    {
        if (PublishedDateParser.TryParse(item.PublishingDateString, out PublishedDate published)) return published;
        return item.PublishingDate is DateTime date ? new PublishedDate(DateOnly.FromDateTime(date), null) : null;
    }

    /// <summary>Item HTML as plain text. No offset map: offsets would point into the item, not the file.</summary>
    private static string StripHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var output = new MappedTextBuilder();
        HtmlTextScanner.Scan(html, 0, html.Length, output);
        return output.Text;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ReaderOutput Broken(SourceText source, string message, int? line) =>
        ReaderOutput.Failed(new Problem(ErrorCodes.MalformedFeed, source.Subject, message) { Line = line is > 0 ? line : null });
}
