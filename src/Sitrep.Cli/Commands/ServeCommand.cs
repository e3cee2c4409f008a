using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep serve [--db FILE] [--urls URLS]`: the HTTP API and dashboard over the event store, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:8080 (several separated by ';').", DefaultValueFactory = _ => SitrepServerOptions.DefaultUrls };
        var webRoot = new Option<string?>("--web-root") { Description = "Folder holding the dashboard (default: the one bundled with Sitrep)." };
        var noExtract = new Option<bool>("--no-extract") { Description = "Do not load the pipeline's data; POST /api/extract then answers 503." };
        var maxExtract = new Option<int>("--max-extract-bytes") { Description = "Largest body POST /api/extract accepts.", DefaultValueFactory = _ => 256 * 1024 };
        var cacheSeconds = new Option<int>("--cache-seconds") { Description = "How long identical event, actor and stats requests share one answer (0: no caching).", DefaultValueFactory = _ => 5 };
        var command = new Command("serve", "Serve the HTTP API and the dashboard over the event store.") { db, urls, webRoot, noExtract, maxExtract, cacheSeconds };
        command.SetAction((parsed, cancellationToken) =>
        {
            int seconds = parsed.GetValue(cacheSeconds);
            if (seconds < 0) throw new UsageException($"--cache-seconds must not be negative, not {seconds}");
            var settings = new ServeSettings(parsed.GetValue(db) ?? context.DefaultStorePath, parsed.GetValue(urls)!, parsed.GetValue(webRoot),
                !parsed.GetValue(noExtract), parsed.GetValue(maxExtract), TimeSpan.FromSeconds(seconds));
            return Run(context, settings, cancellationToken);
        });
        return command;
    }

    private sealed record ServeSettings(string StorePath, string Urls, string? WebRoot, bool Extract, int MaxExtract, TimeSpan Cache);

    private static async Task<int> Run(CliContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        if (settings.MaxExtract <= 0) throw new UsageException($"--max-extract-bytes must be positive, not {settings.MaxExtract}");
        if (settings.WebRoot is string given && !File.Exists(Path.Combine(given, "index.html")))
            throw new UsageException($"--web-root {given} holds no index.html");
        string storePath = settings.StorePath;
        using IEventStore? store = StoreOpener.Open(context, storePath);
        if (store is null) return SitrepCommandLine.SomeInputsFailed;
        SitrepResources? resources = null;
        if (settings.Extract && (resources = CliResources.Load(context)) is null) return SitrepCommandLine.SomeInputsFailed;
        var options = new SitrepServerOptions
        {
            Store = store, Resources = resources, Urls = settings.Urls, WebRoot = settings.WebRoot,
            MaxExtractBytes = settings.MaxExtract, CacheDuration = settings.Cache,
        };
        await using WebApplication app = SitrepServer.Create(options);
        await app.StartAsync(cancellationToken);
        string root = options.WebRoot ?? WebAssets.FindWebRoot() ?? "";
        context.Error.WriteLine($"serving {storePath} ({store.CountEvents()} events) on {string.Join(", ", app.Urls)}; Ctrl+C stops");
        if (root.Length == 0) context.Error.WriteLine("no dashboard found: only the API is served");
        else if (!WebAssets.HasVendorFiles(root)) context.Error.WriteLine($"{root}: the dashboard's libraries are missing; run scripts/web-assets.sh");
        await app.WaitForShutdownAsync(cancellationToken);
        return SitrepCommandLine.Success;
    }
}
