using System.Net;
using System.Text.Json;

namespace Sitrep.Web.Tests.Support;

/// <summary>Small helpers to GET and read JSON in assertions.</summary>
public static class ApiJson
{
    public static async Task<JsonElement> GetOk(this HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>GETs a path expected to fail, and returns its problem details after checking the status and media type.</summary>
    public static async Task<JsonElement> GetProblem(this HttpClient client, string path, HttpStatusCode status)
    {
        using HttpResponseMessage response = await client.GetAsync(path);
        return await ReadProblem(response, status, $"GET {path}");
    }

    public static async Task<JsonElement> ReadProblem(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{what}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static string? Str(this JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
