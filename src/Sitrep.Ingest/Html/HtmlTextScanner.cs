using System.Collections.Frozen;
using System.Net;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Turns a range of raw HTML into text, written to a <see cref="MappedTextBuilder"/> so every
/// character maps back to the raw markup: text runs are copied verbatim, entities are decoded,
/// tags vanish, block elements become paragraph breaks, scripts and styles are skipped.
/// Deliberately a scanner over the raw string, not a DOM walk: only the raw string has offsets.
/// </summary>
internal static class HtmlTextScanner
{
    private static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "table", "tr", "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption",
        "hr", "form", "address", "details", "summary", "title", "body", "html", "caption",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SpaceTags = FrozenSet.ToFrozenSet(["br", "td", "th", "img", "wbr"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SkippedTags = FrozenSet.ToFrozenSet(
        ["script", "style", "noscript", "template", "svg", "iframe", "head", "object", "textarea", "select"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Scans <c>html[from..to)</c>; with <paramref name="stopAtClose"/>, stops after the element opened at <paramref name="from"/> closes.</summary>
    public static int Scan(string html, int from, int to, MappedTextBuilder output, string? stopAtClose = null)
    {
        int depth = 0, lastBreakEnd = -1;
        int i = from;
        while (i < to)
        {
            char c = html[i];
            if (c == '<')
            {
                var tag = HtmlTag.Read(html, i, to);
                if (tag is null)
                {
                    output.Verbatim(html, i, 1);
                    i++;
                    continue;
                }
                int next = tag.End;
                if (stopAtClose is not null && tag.Name.Equals(stopAtClose, StringComparison.OrdinalIgnoreCase) && !tag.SelfClosing)
                {
                    depth += tag.Closing ? -1 : 1;
                    if (depth <= 0) return next;
                }
                if (tag.Name.Length == 0) { /* comment or declaration: no text */ }
                else if (tag.Closing) { if (BlockTags.Contains(tag.Name)) output.BlockBoundary(i); }
                else if (SkippedTags.Contains(tag.Name) && !tag.SelfClosing) next = SkipElement(html, tag, to);
                else if (tag.Name.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    // Two line breaks in a row are how pages without <p> separate paragraphs.
                    if (lastBreakEnd >= 0 && html.AsSpan(lastBreakEnd, i - lastBreakEnd).IsWhiteSpace()) output.BlockBoundary(i);
                    else output.Whitespace(i, next - i, isOneBlank: false);
                    lastBreakEnd = next;
                }
                else if (SpaceTags.Contains(tag.Name)) output.Whitespace(i, next - i, isOneBlank: false);
                else if (BlockTags.Contains(tag.Name)) output.BlockBoundary(i);
                i = next;
            }
            else if (c == '&')
            {
                i = Entity(html, i, to, output);
            }
            else if (char.IsWhiteSpace(c))
            {
                int start = i;
                while (i < to && char.IsWhiteSpace(html[i])) i++;
                output.Whitespace(start, i - start, isOneBlank: i - start == 1 && c == ' ');
            }
            else
            {
                int start = i;
                while (i < to && html[i] is not '<' and not '&' && !char.IsWhiteSpace(html[i])) i++;
                output.Verbatim(html, start, i - start);
            }
        }
        return to;
    }

    private static int SkipElement(string html, HtmlTag open, int to)
    {
        int close = html.IndexOf("</" + open.Name, open.End, StringComparison.OrdinalIgnoreCase);
        if (close < 0 || close >= to) return to;
        int gt = html.IndexOf('>', close);
        return gt < 0 || gt >= to ? to : gt + 1;
    }

    private static int Entity(string html, int at, int to, MappedTextBuilder output)
    {
        int semicolon = html.IndexOf(';', at, Math.Min(34, to - at));
        if (semicolon > at + 1)
        {
            string entity = html[at..(semicolon + 1)];
            string decoded = WebUtility.HtmlDecode(entity);
            if (decoded != entity)
            {
                if (decoded.All(char.IsWhiteSpace)) output.Whitespace(at, entity.Length, isOneBlank: false);
                else output.Replaced(decoded, at, entity.Length);
                return semicolon + 1;
            }
        }
        output.Verbatim(html, at, 1);
        return at + 1;
    }
}
