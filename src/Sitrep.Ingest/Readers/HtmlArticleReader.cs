using System.Collections.Immutable;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Ingest.Dates;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// An HTML article page: SmartReader decides what the article is, AngleSharp locates its blocks
/// in the raw HTML, and the scanner writes clean text (paragraphs separated by blank lines) with
/// an offset map back into the raw HTML string.
/// </summary>
internal sealed class HtmlArticleReader : IFormatReader
{
    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div", "<meta", "<title"];

    public string Format => "html";

    public bool Accepts(SourceText source)
    {
        ReadOnlySpan<char> start = source.Text.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] != '<') return false;
        ReadOnlySpan<char> head = start[..Math.Min(start.Length, 4096)];
        foreach (string marker in HtmlMarkers)
        {
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return source.Extension is ".html" or ".htm" or ".xhtml";
    }

    public ReaderOutput Read(SourceText source, CancellationToken cancellationToken)
    {
        string html = source.Text;
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        IHtmlDocument dom = parser.ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();
        HtmlMetadata metadata = HtmlMetadata.From(dom);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        PublishedDate? published = PublishedOf(source, metadata, problems);

        string readerText = ReaderText(metadata.Url, html);
        cancellationToken.ThrowIfCancellationRequested();
        var output = new MappedTextBuilder();
        foreach (ArticleBlock block in ArticleBlockFinder.Find(dom, html, readerText))
        {
            output.BlockBoundary(block.Start);
            HtmlTextScanner.Scan(html, block.Start, block.Bound, output, block.TagName);
        }
        if (output.Length == 0)
            return ReaderOutput.Failed(new Problem(ErrorCodes.NoArticle, source.Subject, "The HTML page holds no article text (no paragraphs in its main content)."));

        var documentMetadata = new DocumentMetadata
        {
            Source = metadata.Url ?? source.FileName,
            Path = source.Path,
            Url = metadata.Url,
            Outlet = metadata.Outlet,
            Title = metadata.Title,
            Published = published?.Date,
            PublishedAt = published?.Instant,
            Format = Format,
        };
        var document = new Document(output.Text, documentMetadata, output.BuildMap(html.Length));
        return new ReaderOutput([document], problems.ToImmutable());
    }

    /// <summary>SmartReader's plain text of the main content; empty when it finds none.</summary>
    private static string ReaderText(string? url, string html)
    {
        // Only this constructor plus GetArticle() stays offline; ParseArticle(url, html) may download.
        var reader = new SmartReader.Reader(url ?? "https://localhost/", html) { ContinueIfNotReadable = true };
        SmartReader.Article article = reader.GetArticle();
        return article.TextContent ?? "";
    }

    private static PublishedDate? PublishedOf(SourceText source, HtmlMetadata metadata, ImmutableArray<Problem>.Builder problems)
    {
        foreach (string candidate in metadata.PublishedCandidates)
        {
            if (PublishedDateParser.TryParse(candidate, out PublishedDate published)) return published;
        }
        if (metadata.PublishedCandidates.Count > 0)
        {
            problems.Add(new Problem(ErrorCodes.BadHeader, source.Subject,
                $"Unknown published date format '{metadata.PublishedCandidates[0]}' in the page metadata; the document was read without a date.",
                ProblemSeverity.Warning));
        }
        return null;
    }
}
