using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Events.Export;

/// <summary>
/// The JSON of a stored event: <see cref="EventJsonWriter"/>'s properties, then span_start,
/// span_end, document_id and the sources: the line format of `sitrep events --format jsonl`,
/// which `sitrep export --format jsonl` repeats and the store's JSONL import reads back.
/// </summary>
public static class SourcedEventJsonWriter
{
    /// <summary>Sitrep's JSON output options: non-ASCII text written as is, not as \u escapes.</summary>
    public static JsonWriterOptions JsonOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Utf8JsonWriter json, SourcedEvent e)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(e);
        json.WriteStartObject();
        EventJsonWriter.WriteProperties(json, e.Event);
        // The event's own span (its sentence) is not in the event shape; a re-import needs it.
        json.WriteNumber("span_start", e.Event.Span.Start);
        json.WriteNumber("span_end", e.Event.Span.End);
        json.WriteString("document_id", e.DocumentId);
        json.WriteStartArray("sources");
        foreach (SourceCitation source in e.Sources.IsDefault ? [] : e.Sources)
        {
            json.WriteStartObject();
            json.WriteString("document_id", source.DocumentId);
            json.WriteString("source", source.Source);
            if (source.Url is null) json.WriteNull("url"); else json.WriteString("url", source.Url);
            if (source.Outlet is null) json.WriteNull("outlet"); else json.WriteString("outlet", source.Outlet);
            if (source.Published is DateOnly published) json.WriteString("published", published.ToString("yyyy-MM-dd")); else json.WriteNull("published");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes one JSON object per line (LF), flushing as it goes; returns how many events it wrote.</summary>
    public static int WriteLines(Stream output, IEnumerable<SourcedEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        int count = 0;
        using var json = new Utf8JsonWriter(output, JsonOptions(indented: false));
        foreach (SourcedEvent e in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Write(json, e);
            json.Flush();
            output.WriteByte((byte)'\n');
            json.Reset();
            count++;
        }
        output.Flush();
        return count;
    }

    /// <summary>Writes the events as one indented JSON array; returns how many events it wrote.</summary>
    public static int WriteArray(Stream output, IEnumerable<SourcedEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        int count = 0;
        using (var json = new Utf8JsonWriter(output, JsonOptions(indented: true)))
        {
            json.WriteStartArray();
            foreach (SourcedEvent e in events)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Write(json, e);
                if (json.BytesPending > 1 << 16) json.Flush();
                count++;
            }
            json.WriteEndArray();
        }
        output.WriteByte((byte)'\n');
        output.Flush();
        return count;
    }
}
