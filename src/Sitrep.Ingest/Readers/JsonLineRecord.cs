using System.Text.Json.Serialization;

namespace Sitrep.Ingest.Readers;

/// <summary>One record of a JSON lines input.</summary>
internal sealed record JsonLineRecord(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("outlet")] string? Outlet);

[JsonSerializable(typeof(JsonLineRecord))]
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, AllowTrailingCommas = true)]
internal sealed partial class JsonLinesContext : JsonSerializerContext;
