using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Sitrep.Evaluation.Gold;

/// <summary>Typed reads of one JSON object's fields; a missing or mistyped field becomes a problem naming the owner and field.</summary>
internal sealed class JsonFields(JsonElement owner, ProblemSink problems, string label)
{
    public string Label => label;

    public ProblemSink Problems => problems;

    public void Error(string field, string message) => problems.Error($"{label}: field '{field}': {message}");

    public bool IsAbsentOrNull(string field) =>
        !owner.TryGetProperty(field, out JsonElement value) || value.ValueKind == JsonValueKind.Null;

    public string? RequiredString(string field)
    {
        if (!owner.TryGetProperty(field, out JsonElement value))
        {
            Error(field, "is missing");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Error(field, "must be a non-empty string");
            return null;
        }
        return value.GetString();
    }

    public string? OptionalString(string field)
    {
        if (IsAbsentOrNull(field)) return null;
        JsonElement value = owner.GetProperty(field);
        if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())) return value.GetString();
        Error(field, "must be a non-empty string or null");
        return null;
    }

    public bool? RequiredBool(string field)
    {
        if (!owner.TryGetProperty(field, out JsonElement value))
        {
            Error(field, "is missing");
            return null;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Error(field, "must be true or false");
        return null;
    }

    public bool OptionalBool(string field, bool fallback)
    {
        if (IsAbsentOrNull(field)) return fallback;
        JsonElement value = owner.GetProperty(field);
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Error(field, "must be true or false");
        return fallback;
    }

    public DateOnly? RequiredDate(string field)
    {
        string? text = RequiredString(field);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)) return date;
        Error(field, $"'{text}' is not a date in the form YYYY-MM-DD");
        return null;
    }

    public double? OptionalNumber(string field)
    {
        if (IsAbsentOrNull(field)) return null;
        JsonElement value = owner.GetProperty(field);
        if (value.ValueKind == JsonValueKind.Number) return value.GetDouble();
        Error(field, "must be a number or null");
        return null;
    }

    /// <summary>A non-negative integer or null; <paramref name="valid"/> turns false when the value is unusable.</summary>
    public int? OptionalCount(string field, ref bool valid)
    {
        if (IsAbsentOrNull(field)) return null;
        JsonElement value = owner.GetProperty(field);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int count) && count >= 0) return count;
        Error(field, "must be a non-negative whole number or null");
        valid = false;
        return null;
    }

    /// <summary>A list of non-empty names, or null when the field is absent or null.</summary>
    public ImmutableArray<string>? OptionalNames(string field)
    {
        if (IsAbsentOrNull(field)) return null;
        return Names(owner.GetProperty(field), field);
    }

    public ImmutableArray<string>? Names(JsonElement value, string field)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            Error(field, "must be a non-empty list of names or null");
            return null;
        }
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (JsonElement name in value.EnumerateArray())
        {
            if (name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
            {
                Error(field, "every name must be a non-empty string");
                return null;
            }
            names.Add(name.GetString()!);
        }
        return names.ToImmutable();
    }

    public bool TryGet(string field, out JsonElement value) => owner.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null;
}
