namespace Sitrep.Events.Export;

/// <summary>One document that reports an event, with what a reader needs to cite it (the store's EventSource).</summary>
public sealed record SourceCitation(string DocumentId, string? Url, string? Outlet, DateOnly? Published, string Source)
{
    /// <summary>The name to cite: the outlet, else the URL's host, else the source path or URL.</summary>
    public string DisplayName =>
        !string.IsNullOrWhiteSpace(Outlet) ? Outlet.Trim()
        : Uri.TryCreate(Url, UriKind.Absolute, out Uri? uri) && uri.Host.Length > 0 ? uri.Host
        : Source;
}
