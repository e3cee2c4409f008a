using System.Net;
using System.Text.Json;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Api;

[Collection(ExampleServerCollection.Name)]
public sealed class AggregatesApiTests(ExampleServer server)
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task ListActors_Default_CountsEventsPerActorMostActiveFirst()
    {
        JsonElement body = await Client.GetOk("/api/actors");
        JsonElement[] actors = [.. body.GetProperty("actors").EnumerateArray()];
        Assert.NotEmpty(actors);
        int[] counts = [.. actors.Select(a => a.GetProperty("events").GetInt32())];
        Assert.Equal(counts.OrderDescending(), counts);
        string top = actors[0].Str("name")!;
        Assert.Equal(server.AllEvents.Count(e => e.Event.AllActors.Any(a => a.Name == top)), counts[0]);
    }

    [Fact]
    public async Task GetActor_ByNameInAnyCase_GivesActivityThatAddsUp()
    {
        string name = server.AllEvents.SelectMany(e => e.Event.AllActors).First().Name;
        JsonElement actor = await Client.GetOk("/api/actors/" + Uri.EscapeDataString(name.ToUpperInvariant()) + "?period=week");
        Assert.Equal(name, actor.Str("name"));
        int events = actor.GetProperty("events").GetInt32();
        Assert.Equal(events, actor.GetProperty("activity").EnumerateArray().Sum(r => r.GetProperty("events").GetInt32()));
        Assert.Equal(events, actor.GetProperty("event_ids").GetArrayLength());
    }

    [Fact]
    public async Task GetActor_Unknown_Is404()
    {
        await Client.GetProblem("/api/actors/" + Uri.EscapeDataString("Nobody at all"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("month", "type")]
    [InlineData("week", "country")]
    [InlineData("month", "admin1")]
    public async Task Stats_PeriodAndGrouping_RowsAddUpToTotals(string period, string by)
    {
        JsonElement stats = await Client.GetOk($"/api/stats?period={period}&by={by}");
        JsonElement[] rows = [.. stats.GetProperty("rows").EnumerateArray()];
        Assert.Equal(server.AllEvents.Count, stats.GetProperty("events").GetInt32());
        Assert.Equal(server.AllEvents.Count, rows.Sum(r => r.GetProperty("events").GetInt32()));
        Assert.Equal(stats.GetProperty("fatalities").GetInt32(), rows.Sum(r => r.GetProperty("fatalities").GetInt32()));
        Assert.All(rows, r => Assert.Matches(period == "week" ? @"^\d{4}-\d{2}-\d{2}$" : @"^\d{4}-\d{2}$", r.Str("period")!));
    }

    [Theory]
    [InlineData("/api/stats?period=day", "period")]
    [InlineData("/api/stats?by=actor", "by")]
    [InlineData("/api/actors?limit=x", "limit")]
    public async Task Aggregates_InvalidParameter_Is400NamingIt(string path, string parameter)
    {
        JsonElement problem = await Client.GetProblem(path, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.Str("parameter"));
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheEndpointsAndFilters()
    {
        JsonElement document = await Client.GetOk("/openapi/v1.json");
        JsonElement paths = document.GetProperty("paths");
        foreach (string path in new[] { "/api/events", "/api/events/{id}", "/api/actors", "/api/stats", "/api/extract", "/health" })
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        string[] parameters = [.. paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.Str("name")!)];
        Assert.Contains("sub_type", parameters);
        Assert.Contains("bbox", parameters);
    }
}
