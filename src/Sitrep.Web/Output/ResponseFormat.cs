using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Sitrep.Events.Export;

namespace Sitrep.Web.Output;

/// <summary>The representations of an event listing: a JSON page, or one of the export formats.</summary>
internal sealed record ResponseFormat(ExportFormat? Export)
{
    public const string JsonType = "application/json";

    public static ResponseFormat Json { get; } = new((ExportFormat?)null);

    public bool IsJsonPage => Export is null;

    /// <summary>format= values: json, csv (ACLED columns) and every export format by its export name.</summary>
    public static readonly IReadOnlyDictionary<string, ResponseFormat> ByName = BuildNames();

    /// <summary>The format the Accept header prefers among those served; the JSON page when it names none of them.</summary>
    public static ResponseFormat FromAccept(HttpRequest request)
    {
        foreach (MediaTypeHeaderValue media in request.GetTypedHeaders().Accept.OrderByDescending(m => m.Quality ?? 1))
        {
            string type = media.MediaType.Value ?? "";
            if (type.Equals("text/csv", StringComparison.OrdinalIgnoreCase)) return new(ExportFormat.AcledCsv);
            if (type.Equals(GeoJsonEventWriter.MediaType, StringComparison.OrdinalIgnoreCase)) return new(ExportFormat.GeoJson);
            if (type.Equals("application/x-ndjson", StringComparison.OrdinalIgnoreCase)) return new(ExportFormat.Jsonl);
            if (type.Equals(JsonType, StringComparison.OrdinalIgnoreCase) || type == "*/*") return Json;
        }
        return Json;
    }

    private static Dictionary<string, ResponseFormat> BuildNames()
    {
        var names = new Dictionary<string, ResponseFormat>(StringComparer.Ordinal) { ["json"] = Json, ["csv"] = new(ExportFormat.AcledCsv) };
        foreach (ExportFormat format in Enum.GetValues<ExportFormat>()) names[EventExporter.Name(format)] = new(format);
        return names;
    }
}
