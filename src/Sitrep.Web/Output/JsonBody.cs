using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Output;

/// <summary>Builds a JSON response with a Utf8JsonWriter, the way every Sitrep host prints events.</summary>
internal static class JsonBody
{
    // Default escaping: '<', '>', '&' and quotes leave as \u escapes, so a JSON body pasted into a page cannot open a tag.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static IResult Write(Action<Utf8JsonWriter> write, string contentType = ResponseFormat.JsonType)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) write(json);
        return Results.Bytes(buffer.ToArray(), contentType + "; charset=utf-8");
    }

    public static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }

    public static void NullableDate(Utf8JsonWriter json, string name, DateOnly? value)
    {
        if (value is DateOnly date) json.WriteString(name, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }
}
