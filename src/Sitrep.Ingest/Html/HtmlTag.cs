namespace Sitrep.Ingest.Html;

/// <summary>A tag, comment or declaration found in raw HTML: its name (empty for comments and declarations) and where it ends.</summary>
internal sealed record HtmlTag(string Name, bool Closing, bool SelfClosing, int End)
{
    /// <summary>Reads the markup at <paramref name="at"/> (which holds '&lt;'); null when the '&lt;' is plain text.</summary>
    public static HtmlTag? Read(string html, int at, int to)
    {
        if (at + 1 >= to) return null;
        if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
        {
            int end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return new HtmlTag("", false, true, end < 0 || end + 3 > to ? to : end + 3);
        }
        char next = html[at + 1];
        if (next is '!' or '?') return new HtmlTag("", false, true, EndOfTag(html, at + 2, to));
        bool closing = next == '/';
        int nameStart = closing ? at + 2 : at + 1;
        int nameEnd = nameStart;
        while (nameEnd < to && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
        if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) return null;
        int tagEnd = EndOfTag(html, nameEnd, to);
        bool selfClosing = tagEnd >= 2 && html[tagEnd - 2] == '/';
        return new HtmlTag(html[nameStart..nameEnd], closing, selfClosing, tagEnd);
    }

    /// <summary>The offset after the '&gt;' closing a tag, skipping '&gt;' inside quoted attribute values.</summary>
    private static int EndOfTag(string html, int from, int to)
    {
        char quote = '\0';
        for (int i = from; i < to; i++)
        {
            char c = html[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i + 1;
        }
        return to;
    }
}
