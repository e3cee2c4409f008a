using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Sitrep.Web.Output;

/// <summary>The representations of an event listing.</summary>
internal enum ResponseFormat
{
    Json,
    Csv,
    GeoJson,
}

internal static class ResponseFormats
{
    public const string JsonType = "application/json";
    public const string CsvType = "text/csv";
    public const string GeoJsonType = "application/geo+json";

    public static readonly IReadOnlyDictionary<string, ResponseFormat> ByName = new Dictionary<string, ResponseFormat>(StringComparer.Ordinal)
    {
        ["json"] = ResponseFormat.Json,
        ["csv"] = ResponseFormat.Csv,
        ["geojson"] = ResponseFormat.GeoJson,
    };

    /// <summary>The format the Accept header prefers among those we serve; JSON when it names none of them.</summary>
    public static ResponseFormat FromAccept(HttpRequest request)
    {
        IList<MediaTypeHeaderValue> accepted = request.GetTypedHeaders().Accept;
        foreach (MediaTypeHeaderValue media in accepted.OrderByDescending(m => m.Quality ?? 1))
        {
            string type = media.MediaType.Value ?? "";
            if (type.Equals(CsvType, StringComparison.OrdinalIgnoreCase)) return ResponseFormat.Csv;
            if (type.Equals(GeoJsonType, StringComparison.OrdinalIgnoreCase)) return ResponseFormat.GeoJson;
            if (type.Equals(JsonType, StringComparison.OrdinalIgnoreCase) || type == "*/*") return ResponseFormat.Json;
        }
        return ResponseFormat.Json;
    }

    public static string ContentType(ResponseFormat format) => format switch
    {
        ResponseFormat.Csv => CsvType + "; charset=utf-8",
        ResponseFormat.GeoJson => GeoJsonType,
        _ => JsonType,
    };
}
