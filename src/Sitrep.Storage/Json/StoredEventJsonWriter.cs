using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Events;

namespace Sitrep.Storage.Json;

/// <summary>
/// Writes a stored event as one JSON object: the event as <see cref="EventJsonWriter"/> prints it,
/// then <c>span_start</c>, <c>span_end</c>, <c>document_id</c> and <c>sources</c>. This is the line format of
/// <c>sitrep events --format jsonl</c>, which <see cref="StoredEventJsonReader"/> reads back.
/// </summary>
public static class StoredEventJsonWriter
{
    public static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="exact">
    /// Adds an <c>exact</c> object with the unrounded coordinates and confidence (the printed ones
    /// are rounded to 4 and 3 decimals); the store keeps merged reports this way.
    /// </param>
    public static void Write(Utf8JsonWriter json, StoredEvent stored, bool exact = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(stored);
        json.WriteStartObject();
        WriteProperties(json, stored);
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

    /// <summary>The properties of <see cref="Write"/> without the enclosing object, for hosts that add their own (the HTTP API's event detail).</summary>
    public static void WriteProperties(Utf8JsonWriter json, StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(stored);
        EventJsonWriter.WriteProperties(json, stored.Event);
        // The event's own span (its sentence) is not in the event shape; without it a re-import would lose it.
        json.WriteNumber("span_start", stored.Event.Span.Start);
        json.WriteNumber("span_end", stored.Event.Span.End);
        json.WriteString("document_id", stored.DocumentId);
        json.WriteStartArray("sources");
        foreach (EventSource source in stored.Sources.IsDefault ? [] : stored.Sources)
        {
            json.WriteStartObject();
            json.WriteString("document_id", source.DocumentId);
            json.WriteString("source", source.Source);
            WriteNullable(json, "url", source.Url);
            WriteNullable(json, "outlet", source.Outlet);
            WriteNullable(json, "published", source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>The event as one line of JSON (no line break).</summary>
    public static string ToLine(StoredEvent stored, bool exact = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options(indented: false))) Write(json, stored, exact);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }
}
