using System.Text.Json;

namespace Sitrep.Events;

/// <summary>
/// Writes events in the shape of the gold files (GUIDELINES.md), except that each actor is an
/// object with its aliases, type, inter code and country, and evidence is a list of spans. The CLI,
/// the JSON lines export and the HTTP API all print events through this one writer.
/// </summary>
public static class EventJsonWriter
{
    public static void Write(Utf8JsonWriter json, ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        WriteProperties(json, e);
        json.WriteEndObject();
    }

    /// <summary>Writes the event's properties into an object the caller opened, so hosts can add their own (sources, document).</summary>
    public static void WriteProperties(Utf8JsonWriter json, ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(e);
        json.WriteString("id", e.Id);
        json.WriteString("event_type", e.EventType);
        json.WriteString("sub_event_type", e.SubEventType);
        WriteNullableString(json, "plover_type", e.PloverType);
        WriteNullableString(json, "plover_mode", e.PloverMode);
        json.WriteBoolean("background", e.Background);
        json.WriteBoolean("aggregate", e.Aggregate);
        WriteActor(json, "actor1", e.Actor1);
        WriteActor(json, "actor2", e.Actor2);
        WriteActors(json, "assoc_actor1", e.AssocActor1);
        WriteActors(json, "assoc_actor2", e.AssocActor2);
        json.WriteString("date_start", e.Date.Start.ToString("yyyy-MM-dd"));
        json.WriteString("date_end", e.Date.End.ToString("yyyy-MM-dd"));
        json.WriteString("date_precision", e.Date.Precision.ToString().ToLowerInvariant());
        json.WriteString("country", e.Place.Country);
        WriteNullableString(json, "admin1", e.Place.Admin1);
        WriteNullableString(json, "admin2", e.Place.Admin2);
        WriteNullableString(json, "location", e.Place.Location);
        if (e.Place.Point is GeoPoint p)
        {
            json.WriteNumber("latitude", Math.Round(p.Latitude, 4));
            json.WriteNumber("longitude", Math.Round(p.Longitude, 4));
        }
        else
        {
            json.WriteNull("latitude");
            json.WriteNull("longitude");
        }
        json.WriteString("geo_precision", e.Place.Precision.ToString().ToLowerInvariant());
        json.WriteStartObject("fatalities");
        WriteNullableInt(json, "low", e.Fatalities.Low);
        WriteNullableInt(json, "best", e.Fatalities.Best);
        WriteNullableInt(json, "high", e.Fatalities.High);
        json.WriteEndObject();
        json.WriteStartArray("claims");
        foreach (Claim claim in e.Claims)
        {
            json.WriteStartObject();
            json.WriteStartArray("by");
            foreach (string by in claim.By) json.WriteStringValue(by);
            json.WriteEndArray();
            json.WriteString("what", claim.What.ToString().ToLowerInvariant());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("confidence", Math.Round(e.Confidence, 3));
        json.WriteStartArray("evidence");
        foreach (Evidence evidence in e.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("field", evidence.Field);
            json.WriteString("text", evidence.Text);
            json.WriteNumber("start", evidence.Span.Start);
            json.WriteNumber("end", evidence.Span.End);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteActors(Utf8JsonWriter json, string name, IEnumerable<ActorRef> actors)
    {
        json.WriteStartArray(name);
        foreach (ActorRef actor in actors) WriteActorValue(json, actor);
        json.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter json, string name, ActorRef? actor)
    {
        json.WritePropertyName(name);
        if (actor is null) json.WriteNullValue();
        else WriteActorValue(json, actor);
    }

    private static void WriteActorValue(Utf8JsonWriter json, ActorRef actor)
    {
        json.WriteStartObject();
        json.WriteString("name", actor.Name);
        json.WriteStartArray("aliases");
        foreach (string alias in actor.Aliases) json.WriteStringValue(alias);
        json.WriteEndArray();
        WriteNullableString(json, "type", actor.Type);
        WriteNullableInt(json, "inter", actor.Inter);
        WriteNullableString(json, "country", actor.Country);
        json.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }

    private static void WriteNullableInt(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int v) json.WriteNumber(name, v); else json.WriteNull(name);
    }
}
