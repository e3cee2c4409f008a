using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sitrep.Storage;
using Sitrep.Web.Analysis;
using Sitrep.Web.Output;

namespace Sitrep.Web.Api;

/// <summary>GET /api/actors and /api/actors/{name}: who is active, and one actor's activity over time.</summary>
internal static class ActorsApi
{
    private static readonly IReadOnlyDictionary<string, Period> PeriodNames = new Dictionary<string, Period>(StringComparer.Ordinal)
    {
        ["week"] = Period.Week,
        ["month"] = Period.Month,
    };

    public static void Map(IEndpointRouteBuilder app, SitrepServerOptions options)
    {
        app.MapGet("/api/actors", (HttpRequest request, [AsParameters] FilterParameters filters, string? limit) =>
            {
                int? top = null;
                Bound<EventQuery> bound = RequestBinder.Bind(request, filters, ["limit"], (query, parser) =>
                {
                    top = parser.Integer("limit", limit, 1, 10_000);
                    return query with { Limit = options.MaxAggregatedEvents };
                });
                return bound.Error ?? StoreCall.Run(() => List(options.Store.QueryEvents(bound.Value!), top ?? 100));
            })
            .WithName("ListActors")
            .CacheOutput(SitrepServer.ApiCachePolicy)
            .WithSummary("Actors on the matching events, most active first, with event and fatality counts.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/actors/{name}", (HttpRequest request, string name, [AsParameters] FilterParameters filters, string? period) =>
            {
                Period? every = null;
                Bound<EventQuery> bound = RequestBinder.Bind(request, filters, ["period"], (query, parser) =>
                {
                    every = parser.Choice("period", period, PeriodNames);
                    // The store finds candidates by substring; the exact name or alias is checked below.
                    return query with { Actor = query.Actor ?? name, Limit = options.MaxAggregatedEvents };
                });
                return bound.Error ?? StoreCall.Run(() => Detail(options.Store.QueryEvents(bound.Value!), name, every ?? Period.Month));
            })
            .WithName("GetActor")
            .CacheOutput(SitrepServer.ApiCachePolicy)
            .WithSummary("One actor (canonical name or alias, any case): totals and events and fatalities per week or month.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult List(IReadOnlyList<StoredEvent> events, int top) => JsonBody.Write(json =>
    {
        var actors = ActorActivity.Summarise(events);
        json.WriteStartObject();
        json.WriteNumber("total", actors.Length);
        json.WriteStartArray("actors");
        foreach (ActorSummary actor in actors.Take(top)) WriteSummary(json, actor);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static IResult Detail(IReadOnlyList<StoredEvent> candidates, string name, Period period)
    {
        StoredEvent[] events = [.. candidates.Where(e => e.Event.AllActors.Any(a => ActorActivity.Names(a, name)))];
        if (events.Length == 0) return ApiProblems.NotFound("actor", name);
        // Summarise every actor on those events and keep the one asked for, whichever name it was asked by.
        ActorSummary summary = ActorActivity.Summarise(events)
            .First(s => events.Any(e => e.Event.AllActors.Any(a => a.Name == s.Name && ActorActivity.Names(a, name))));
        StoredEvent[] own = [.. events.Where(e => e.Event.AllActors.Any(a => a.Name == summary.Name))];
        return JsonBody.Write(json =>
        {
            json.WriteStartObject();
            WriteSummaryProperties(json, summary);
            json.WriteString("period", period == Period.Week ? "week" : "month");
            json.WriteStartArray("activity");
            foreach (ActivityRow row in ActorActivity.OverTime(own, period))
            {
                json.WriteStartObject();
                json.WriteString("period", row.Period);
                json.WriteNumber("events", row.Events);
                json.WriteNumber("fatalities", row.Fatalities);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("event_ids");
            foreach (StoredEvent e in own) json.WriteStringValue(e.Event.Id);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteSummary(Utf8JsonWriter json, ActorSummary actor)
    {
        json.WriteStartObject();
        WriteSummaryProperties(json, actor);
        json.WriteEndObject();
    }

    private static void WriteSummaryProperties(Utf8JsonWriter json, ActorSummary actor)
    {
        json.WriteString("name", actor.Name);
        json.WriteStartArray("aliases");
        foreach (string alias in actor.Aliases) json.WriteStringValue(alias);
        json.WriteEndArray();
        JsonBody.NullableString(json, "type", actor.Type);
        if (actor.Inter is int inter) json.WriteNumber("inter", inter); else json.WriteNull("inter");
        JsonBody.NullableString(json, "country", actor.Country);
        json.WriteNumber("events", actor.Events);
        json.WriteNumber("fatalities", actor.Fatalities);
        JsonBody.NullableDate(json, "first_seen", actor.FirstSeen);
        JsonBody.NullableDate(json, "last_seen", actor.LastSeen);
    }

    public static IReadOnlyDictionary<string, Period> Periods => PeriodNames;
}
