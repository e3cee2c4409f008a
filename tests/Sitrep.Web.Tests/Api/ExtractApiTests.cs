using System.Net;
using System.Text;
using System.Text.Json;
using Sitrep.TestSupport;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Api;

[Collection(ExampleServerCollection.Name)]
public sealed class ExtractApiTests(ExampleServer server)
{
    [Fact]
    public async Task Extract_ExampleArticle_ReturnsItsEventsWithoutStoringThem()
    {
        long before = server.Store.CountEvents();
        string text = await File.ReadAllTextAsync(RepoPaths.InRepo("examples", "sahel-convoy-ambush.txt"));
        using var content = new StringContent(text, Encoding.UTF8, "text/plain");
        using HttpResponseMessage response = await server.Client.PostAsync("/api/extract", content);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        JsonElement document = JsonDocument.Parse(body).RootElement.GetProperty("documents")[0];
        Assert.NotEmpty(document.GetProperty("events").EnumerateArray());
        Assert.Equal(before, server.Store.CountEvents());
    }

    [Fact]
    public async Task Extract_BodyOverTheLimit_Is413Problem()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', ExampleServer.MaxExtractBytes + 1)));
        using HttpResponseMessage response = await server.Client.PostAsync("/api/extract", content);
        JsonElement problem = await ApiJson.ReadProblem(response, HttpStatusCode.RequestEntityTooLarge, "POST /api/extract");
        Assert.Equal("SR6001", problem.Str("code"));
    }

    [Fact]
    public async Task Extract_BadPublishedDate_Is400NamingIt()
    {
        using var content = new StringContent("Gunmen killed two people in Gao on Monday.", Encoding.UTF8, "text/plain");
        using HttpResponseMessage response = await server.Client.PostAsync("/api/extract?published=yesterday", content);
        JsonElement problem = await ApiJson.ReadProblem(response, HttpStatusCode.BadRequest, "POST /api/extract");
        Assert.Equal("published", problem.Str("parameter"));
    }
}
