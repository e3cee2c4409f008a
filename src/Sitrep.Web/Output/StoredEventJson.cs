using System.Text.Json;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Web.Output;

/// <summary>A stored event as JSON: the event in the extractor's shape plus its origin document and sources.</summary>
internal static class StoredEventJson
{
    public static void Write(Utf8JsonWriter json, StoredEvent stored)
    {
        json.WriteStartObject();
        WriteProperties(json, stored);
        json.WriteEndObject();
    }

    public static void WriteProperties(Utf8JsonWriter json, StoredEvent stored)
    {
        EventJsonWriter.WriteProperties(json, stored.Event);
        json.WriteString("document_id", stored.DocumentId);
        json.WriteStartArray("sources");
        foreach (EventSource source in stored.Sources)
        {
            json.WriteStartObject();
            json.WriteString("document_id", source.DocumentId);
            json.WriteString("source", source.Source);
            JsonBody.NullableString(json, "url", source.Url);
            JsonBody.NullableString(json, "outlet", source.Outlet);
            JsonBody.NullableDate(json, "published", source.Published);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
