using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Sitrep.Web.Api;

namespace Sitrep.Web;

/// <summary>
/// The HTTP API and dashboard over one event store. The host (the CLI's `serve`, or a test) owns
/// the store and the resources; this class only wires endpoints, static files and headers.
/// </summary>
public static class SitrepServer
{
    /// <summary>A configured application, not yet started: call RunAsync (CLI) or StartAsync (tests; read the bound address from Urls).</summary>
    public static WebApplication Create(SitrepServerOptions options, ILoggerProvider? logging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? webRoot = options.WebRoot ?? WebAssets.FindWebRoot();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = webRoot,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        if (logging is not null) builder.Logging.AddProvider(logging);
        builder.Services.AddProblemDetails();
        builder.Services.AddOutputCache(o =>
        {
            // Reads are far more frequent than ingests: identical queries within a few seconds share
            // one answer (keyed by path, every query value and the Accept header), so bursts of the same
            // dashboard or API call cost one store read. New events show after at most this long.
            o.AddPolicy(ApiCachePolicy, b => b.Expire(options.CacheDuration).SetVaryByQuery("*").SetVaryByHeader("Accept"));
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Sitrep API";
            document.Info.Description = "Conflict events extracted from news, with their sources and evidence.";
            return Task.CompletedTask;
        }));

        WebApplication app = builder.Build();
        app.UseExceptionHandler();
        app.Use(SecurityHeaders);
        if (options.CacheDuration > TimeSpan.Zero) app.UseOutputCache();
        if (webRoot is not null)
        {
            var files = new PhysicalFileProvider(webRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/health", () => Health(options)).WithName("Health").WithSummary("Liveness plus the store's size and schema version.");
        EventsApi.Map(app, options);
        ActorsApi.Map(app, options);
        StatsApi.Map(app, options);
        ExtractApi.Map(app, options);
        app.MapFallback("/api/{**rest}", (HttpRequest request) =>
            ApiProblems.NotFound("endpoint", request.Path.Value ?? "/api"));
        return app;
    }

    /// <summary>The output-cache policy of the read endpoints (events, actors, stats).</summary>
    internal const string ApiCachePolicy = "api-read";

    private static IResult Health(SitrepServerOptions options) => StoreCall.Run(() =>
    {
        long documents = options.Store.CountDocuments(), events = options.Store.CountEvents();
        return Output.JsonBody.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("status", "ok");
            json.WriteNumber("schema_version", options.Store.SchemaVersion);
            json.WriteNumber("documents", documents);
            json.WriteNumber("events", events);
            json.WriteBoolean("can_extract", options.Resources is not null);
            json.WriteEndObject();
        });
    });

    // Article text and actor names reach the page only through textContent; the policy makes any slip inert.
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        IHeaderDictionary headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
