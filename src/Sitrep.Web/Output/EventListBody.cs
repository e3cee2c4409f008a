using Microsoft.AspNetCore.Http;
using Sitrep.Events.Export;
using Sitrep.Storage;
using Sitrep.Storage.Json;

namespace Sitrep.Web.Output;

/// <summary>A page of events in the format the client asked for: Sitrep's JSON page, or an export format written by Sitrep.Core's exporters.</summary>
internal static class EventListBody
{
    public static IResult Write(IReadOnlyList<StoredEvent> events, EventQuery query, ResponseFormat format, string? nextLink, AcledCountryTable countries)
    {
        if (format.Export is not ExportFormat export) return Json(events, query, nextLink);
        using var buffer = new MemoryStream();
        var options = new AcledExportOptions { Countries = countries, Timestamp = DateTimeOffset.UtcNow };
        StoredEventExport.Write(buffer, export, events, options);
        return Results.Bytes(buffer.ToArray(), EventExporter.MediaType(export));
    }

    private static IResult Json(IReadOnlyList<StoredEvent> events, EventQuery query, string? nextLink) => JsonBody.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("count", events.Count);
        json.WriteNumber("limit", query.Limit);
        json.WriteNumber("offset", query.Offset);
        JsonBody.NullableString(json, "next", nextLink);
        json.WriteStartArray("events");
        foreach (StoredEvent e in events) StoredEventJsonWriter.Write(json, e);
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
