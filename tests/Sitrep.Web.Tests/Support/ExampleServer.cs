using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.TestSupport;

namespace Sitrep.Web.Tests.Support;

/// <summary>
/// A real Kestrel on a free loopback port over a temporary SQLite store holding the bundled
/// examples, ingested through the real reader and pipeline. Shared by every test in the collection.
/// </summary>
public sealed class ExampleServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public IEventStore Store { get; private set; } = null!;
    public SitrepResources Resources { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public IReadOnlyList<StoredEvent> AllEvents { get; private set; } = [];

    /// <summary>The largest extract body the test server accepts, kept small so the 413 test sends little.</summary>
    public const int MaxExtractBytes = 64 * 1024;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Store = SqliteEventStoreFor(Path.Combine(_folder, "examples.db"));
        Resources = SitrepResources.LoadDefault().GetOrThrow();
        Ingest(Store, Resources, RepoPaths.InRepo("examples"));
        AllEvents = Store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit });
        _app = SitrepServer.Create(new SitrepServerOptions
        {
            Store = Store,
            Resources = Resources,
            Urls = "http://127.0.0.1:0",
            MaxExtractBytes = MaxExtractBytes,
        });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        Store?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException ex)
        {
            // A leftover temp folder is harmless; say so rather than fail the run.
            Console.Error.WriteLine($"could not remove {_folder}: {ex.Message}");
        }
    }

    private static IEventStore SqliteEventStoreFor(string path) => EventStores.Open(path);

    /// <summary>Reads, extracts and stores every input under <paramref name="path"/>, one batch per file.</summary>
    public static void Ingest(IEventStore store, SitrepResources resources, string path)
    {
        var reader = new DocumentReader(new ReaderOptions());
        DocumentPipeline pipeline = SitrepPipeline.CreateDefault(resources);
        foreach (FileReadResult file in reader.ReadPaths([path], CancellationToken.None))
        {
            ImmutableArray<ProcessedDocument> batch = [.. file.Documents
                .Select(d => pipeline.Run(d).Document)
                .Select(d => new ProcessedDocument(d, d.Get(EventLayers.Events)))];
            if (batch.Length > 0) store.Ingest(batch);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ExampleServerCollection : ICollectionFixture<ExampleServer>
{
    public const string Name = "example server";
}
