using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sitrep.Events.Export;
using Sitrep.Storage;
using Sitrep.Storage.Json;
using Sitrep.Web.Output;

namespace Sitrep.Web.Api;

/// <summary>GET /api/events, /api/events/{id} and /api/documents/{id}.</summary>
internal static class EventsApi
{
    private static readonly string[] ListParameters = ["limit", "offset", "sort", "format"];

    public static readonly IReadOnlyDictionary<string, EventSort> Sorts = new Dictionary<string, EventSort>(StringComparer.Ordinal)
    {
        ["date"] = EventSort.DateAscending,
        ["-date"] = EventSort.DateDescending,
        ["fatalities"] = EventSort.FatalitiesAscending,
        ["-fatalities"] = EventSort.FatalitiesDescending,
        ["country"] = EventSort.Country,
        ["type"] = EventSort.EventType,
    };

    public static void Map(IEndpointRouteBuilder app, SitrepServerOptions options)
    {
        app.MapGet("/api/events", (HttpRequest request, [AsParameters] FilterParameters filters,
                string? limit, string? offset, string? sort, string? format) =>
                List(request, filters, options, limit, offset, sort, format))
            .WithName("ListEvents")
            .CacheOutput(SitrepServer.ApiCachePolicy)
            .WithSummary("Events matching every filter, paged and sorted; a JSON page, ACLED CSV, GeoJSON, JSON lines or PLOVER by Accept or format=.")
            .Produces(StatusCodes.Status200OK, contentType: ResponseFormat.JsonType, additionalContentTypes: ["text/csv", "application/geo+json", "application/x-ndjson"])
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/events/{id}", (string id) => StoreCall.Run(() => Detail(options.Store, id)))
            .WithName("GetEvent")
            .WithSummary("One event with its sources, claims, evidence spans and the text of its document around them.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/documents/{id}", (string id) => StoreCall.Run(() => Document(options.Store, id)))
            .WithName("GetDocument")
            .WithSummary("A stored document: metadata and the full text that evidence offsets point into.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult List(HttpRequest request, FilterParameters filters, SitrepServerOptions options,
        string? limit, string? offset, string? sort, string? format)
    {
        ResponseFormat? named = null;
        AcledCountryTable countries = options.Countries;
        Bound<EventQuery> bound = RequestBinder.Bind(request, filters, ListParameters, (query, parser) =>
        {
            named = parser.Reference("format", format, ResponseFormat.ByName);
            return query with
            {
                Limit = parser.Integer("limit", limit, 1, options.MaxPageSize) ?? options.DefaultPageSize,
                Offset = parser.Integer("offset", offset, 0, int.MaxValue) ?? 0,
                Sort = parser.Choice("sort", sort, Sorts) ?? EventSort.DateAscending,
            };
        });
        if (bound.Error is not null) return bound.Error;
        EventQuery q = bound.Value!;
        ResponseFormat chosen = named ?? ResponseFormat.FromAccept(request);
        return StoreCall.Run(() =>
        {
            IReadOnlyList<StoredEvent> events = options.Store.QueryEvents(q);
            string? next = events.Count == q.Limit ? NextLink(request, q) : null;
            return EventListBody.Write(events, q, chosen, next, countries);
        });
    }

    // The same request with the offset moved one page on; other parameters keep their order.
    private static string NextLink(HttpRequest request, EventQuery query)
    {
        var pairs = request.Query.Where(p => p.Key != "offset").Select(p => KeyValuePair.Create(p.Key, p.Value.ToString()))
            .Append(KeyValuePair.Create("offset", (query.Offset + query.Limit).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return request.Path + QueryString.Create(pairs!).ToUriComponent();
    }

    private static IResult Detail(IEventStore store, string id)
    {
        StoredEvent? stored = store.QueryEvents(new EventQuery { EventId = id, Limit = 1 }).FirstOrDefault();
        if (stored is null) return ApiProblems.NotFound("event", id);
        StoredDocument? document = store.GetDocument(stored.DocumentId);
        return JsonBody.Write(json =>
        {
            json.WriteStartObject();
            StoredEventJsonWriter.WriteProperties(json, stored);
            EvidenceContext.Write(json, stored, document);
            json.WriteEndObject();
        });
    }

    private static IResult Document(IEventStore store, string id)
    {
        StoredDocument? document = store.GetDocument(id);
        if (document is null) return ApiProblems.NotFound("document", id);
        return JsonBody.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", document.Id);
            json.WriteString("source", document.Source);
            JsonBody.NullableString(json, "url", document.Url);
            JsonBody.NullableString(json, "outlet", document.Outlet);
            JsonBody.NullableString(json, "title", document.Title);
            JsonBody.NullableDate(json, "published", document.Published);
            json.WriteString("format", document.Format);
            json.WriteString("language", document.Language);
            json.WriteString("ingested_at", document.IngestedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("text", document.Text);
            json.WriteEndObject();
        });
    }
}
