using Sitrep.Pipeline;

namespace Sitrep.Web;

/// <summary>Where the dashboard's files are.</summary>
public static class WebAssets
{
    private const string IndexFile = "index.html";

    /// <summary>
    /// The checkout's <c>src/Sitrep.Web/wwwroot</c> when the program runs inside a checkout (so edits
    /// show without a rebuild), else the <c>wwwroot</c> copied beside the binaries, else null.
    /// </summary>
    public static string? FindWebRoot()
    {
        if (SitrepResources.FindCheckoutFolder(Path.Combine("src", "Sitrep.Web", "wwwroot")) is string source
            && File.Exists(Path.Combine(source, IndexFile)))
            return source;
        string beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return File.Exists(Path.Combine(beside, IndexFile)) ? beside : null;
    }

    /// <summary>True when scripts/web-assets.sh has copied the npm libraries into the web root.</summary>
    public static bool HasVendorFiles(string webRoot) => File.Exists(Path.Combine(webRoot, "vendor", "leaflet", "leaflet.js"));
}
