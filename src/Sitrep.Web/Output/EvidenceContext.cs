using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Storage;

namespace Sitrep.Web.Output;

/// <summary>
/// The part of the origin document that an event's span and evidence lie in, with some text either
/// side, so a reader sees each piece of evidence in place. Offsets stay those of the whole document.
/// </summary>
internal static class EvidenceContext
{
    public const int Margin = 400;

    public static void Write(Utf8JsonWriter json, StoredEvent stored, StoredDocument? document)
    {
        json.WritePropertyName("context");
        if (document is null)
        {
            json.WriteNullValue();
            return;
        }
        IEnumerable<Span> spans = stored.Event.Evidence.Select(e => e.Span).Append(stored.Event.Span);
        int start = Math.Max(0, spans.Min(s => s.Start) - Margin);
        int end = Math.Min(document.Text.Length, spans.Max(s => s.End) + Margin);
        start = WordStart(document.Text, start);
        json.WriteStartObject();
        json.WriteString("document_id", document.Id);
        JsonBody.NullableString(json, "title", document.Title);
        JsonBody.NullableString(json, "url", document.Url);
        JsonBody.NullableString(json, "outlet", document.Outlet);
        JsonBody.NullableDate(json, "published", document.Published);
        json.WriteNumber("document_length", document.Text.Length);
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
        json.WriteString("text", document.Text[start..end]);
        json.WriteEndObject();
    }

    // Starts the window at a word boundary so it does not open mid-word (or mid surrogate pair).
    private static int WordStart(string text, int start)
    {
        if (start == 0) return 0;
        int limit = Math.Min(text.Length, start + 40);
        for (int i = start; i < limit; i++)
        {
            if (char.IsWhiteSpace(text[i])) return i + 1;
        }
        return char.IsLowSurrogate(text[start]) ? start + 1 : start;
    }
}
