using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// What an article page says about itself: canonical URL, title, outlet and the raw published
/// date strings in order of trust (Open Graph article meta, JSON-LD, then <c>&lt;time&gt;</c>).
/// </summary>
internal sealed record HtmlMetadata(string? Url, string? Title, string? Outlet, IReadOnlyList<string> PublishedCandidates)
{
    private static readonly string[] PublishedMetaNames =
        ["article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "dcterms.created"];

    public static HtmlMetadata From(IHtmlDocument document)
    {
        var jsonLd = JsonLdObjects(document).ToList();
        string? url = Absolute(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Absolute(Meta(document, "og:url"));
        string? title = Meta(document, "og:title") ?? NonEmpty(document.Title) ?? NonEmpty(document.QuerySelector("h1")?.TextContent);
        string? outlet = Meta(document, "og:site_name") ?? JsonLdPublisher(jsonLd) ?? Meta(document, "application-name");

        var published = new List<string>();
        foreach (string name in PublishedMetaNames)
        {
            if (Meta(document, name) is string value) published.Add(value);
        }
        foreach (string itemprop in document.QuerySelectorAll("[itemprop=datePublished]")
                     .Select(e => e.GetAttribute("content") ?? e.GetAttribute("datetime")).OfType<string>())
            published.Add(itemprop);
        published.AddRange(jsonLd.Select(o => StringProperty(o, "datePublished")).OfType<string>());
        published.AddRange(document.QuerySelectorAll("time[datetime]").Select(t => t.GetAttribute("datetime")).OfType<string>());
        return new HtmlMetadata(url, Collapse(title), Collapse(outlet), published);
    }

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (IElement meta in document.QuerySelectorAll("meta"))
        {
            string? key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && NonEmpty(meta.GetAttribute("content")) is string content)
                return content;
        }
        return null;
    }

    /// <summary>Every JSON object in the page's JSON-LD blocks, including those inside arrays and <c>@graph</c>.</summary>
    private static IEnumerable<JsonElement> JsonLdObjects(IHtmlDocument document)
    {
        foreach (IElement script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (ParseJson(script.TextContent) is not JsonElement root) continue;
            foreach (JsonElement element in Flatten(root)) yield return element;
        }
    }

    private static JsonElement? ParseJson(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return parsed.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common on real pages; the page is still readable without it.
            return null;
        }
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
                foreach (JsonElement inner in Flatten(item)) yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out JsonElement graph))
                foreach (JsonElement inner in Flatten(graph)) yield return inner;
        }
    }

    private static string? JsonLdPublisher(IEnumerable<JsonElement> objects)
    {
        foreach (JsonElement o in objects)
        {
            if (o.TryGetProperty("publisher", out JsonElement publisher) && publisher.ValueKind == JsonValueKind.Object
                && StringProperty(publisher, "name") is string name)
                return name;
        }
        return null;
    }

    private static string? StringProperty(JsonElement o, string name) =>
        o.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? NonEmpty(value.GetString()) : null;

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out Uri? uri) && (uri.Scheme == "http" || uri.Scheme == "https") ? uri.ToString() : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Collapse(string? value) =>
        value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
