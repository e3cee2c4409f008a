using System.Globalization;

namespace Sitrep.Ingest.Dates;

/// <summary>
/// Parses the date formats news sources actually use for publication: ISO 8601 dates and
/// date-times (with or without a zone), RFC 822/1123 as in RSS, and written-out English dates.
/// Anything else is refused rather than guessed, so a wrong anchor never silently shifts every
/// relative date in an article.
/// </summary>
internal static class PublishedDateParser
{
    private static readonly string[] DateOnlyFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy",
        "dddd, d MMMM yyyy", "dddd, MMMM d, yyyy",
    ];

    private static readonly string[] ZonedFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'UTC'", "ddd, d MMM yyyy HH:mm:ss 'Z'",
        "d MMM yyyy HH:mm:ss zzz",
    ];

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm",
    ];

    public static bool TryParse(string? value, out PublishedDate published)
    {
        published = null!;
        if (string.IsNullOrWhiteSpace(value)) return false;
        string text = NormalizeZone(value.Trim());
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, DateOnlyFormats, culture, DateTimeStyles.AllowWhiteSpaces, out DateOnly date))
        {
            published = new PublishedDate(date, null);
            return true;
        }
        if (DateTimeOffset.TryParseExact(text, ZonedFormats, culture, DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset instant))
        {
            // The day as the publisher's own clock read it, which is what "on Wednesday" is relative to.
            published = new PublishedDate(DateOnly.FromDateTime(instant.DateTime), instant);
            return true;
        }
        if (DateTime.TryParseExact(text, LocalFormats, culture, DateTimeStyles.AllowWhiteSpaces, out DateTime local))
        {
            published = new PublishedDate(DateOnly.FromDateTime(local), null);
            return true;
        }
        return false;
    }

    /// <summary>RFC 822 allows "+0000" zones, which .NET's zzz pattern wants as "+00:00".</summary>
    private static string NormalizeZone(string text)
    {
        int n = text.Length;
        if (n > 5 && (text[n - 5] == '+' || text[n - 5] == '-') && text[n - 6] == ' ' && text[(n - 4)..].All(char.IsAsciiDigit))
            return string.Concat(text.AsSpan(0, n - 2), ":", text.AsSpan(n - 2));
        return text;
    }
}
