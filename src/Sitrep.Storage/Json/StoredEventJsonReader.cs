using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;

namespace Sitrep.Storage.Json;

/// <summary>
/// Reads the JSON lines <see cref="StoredEventJsonWriter"/> writes (<c>sitrep events --format
/// jsonl</c>). A bad line is a <see cref="ErrorCodes.MalformedJsonLine"/> problem naming the file
/// and line; the good lines are still returned so a caller can report every problem at once.
/// </summary>
public static class StoredEventJsonReader
{
    public static StoredEventReadResult Read(TextReader reader, string subject)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(subject);
        var events = ImmutableArray.CreateBuilder<StoredEvent>();
        var problems = ImmutableArray.CreateBuilder<Problem>();
        int lineNumber = 0;
        while (reader.ReadLine() is string line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                events.Add(ParseLine(line));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException or KeyNotFoundException)
            {
                problems.Add(new Problem(ErrorCodes.MalformedJsonLine, subject, $"not a stored event: {ex.Message}") { Line = lineNumber });
            }
        }
        return new StoredEventReadResult(events.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Parses one line; throws <see cref="FormatException"/> (or a JSON or argument exception) when it is not a stored event.</summary>
    public static StoredEvent ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        using JsonDocument document = JsonDocument.Parse(line);
        JsonElement o = document.RootElement;
        if (o.ValueKind != JsonValueKind.Object) throw new FormatException("the line is not a JSON object");
        JsonElement? exact = Optional(o, "exact");
        double? lat = Number(exact, "latitude") ?? NullableDouble(o, "latitude");
        double? lon = Number(exact, "longitude") ?? NullableDouble(o, "longitude");
        if ((lat is null) != (lon is null)) throw new FormatException("latitude and longitude must both be given or both be null");
        JsonElement fatalities = Required(o, "fatalities");
        var e = new ConflictEvent
        {
            Id = RequiredString(o, "id"),
            EventType = RequiredString(o, "event_type"),
            SubEventType = RequiredString(o, "sub_event_type"),
            PloverType = NullableString(o, "plover_type"),
            PloverMode = NullableString(o, "plover_mode"),
            Background = Required(o, "background").GetBoolean(),
            Aggregate = Required(o, "aggregate").GetBoolean(),
            Actor1 = Actor(Required(o, "actor1")),
            Actor2 = Actor(Required(o, "actor2")),
            AssocActor1 = [.. Array(o, "assoc_actor1").Select(a => Actor(a)!)],
            AssocActor2 = [.. Array(o, "assoc_actor2").Select(a => Actor(a)!)],
            Date = new EventDate(Date(RequiredString(o, "date_start")), Date(RequiredString(o, "date_end")),
                Enum<DatePrecision>(RequiredString(o, "date_precision"), "date_precision")),
            Place = new EventPlace
            {
                Country = RequiredString(o, "country"),
                Admin1 = NullableString(o, "admin1"),
                Admin2 = NullableString(o, "admin2"),
                Location = NullableString(o, "location"),
                Point = lat is double la && lon is double lo ? new GeoPoint(la, lo) : null,
                Precision = Enum<GeoPrecision>(RequiredString(o, "geo_precision"), "geo_precision"),
            },
            Fatalities = new FatalityCount(NullableInt(fatalities, "low"), NullableInt(fatalities, "best"), NullableInt(fatalities, "high")),
            Claims = [.. Array(o, "claims").Select(c => new Claim(
                [.. Array(c, "by").Select(b => b.GetString()!)], Enum<ClaimKind>(RequiredString(c, "what"), "claims.what")))],
            Confidence = Number(exact, "confidence") ?? Required(o, "confidence").GetDouble(),
            Span = SpanOf(o),
            Evidence = [.. Array(o, "evidence").Select(v => new Evidence(RequiredString(v, "field"),
                new Span(Required(v, "start").GetInt32(), Required(v, "end").GetInt32()), RequiredString(v, "text")))],
        };
        if (e.Confidence is < 0 or > 1 || double.IsNaN(e.Confidence)) throw new FormatException($"confidence {e.Confidence} is outside [0, 1]");
        ImmutableArray<EventSource> sources = [.. Array(o, "sources").Select(s => new EventSource(
            RequiredString(s, "document_id"), NullableString(s, "url"), NullableString(s, "outlet"),
            NullableString(s, "published") is string p ? Date(p) : null, RequiredString(s, "source")))];
        string documentId = RequiredString(o, "document_id");
        if (!sources.Any(s => s.DocumentId == documentId))
            throw new FormatException($"document_id '{documentId}' is not among the event's sources");
        return new StoredEvent(e, documentId, sources);
    }

    // The printed shape has no top-level span; the event's sentence is its evidence span when present, else empty.
    private static Span SpanOf(JsonElement o) =>
        Optional(o, "span_start") is JsonElement s && Optional(o, "span_end") is JsonElement e ? new Span(s.GetInt32(), e.GetInt32()) : new Span(0, 0);

    private static ActorRef? Actor(JsonElement a) => a.ValueKind == JsonValueKind.Null ? null : new ActorRef
    {
        Name = RequiredString(a, "name"),
        Aliases = [.. Array(a, "aliases").Select(x => x.GetString()!)],
        Type = NullableString(a, "type"),
        Inter = NullableInt(a, "inter"),
        Country = NullableString(a, "country"),
    };

    private static JsonElement Required(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out JsonElement value) ? value : throw new FormatException($"'{name}' is missing");

    private static JsonElement? Optional(JsonElement? o, string name) =>
        o is JsonElement e && e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string RequiredString(JsonElement o, string name) =>
        Required(o, name) is { ValueKind: JsonValueKind.String } s && s.GetString() is { Length: > 0 } text ? text : throw new FormatException($"'{name}' must be a non-empty string");

    private static string? NullableString(JsonElement o, string name) => Optional(o, name)?.GetString();

    private static int? NullableInt(JsonElement o, string name) => Optional(o, name)?.GetInt32();

    private static double? NullableDouble(JsonElement o, string name) => Optional(o, name)?.GetDouble();

    private static double? Number(JsonElement? o, string name) => Optional(o, name)?.GetDouble();

    private static IEnumerable<JsonElement> Array(JsonElement o, string name) =>
        Optional(o, name) is JsonElement a ? (a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : throw new FormatException($"'{name}' must be an array")) : [];

    private static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : throw new FormatException($"'{text}' is not a date YYYY-MM-DD");

    private static T Enum<T>(string text, string name) where T : struct, Enum =>
        System.Enum.TryParse(text, ignoreCase: true, out T value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text[0])
            ? value : throw new FormatException($"'{text}' is not a valid {name}");
}
