using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Documents;

namespace Sitrep.Cli.Output;

/// <summary>
/// Prints any annotation layer generically: each item as an object with its <c>start</c>,
/// <c>end</c> and <c>text</c> first, then the item's own properties in snake_case. New layers need
/// no printing code of their own.
/// </summary>
internal static class LayerJsonWriter
{
    private static readonly JsonSerializerOptions ItemOptions = CreateOptions();

    public static void WriteLayer(Utf8JsonWriter json, Document document, AnnotationLayer layer)
    {
        json.WriteStartArray(layer.Name);
        foreach (ISpanned item in layer.Items)
        {
            json.WriteStartObject();
            json.WriteNumber("start", item.Span.Start);
            json.WriteNumber("end", item.Span.End);
            json.WriteString("text", document.TextOf(item.Span));
            JsonElement element = JsonSerializer.SerializeToElement(item, item.GetType(), ItemOptions);
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (property.NameEquals("span") || property.NameEquals("start") || property.NameEquals("end") || property.NameEquals("text")) continue;
                property.WriteTo(json);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
