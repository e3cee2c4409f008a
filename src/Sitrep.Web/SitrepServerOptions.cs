using Sitrep.Events.Export;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>What the HTTP server serves: a store to query, the resources to extract with, and its limits.</summary>
public sealed record SitrepServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>The store queried by every request; the caller owns and disposes it.</summary>
    public required IEventStore Store { get; init; }

    /// <summary>The pipeline's data; null turns POST /api/extract into a 503 problem.</summary>
    public SitrepResources? Resources { get; init; }

    /// <summary>Semicolon-separated listen URLs; port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The dashboard's folder; null finds it (<see cref="WebAssets.FindWebRoot"/>), and without one only the API is served.</summary>
    public string? WebRoot { get; init; }

    /// <summary>The largest body POST /api/extract reads; more is answered 413.</summary>
    public int MaxExtractBytes { get; init; } = 256 * 1024;

    /// <summary>Events per page when the request names no limit.</summary>
    public int DefaultPageSize { get; init; } = 100;

    /// <summary>The largest page a request may ask for.</summary>
    public int MaxPageSize { get; init; } = 5000;

    /// <summary>How long an answer of the read endpoints (events, actors, stats) is reused for the same request; zero turns caching off.</summary>
    public TimeSpan CacheDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>ISO numeric codes and ACLED regions for the CSV and GeoJSON formats.</summary>
    public AcledCountryTable Countries { get; init; } = AcledCountryTable.LoadEmbedded();

    /// <summary>How many matching events the actor and statistics endpoints aggregate at most.</summary>
    public int MaxAggregatedEvents { get; init; } = EventQuery.MaxLimit;
}
