using System.Text.Json;
using Sitrep.Events;
using Sitrep.Events.Export;

namespace Sitrep.Storage.Json;

/// <summary>
/// Writes a stored event as one JSON object in the format of <see cref="SourcedEventJsonWriter"/>
/// (the line format of <c>sitrep events --format jsonl</c> and <c>sitrep export --format jsonl</c>,
/// which <see cref="StoredEventJsonReader"/> reads back), optionally with the unrounded values the
/// store keeps in its report bodies.
/// </summary>
public static class StoredEventJsonWriter
{
    public static JsonWriterOptions Options(bool indented) => SourcedEventJsonWriter.JsonOptions(indented);

    /// <param name="exact">
    /// Adds an <c>exact</c> object with the unrounded coordinates and confidence (the printed ones
    /// are rounded to 4 and 3 decimals); the store keeps merged reports this way.
    /// </param>
    public static void Write(Utf8JsonWriter json, StoredEvent stored, bool exact = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(stored);
        json.WriteStartObject();
        SourcedEventJsonWriter.WriteProperties(json, stored.ToSourced());
        if (exact)
        {
            json.WriteStartObject("exact");
            if (stored.Event.Place.Point is GeoPoint p)
            {
                json.WriteNumber("latitude", p.Latitude);
                json.WriteNumber("longitude", p.Longitude);
            }
            json.WriteNumber("confidence", stored.Event.Confidence);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>The event as one line of JSON (no line break).</summary>
    public static string ToLine(StoredEvent stored, bool exact = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options(indented: false))) Write(json, stored, exact);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
