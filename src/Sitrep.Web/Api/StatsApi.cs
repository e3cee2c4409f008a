using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sitrep.Storage;
using Sitrep.Web.Analysis;
using Sitrep.Web.Output;

namespace Sitrep.Web.Api;

/// <summary>GET /api/stats: events and fatalities per week or month and per country, admin1 or type.</summary>
internal static class StatsApi
{
    private static readonly IReadOnlyDictionary<string, StatsGrouping> Groupings = new Dictionary<string, StatsGrouping>(StringComparer.Ordinal)
    {
        ["country"] = StatsGrouping.Country,
        ["admin1"] = StatsGrouping.Admin1,
        ["type"] = StatsGrouping.EventType,
    };

    public static void Map(IEndpointRouteBuilder app, SitrepServerOptions options)
    {
        app.MapGet("/api/stats", (HttpRequest request, [AsParameters] FilterParameters filters, string? period, string? by) =>
            {
                Period? every = null;
                StatsGrouping? grouping = null;
                Bound<EventQuery> bound = RequestBinder.Bind(request, filters, ["period", "by"], (query, parser) =>
                {
                    every = parser.Choice("period", period, ActorsApi.Periods);
                    grouping = parser.Choice("by", by, Groupings);
                    return query with { Limit = options.MaxAggregatedEvents };
                });
                return bound.Error ?? StoreCall.Run(() =>
                    Write(options.Store.QueryEvents(bound.Value!), every ?? Period.Week, grouping ?? StatsGrouping.Country, period ?? "week", by ?? "country"));
            })
            .WithName("GetStats")
            .CacheOutput(SitrepServer.ApiCachePolicy)
            .WithSummary("Events and fatalities of the matching events per period (week|month) and group (country|admin1|type).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Write(IReadOnlyList<StoredEvent> events, Period period, StatsGrouping grouping, string periodName, string byName) =>
        JsonBody.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("period", periodName);
            json.WriteString("by", byName);
            json.WriteNumber("events", events.Count);
            json.WriteNumber("fatalities", events.Sum(e => e.Event.Fatalities.Best ?? 0));
            json.WriteStartArray("rows");
            foreach (StatsRow row in EventStatistics.Count(events, period, grouping))
            {
                json.WriteStartObject();
                json.WriteString("period", row.Period);
                json.WriteString("group", row.Group);
                json.WriteNumber("events", row.Events);
                json.WriteNumber("fatalities", row.Fatalities);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
}
