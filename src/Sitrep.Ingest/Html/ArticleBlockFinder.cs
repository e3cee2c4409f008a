using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Picks the block elements (paragraphs, headings, list items, quotes) that make up the article
/// and locates them in the raw HTML. The article is what SmartReader kept; when SmartReader keeps
/// nothing, the blocks inside <c>&lt;article&gt;</c>, <c>&lt;main&gt;</c> or an articleBody.
/// </summary>
internal static class ArticleBlockFinder
{
    private const string BlockSelector = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd";
    private const string TextContainerSelector = "div, section, td";
    private const string ContainerSelector = "article, main, [itemprop=articleBody]";
    private static readonly string[] BlockNames = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "DT", "DD"];
    private static readonly string[] ChromeNames = ["NAV", "ASIDE", "FORM", "MENU", "SCRIPT", "NOSCRIPT", "TEMPLATE", "BUTTON"];

    public static IReadOnlyList<ArticleBlock> Find(IHtmlDocument document, string html, string? readerText)
    {
        var outermost = document.QuerySelectorAll(BlockSelector)
            .Concat(document.QuerySelectorAll(TextContainerSelector).Where(IsBareTextContainer))
            .Distinct()
            .OrderBy(e => StartOf(e, html) ?? -1)
            .Where(IsOutermostContent)
            .ToList();
        IEnumerable<IElement> chosen;
        string main = Normalize(readerText ?? "");
        if (main.Length > 0)
        {
            chosen = outermost.Where(new ReaderTextMatcher(main).Contains);
        }
        else
        {
            chosen = outermost.Where(e => e.Closest(ContainerSelector) is not null);
        }

        var blocks = new List<ArticleBlock>();
        int previousBound = 0;
        foreach (IElement element in chosen)
        {
            if (StartOf(element, html) is not int start || start < previousBound) continue;
            int bound = FollowingElement(element, html) ?? html.Length;
            blocks.Add(new ArticleBlock(start, bound, element.LocalName));
            previousBound = bound;
        }
        return blocks;
    }

    /// <summary>A div (or similar) holding text directly, with breaks instead of paragraphs, as older pages do.</summary>
    private static bool IsBareTextContainer(IElement element) =>
        element.ChildNodes.Any(n => n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent))
        && element.QuerySelector(BlockSelector + ", " + TextContainerSelector) is null;

    private static bool IsOutermostContent(IElement element)
    {
        bool inArticle = element.Closest(ContainerSelector) is not null;
        for (IElement? a = element.ParentElement; a is not null; a = a.ParentElement)
        {
            if (BlockNames.Contains(a.TagName) || ChromeNames.Contains(a.TagName)) return false;
            // Page headers and footers are chrome; an article's own header holds its headline and byline.
            if (!inArticle && a.TagName is "HEADER" or "FOOTER") return false;
        }
        return true;
    }

    /// <summary>The offset of the element's start tag in the raw HTML, or null for elements the parser implied.</summary>
    private static int? StartOf(IElement element, string html)
    {
        if (element.SourceReference is not { } reference) return null;
        int position = reference.Position.Position;
        // Guard against an off-by-one in the parser's positions: the start tag must be at the offset.
        for (int candidate = Math.Max(0, position - 1); candidate <= Math.Min(html.Length - 1, position + 1); candidate++)
        {
            if (html[candidate] == '<' && string.Compare(html, candidate + 1, element.LocalName, 0, element.LocalName.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return candidate;
        }
        return null;
    }

    /// <summary>The start of the first element after this one that is not inside it: its content cannot reach past that.</summary>
    private static int? FollowingElement(IElement element, string html)
    {
        for (IElement? n = element; n is not null; n = n.ParentElement)
        {
            for (IElement? sibling = n.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
            {
                if (StartOf(sibling, html) is int start) return start;
            }
        }
        return null;
    }

    /// <summary>
    /// Finds blocks in SmartReader's text. Blocks come in reading order, so the search resumes
    /// where the last match ended, which keeps long pages linear; out-of-order blocks still match.
    /// </summary>
    private sealed class ReaderTextMatcher(string main)
    {
        private int _cursor;

        public bool Contains(IElement element)
        {
            string text = Normalize(element.TextContent);
            if (text.Length == 0) return false;
            int at = main.IndexOf(text, _cursor, StringComparison.Ordinal);
            if (at < 0 && _cursor > 0) at = main.IndexOf(text, StringComparison.Ordinal);
            if (at < 0) return false;
            _cursor = Math.Max(_cursor, at + text.Length);
            return true;
        }
    }

    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
