using System.Text;
using Microsoft.AspNetCore.Http;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Web.Output;

/// <summary>A page of events in the format the client asked for.</summary>
internal static class EventListBody
{
    public static IResult Write(IReadOnlyList<StoredEvent> events, EventQuery query, ResponseFormat format, string? nextLink) => format switch
    {
        ResponseFormat.Csv => Csv(events),
        ResponseFormat.GeoJson => GeoJson(events),
        _ => Json(events, query, nextLink),
    };

    private static IResult Json(IReadOnlyList<StoredEvent> events, EventQuery query, string? nextLink) => JsonBody.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("count", events.Count);
        json.WriteNumber("limit", query.Limit);
        json.WriteNumber("offset", query.Offset);
        JsonBody.NullableString(json, "next", nextLink);
        json.WriteStartArray("events");
        foreach (StoredEvent e in events) StoredEventJson.Write(json, e);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static IResult Csv(IReadOnlyList<StoredEvent> events)
    {
        var text = new StringWriter(new StringBuilder(events.Count * 400)) { NewLine = "\r\n" };
        EventCsvWriter.WriteHeader(text);
        foreach (StoredEvent e in events)
            EventCsvWriter.WriteRow(text, e.Event, string.Join("; ", e.Sources.Select(s => s.Outlet ?? s.Url ?? s.Source).Distinct()), e.DocumentId);
        return Results.Text(text.ToString(), ResponseFormats.ContentType(ResponseFormat.Csv), Encoding.UTF8);
    }

    private static IResult GeoJson(IReadOnlyList<StoredEvent> events) => JsonBody.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (StoredEvent e in events.Where(e => e.Event.Place.Point is not null))
        {
            GeoPoint point = e.Event.Place.Point!.Value;
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", e.Event.Id);
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(Math.Round(point.Longitude, 4));
            json.WriteNumberValue(Math.Round(point.Latitude, 4));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            StoredEventJson.WriteProperties(json, e);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }, ResponseFormats.GeoJsonType);
}
