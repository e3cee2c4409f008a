using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Api;

[Collection(ExampleServerCollection.Name)]
public sealed class EventsApiTests(ExampleServer server)
{
    private HttpClient Client => server.Client;

    [Fact]
    public void Examples_IngestedThroughThePipeline_GiveEventsInSeveralCountries()
    {
        Assert.True(server.AllEvents.Count >= 3, $"only {server.AllEvents.Count} events from examples/");
        Assert.True(server.AllEvents.Select(e => e.Event.Place.Country).Distinct().Count() >= 2);
    }

    [Fact]
    public async Task Health_Always_ReportsStoreCounts()
    {
        JsonElement health = await Client.GetOk("/health");
        Assert.Equal("ok", health.Str("status"));
        Assert.Equal(server.AllEvents.Count, health.GetProperty("events").GetInt32());
        Assert.True(health.GetProperty("can_extract").GetBoolean());
    }

    [Fact]
    public async Task ListEvents_NoFilter_ReturnsFirstPageInDateOrder()
    {
        JsonElement page = await Client.GetOk("/api/events");
        JsonElement[] events = [.. page.GetProperty("events").EnumerateArray()];
        Assert.Equal(server.AllEvents.Count, events.Length);
        Assert.Equal(events.Length, page.GetProperty("count").GetInt32());
        string[] dates = [.. events.Select(e => e.Str("date_start")!)];
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(events, e => Assert.NotEmpty(e.GetProperty("sources").EnumerateArray()));
    }

    [Fact]
    public async Task ListEvents_Country_ReturnsOnlyThatCountry()
    {
        string country = server.AllEvents.GroupBy(e => e.Event.Place.Country).OrderByDescending(g => g.Count()).First().Key;
        JsonElement page = await Client.GetOk($"/api/events?country={country.ToLowerInvariant()}");
        JsonElement[] events = [.. page.GetProperty("events").EnumerateArray()];
        Assert.Equal(server.AllEvents.Count(e => e.Event.Place.Country == country), events.Length);
        Assert.All(events, e => Assert.Equal(country, e.Str("country")));
    }

    [Fact]
    public async Task ListEvents_TypeAndSort_FilterAndOrder()
    {
        string type = server.AllEvents[0].Event.EventType;
        JsonElement page = await Client.GetOk($"/api/events?type={Uri.EscapeDataString(type)}&sort=-date");
        JsonElement[] events = [.. page.GetProperty("events").EnumerateArray()];
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(type, e.Str("event_type")));
        string[] dates = [.. events.Select(e => e.Str("date_start")!)];
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task ListEvents_LimitBelowTotal_GivesNextLinkThatContinues()
    {
        JsonElement first = await Client.GetOk("/api/events?limit=1&sort=date");
        string next = first.Str("next")!;
        Assert.Contains("offset=1", next, StringComparison.Ordinal);
        JsonElement second = await Client.GetOk(next);
        Assert.NotEqual(first.GetProperty("events")[0].Str("id"), second.GetProperty("events")[0].Str("id"));
        Assert.Equal(server.AllEvents[1].Event.Id, second.GetProperty("events")[0].Str("id"));
    }

    [Fact]
    public async Task ListEvents_NearAndBbox_KeepEventsAroundAPoint()
    {
        var located = server.AllEvents.First(e => e.Event.Place.Point is not null);
        var p = located.Event.Place.Point!.Value;
        string near = FormattableString.Invariant($"{p.Latitude},{p.Longitude},25");
        JsonElement page = await Client.GetOk($"/api/events?near={near}");
        Assert.Contains(page.GetProperty("events").EnumerateArray(), e => e.Str("id") == located.Event.Id);
        string bbox = FormattableString.Invariant($"{p.Longitude - 0.1},{p.Latitude - 0.1},{p.Longitude + 0.1},{p.Latitude + 0.1}");
        page = await Client.GetOk($"/api/events?bbox={bbox}");
        Assert.Contains(page.GetProperty("events").EnumerateArray(), e => e.Str("id") == located.Event.Id);
    }

    [Fact]
    public async Task ListEvents_QuotesAndWildcardsInText_AreLiterals()
    {
        JsonElement page = await Client.GetOk("/api/events?text=" + Uri.EscapeDataString("' OR 1=1; DROP TABLE events; --%_"));
        Assert.Equal(0, page.GetProperty("count").GetInt32());
        JsonElement health = await Client.GetOk("/health");
        Assert.Equal(server.AllEvents.Count, health.GetProperty("events").GetInt32());
    }

    [Theory]
    [InlineData("country=ML", "country")]
    [InlineData("since=2025-13-01", "since")]
    [InlineData("since=2025-06-02&until=2025-06-01", "since")]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("bbox=0,20,10,10", "bbox")]
    [InlineData("near=12,-8", "near")]
    [InlineData("near=12,-8,0", "near")]
    [InlineData("near=95,-8,10", "near")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=100000", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("sort=random", "sort")]
    [InlineData("format=xml", "format")]
    [InlineData("countyr=MLI", "countyr")]
    [InlineData("country=MLI&country=NER", "country")]
    [InlineData("actor=", "actor")]
    public async Task ListEvents_InvalidParameter_Is400ProblemNamingIt(string query, string parameter)
    {
        JsonElement problem = await Client.GetProblem("/api/events?" + query, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.Str("parameter"));
        Assert.Equal("SR3004", problem.Str("code"));
        Assert.Contains(parameter, problem.Str("detail")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListEvents_FormatCsv_GivesAcledColumnsAndOneRowPerEvent()
    {
        string csv = await Client.GetStringAsync("/api/events?format=csv");
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type", csv, StringComparison.Ordinal);
        Assert.Equal(server.AllEvents.Count + 1, CsvRecords(csv));
    }

    [Fact]
    public async Task ListEvents_AcceptCsv_NegotiatesCsv()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events?limit=2");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using HttpResponseMessage response = await Client.SendAsync(request);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, CsvRecords(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ListEvents_AcceptGeoJson_GivesAFeaturePerEventWithLonLat()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/geo+json"));
        using HttpResponseMessage response = await Client.SendAsync(request);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement collection = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FeatureCollection", collection.Str("type"));
        JsonElement[] features = [.. collection.GetProperty("features").EnumerateArray()];
        Assert.Equal(server.AllEvents.Count, features.Length);
        JsonElement located = features.First(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object);
        var stored = server.AllEvents.First(e => e.Event.Id == located.Str("id"));
        JsonElement coordinates = located.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(stored.Event.Place.Point!.Value.Longitude, coordinates[0].GetDouble(), 3);
        Assert.Equal(stored.Event.Place.Point!.Value.Latitude, coordinates[1].GetDouble(), 3);
    }

    [Fact]
    public async Task ListEvents_FormatJsonl_GivesOneLinePerEvent()
    {
        using HttpResponseMessage response = await Client.GetAsync("/api/events?format=jsonl");
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        string[] lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(server.AllEvents.Count, lines.Length);
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
    }

    // Counts RFC 4180 records: line ends outside quotes (notes may hold quoted line breaks).
    private static int CsvRecords(string csv)
    {
        int records = 0;
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"') quoted = !quoted;
            else if (csv[i] == '\n' && !quoted) records++;
        }
        return records;
    }

    [Fact]
    public async Task GetEvent_Known_GivesEvidenceThatMatchesItsContext()
    {
        var stored = server.AllEvents.First(e => e.Event.Evidence.Length > 0);
        JsonElement e = await Client.GetOk("/api/events/" + Uri.EscapeDataString(stored.Event.Id));
        Assert.Equal(stored.Event.Id, e.Str("id"));
        JsonElement context = e.GetProperty("context");
        int start = context.GetProperty("start").GetInt32();
        string text = context.Str("text")!;
        foreach (JsonElement evidence in e.GetProperty("evidence").EnumerateArray())
        {
            int from = evidence.GetProperty("start").GetInt32() - start, to = evidence.GetProperty("end").GetInt32() - start;
            Assert.Equal(evidence.Str("text"), text[from..to]);
        }
        Assert.Equal(stored.DocumentId, context.Str("document_id"));
    }

    [Fact]
    public async Task GetEvent_Unknown_Is404Problem()
    {
        JsonElement problem = await Client.GetProblem("/api/events/no-such-event", HttpStatusCode.NotFound);
        Assert.Equal("SR6003", problem.Str("code"));
    }

    [Fact]
    public async Task GetDocument_Known_GivesTheFullText()
    {
        var stored = server.AllEvents[0];
        JsonElement document = await Client.GetOk("/api/documents/" + stored.DocumentId);
        Assert.Equal(server.Store.GetDocument(stored.DocumentId)!.Text, document.Str("text"));
        await Client.GetProblem("/api/documents/000000000000000000000000", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Dashboard_Index_IsServedWithAContentSecurityPolicy()
    {
        using HttpResponseMessage response = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        string policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("<div id=\"map\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_Is404Problem()
    {
        await Client.GetProblem("/api/nothing-here", HttpStatusCode.NotFound);
    }
}
