using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Events;

namespace Sitrep.Evaluation.Gold;

/// <summary>Reads and validates one event object of a gold file.</summary>
internal static partial class GoldEventParser
{
    private static readonly ImmutableHashSet<string> KnownKeys =
    [
        "id", "required", "background", "aggregate", "event_type", "sub_event_type", "actor1", "actor2",
        "assoc_actor1", "assoc_actor2", "date_start", "date_end", "date_precision", "country", "admin1",
        "location", "latitude", "longitude", "geo_precision", "fatalities", "claims", "evidence",
    ];

    public static GoldEvent? Parse(JsonElement element, int index, ProblemSink problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Error($"event #{index + 1}: must be an object");
            return null;
        }
        string? id = element.TryGetProperty("id", out JsonElement idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
        var fields = new JsonFields(element, problems, string.IsNullOrWhiteSpace(id) ? $"event #{index + 1}" : $"event {id}");
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!KnownKeys.Contains(property.Name)) problems.Warning($"{fields.Label}: unknown field '{property.Name}' is ignored");
        }

        id = fields.RequiredString("id");
        bool? required = fields.RequiredBool("required");
        bool? background = fields.RequiredBool("background");
        bool aggregate = fields.OptionalBool("aggregate", false);
        (string? eventType, string? subType) = ReadTypes(fields);
        bool actorsValid = true;
        GoldActor? actor1 = ReadActor(fields, "actor1", ref actorsValid);
        GoldActor? actor2 = ReadActor(fields, "actor2", ref actorsValid);
        ImmutableArray<GoldActor>? assoc1 = ReadAssociates(fields, "assoc_actor1");
        ImmutableArray<GoldActor>? assoc2 = ReadAssociates(fields, "assoc_actor2");
        EventDate? date = ReadDate(fields);
        string? country = ReadCountry(fields);
        string? admin1 = fields.OptionalString("admin1");
        string? location = fields.OptionalString("location");
        bool pointValid = TryReadPoint(fields, out GeoPoint? point);
        GeoPrecision? geoPrecision = ReadEnum<GeoPrecision>(fields, "geo_precision", required: true);
        FatalityCount? fatalities = GoldFieldParsers.ReadFatalities(fields);
        ImmutableArray<Claim>? claims = GoldFieldParsers.ReadClaims(fields);
        string? evidence = fields.RequiredString("evidence");

        if (id is null || required is null || background is null || eventType is null || subType is null || !actorsValid ||
            assoc1 is null || assoc2 is null || date is null || country is null || !pointValid || geoPrecision is null ||
            fatalities is null || claims is null || evidence is null)
            return null;
        return new GoldEvent
        {
            Id = id, Required = required.Value, Background = background.Value, Aggregate = aggregate,
            EventType = eventType, SubEventType = subType, Actor1 = actor1, Actor2 = actor2,
            AssocActor1 = assoc1.Value, AssocActor2 = assoc2.Value, Date = date.Value, Country = country,
            Admin1 = admin1, Location = location, Point = point, GeoPrecision = geoPrecision.Value,
            Fatalities = fatalities.Value, Claims = claims.Value, Evidence = evidence,
        };
    }

    private static (string? EventType, string? SubType) ReadTypes(JsonFields fields)
    {
        string? eventType = fields.RequiredString("event_type");
        string? subType = fields.RequiredString("sub_event_type");
        if (eventType is not null && !AcledTypology.IsEventType(eventType))
        {
            fields.Error("event_type", $"'{eventType}' is not an ACLED event type");
            return (null, null);
        }
        if (eventType is not null && subType is not null && !AcledTypology.IsSubType(eventType, subType))
        {
            fields.Error("sub_event_type", $"'{subType}' is not a sub-type of '{eventType}'");
            return (null, null);
        }
        return (eventType, subType);
    }

    private static GoldActor? ReadActor(JsonFields fields, string field, ref bool valid)
    {
        if (fields.IsAbsentOrNull(field)) return null;
        ImmutableArray<string>? names = fields.OptionalNames(field);
        if (names is null)
        {
            valid = false;
            return null;
        }
        return new GoldActor(names.Value);
    }

    private static ImmutableArray<GoldActor>? ReadAssociates(JsonFields fields, string field)
    {
        if (!fields.TryGet(field, out JsonElement value)) return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            fields.Error(field, "must be a list of name lists");
            return null;
        }
        var actors = ImmutableArray.CreateBuilder<GoldActor>();
        foreach (JsonElement names in value.EnumerateArray())
        {
            ImmutableArray<string>? parsed = fields.Names(names, field);
            if (parsed is null) return null;
            actors.Add(new GoldActor(parsed.Value));
        }
        return actors.ToImmutable();
    }

    private static EventDate? ReadDate(JsonFields fields)
    {
        DateOnly? start = fields.RequiredDate("date_start");
        DateOnly? end = fields.RequiredDate("date_end");
        DatePrecision? precision = ReadEnum<DatePrecision>(fields, "date_precision", required: true);
        if (start is null || end is null || precision is null) return null;
        if (end < start)
        {
            fields.Error("date_end", $"{end:yyyy-MM-dd} is before date_start {start:yyyy-MM-dd}");
            return null;
        }
        return new EventDate(start.Value, end.Value, precision.Value);
    }

    private static string? ReadCountry(JsonFields fields)
    {
        string? country = fields.RequiredString("country");
        if (country is null || CountryCode().IsMatch(country)) return country;
        fields.Error("country", $"'{country}' is not an ISO 3166-1 alpha-3 code (three capital letters)");
        return null;
    }

    private static bool TryReadPoint(JsonFields fields, out GeoPoint? point)
    {
        point = null;
        double? latitude = fields.OptionalNumber("latitude");
        double? longitude = fields.OptionalNumber("longitude");
        if (latitude is null != longitude is null)
        {
            fields.Error(latitude is null ? "latitude" : "longitude", "latitude and longitude must both be given or both be null");
            return false;
        }
        if (latitude is not double lat || longitude is not double lon) return true;
        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            fields.Error("latitude", $"({lat}, {lon}) is not a coordinate");
            return false;
        }
        point = new GeoPoint(lat, lon);
        return true;
    }

    /// <summary>An enum spelled in lower case in the gold file ("day", "admin1").</summary>
    internal static T? ReadEnum<T>(JsonFields fields, string field, bool required) where T : struct, Enum
    {
        string? text = required ? fields.RequiredString(field) : fields.OptionalString(field);
        if (text is null) return null;
        foreach (T value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.Ordinal) ||
                string.Equals(value.ToString().ToLowerInvariant(), text, StringComparison.Ordinal))
                return value;
        }
        string allowed = string.Join(", ", Enum.GetValues<T>().Select(v => v.ToString().ToLowerInvariant()));
        fields.Error(field, $"'{text}' is not one of {allowed}");
        return null;
    }

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();
}
