namespace Sitrep.Text.Tokens;

/// <summary>Recognises chunks that are URLs, domain names or e-mail addresses, which stay one token.</summary>
internal static class UrlShapes
{
    private static readonly string[] TopLevel = [".com", ".org", ".net", ".gov", ".edu", ".int", ".mil", ".info", ".io", ".co", ".uk", ".us", ".ca", ".de", ".fr", ".ru", ".ua", ".sy", ".iq", ".af", ".htm", ".html", ".php", ".asp", ".aspx", ".pdf", ".doc", ".xls", ".jpg", ".gif", ".txt"];

    public static bool IsUrlOrEmail(string text, int s, int e)
    {
        ReadOnlySpan<char> chunk = text.AsSpan(s, e - s);
        if (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            return chunk.Length > 7;
        int at = chunk.IndexOf('@');
        if (at > 0 && chunk[(at + 1)..].Contains('.') && char.IsLetterOrDigit(chunk[at - 1])) return true;
        ReadOnlySpan<char> trimmed = chunk.TrimEnd(".,;:!?)\"'”’");
        int slash = trimmed.IndexOf('/');
        ReadOnlySpan<char> host = slash > 0 ? trimmed[..slash] : trimmed;
        foreach (string tld in TopLevel)
        {
            if (host.Length > tld.Length + 1 && host.EndsWith(tld, StringComparison.OrdinalIgnoreCase) && char.IsLetterOrDigit(host[^(tld.Length + 1)]))
                return !host.Contains(' ');
        }
        return false;
    }
}
