using System.Text.Json;

namespace Sitrep.Events.Export;

/// <summary>
/// Writes events as PLOVER records, one JSON object per line, with the field names of PLOVER's
/// gold-standard records: id, date, event, mode, context, source and target (lists of
/// {actorText, code}), eventLoc, dead, text, language, publication. Only events the
/// extractor gave a PLOVER type are written; the others have no PLOVER reading.
/// </summary>
public static class PloverJsonWriter
{
    /// <summary>Writes the PLOVER-typed events as JSON lines; returns how many it wrote.</summary>
    public static int WriteLines(Stream output, IEnumerable<SourcedEvent> events, CancellationToken cancellationToken = default) =>
        JsonLines.Write(output, events, (json, e) =>
        {
            if (string.IsNullOrEmpty(e.Event.PloverType)) return false;
            Write(json, e);
            return true;
        }, cancellationToken);

    public static void Write(Utf8JsonWriter json, SourcedEvent sourced)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourced);
        ConflictEvent e = sourced.Event;
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        json.WriteString("date", e.Date.Start.ToString("yyyy-MM-dd"));
        json.WriteString("event", e.PloverType ?? "");
        json.WriteString("mode", e.PloverMode ?? "");
        json.WriteString("context", Context(e.EventType));
        WriteActors(json, "source", new[] { e.Actor1 }.OfType<ActorRef>().Concat(e.AssocActor1));
        WriteActors(json, "target", new[] { e.Actor2 }.OfType<ActorRef>().Concat(e.AssocActor2));
        json.WriteStartObject("eventLoc");
        json.WriteString("name", e.Place.Location ?? e.Place.Admin1 ?? e.Place.Country);
        json.WriteString("country code", e.Place.Country);
        if (e.Place.Admin1 is string admin1) json.WriteString("admin1", admin1);
        if (e.Place.Admin2 is string admin2) json.WriteString("admin2", admin2);
        if (e.Place.Point is GeoPoint p)
        {
            json.WriteNumber("lat", Math.Round(p.Latitude, 4));
            json.WriteNumber("lon", Math.Round(p.Longitude, 4));
        }
        json.WriteEndObject();
        if (e.Fatalities.Best is int dead) json.WriteNumber("dead", dead);
        Evidence? sentence = e.Evidence.FirstOrDefault(x => x.Field == "event") ?? e.Evidence.FirstOrDefault();
        json.WriteString("text", sentence?.Text ?? "");
        json.WriteString("language", "en");
        json.WriteString("publication", string.Join("; ", sourced.OutletNames));
        json.WriteEndObject();
    }

    /// <summary>PLOVER's context (the "why") as far as the ACLED type tells it; empty when it does not.</summary>
    public static string Context(string eventType) => eventType switch
    {
        AcledTypology.Battles or AcledTypology.ExplosionsRemoteViolence => "military",
        AcledTypology.Protests or AcledTypology.Riots => "political",
        _ => "",
    };

    private static void WriteActors(Utf8JsonWriter json, string name, IEnumerable<ActorRef> actors)
    {
        json.WriteStartArray(name);
        foreach (ActorRef actor in actors)
        {
            json.WriteStartObject();
            json.WriteString("actorText", actor.Name);
            json.WriteString("code", actor.Country ?? "");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
