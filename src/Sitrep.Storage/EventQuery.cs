using Sitrep.Errors;

namespace Sitrep.Storage;

/// <summary>
/// Filters for <see cref="IEventStore.QueryEvents"/>; every filter set must hold. Strings are
/// matched as literals (no wildcards): <see cref="EventType"/> exactly against the type or the
/// sub-type, <see cref="Actor"/> and <see cref="Text"/> as case-insensitive substrings.
/// </summary>
public sealed record EventQuery
{
    public const int DefaultLimit = 1000;
    public const int MaxLimit = 100_000;
    public const int MaxStringLength = 500;

    /// <summary>ISO 3166-1 alpha-3; matched case-insensitively.</summary>
    public string? Country { get; init; }

    /// <summary>Keeps events whose date interval ends on or after this day.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Keeps events whose date interval starts on or before this day.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>An ACLED event type or sub-type, spelled exactly.</summary>
    public string? EventType { get; init; }

    /// <summary>Part of any name or alias of any actor on the event.</summary>
    public string? Actor { get; init; }

    /// <summary>Part of the event's evidence text (its sentence or any field's evidence).</summary>
    public string? Text { get; init; }

    /// <summary>One event by its public id.</summary>
    public string? EventId { get; init; }

    /// <summary>The first-level administrative division, spelled as stored; ASCII letters match in any case.</summary>
    public string? Admin1 { get; init; }

    /// <summary>An ACLED sub-event type, spelled exactly.</summary>
    public string? SubEventType { get; init; }

    /// <summary>Keeps events with coordinates inside the box.</summary>
    public GeoBox? Bounds { get; init; }

    /// <summary>Keeps events with coordinates inside the circle.</summary>
    public GeoCircle? Near { get; init; }

    public EventSort Sort { get; init; } = EventSort.DateAscending;

    public int Limit { get; init; } = DefaultLimit;
    public int Offset { get; init; }

    /// <summary>The first invalid parameter as a problem whose subject is the parameter name, or null when the query is valid.</summary>
    public Problem? Validate()
    {
        if (Country is not null && (Country.Length != 3 || !Country.All(char.IsAsciiLetter)))
            return Invalid("country", $"must be an ISO 3166-1 alpha-3 code such as MLI (was '{Country}')");
        if (Since is DateOnly since && Until is DateOnly until && since > until)
            return Invalid("since", $"{since:yyyy-MM-dd} is after until {until:yyyy-MM-dd}");
        if (CheckString("type", EventType) is Problem type) return type;
        if (CheckString("actor", Actor) is Problem actor) return actor;
        if (CheckString("text", Text) is Problem text) return text;
        if (CheckString("id", EventId) is Problem id) return id;
        if (CheckString("admin1", Admin1) is Problem admin1) return admin1;
        if (CheckString("sub_type", SubEventType) is Problem subType) return subType;
        if (Bounds?.Check() is string boxProblem) return Invalid("bbox", boxProblem);
        if (Near?.Check() is string nearProblem) return Invalid("near", nearProblem);
        if (!Enum.IsDefined(Sort)) return Invalid("sort", $"unknown order {Sort}");
        if (Limit is < 1 or > MaxLimit)
            return Invalid("limit", $"must lie in 1..{MaxLimit} (was {Limit})");
        if (Offset < 0)
            return Invalid("offset", $"must not be negative (was {Offset})");
        return null;
    }

    private static Problem? CheckString(string parameter, string? value)
    {
        if (value is null) return null;
        if (string.IsNullOrWhiteSpace(value)) return Invalid(parameter, "must not be empty");
        if (value.Length > MaxStringLength) return Invalid(parameter, $"must be at most {MaxStringLength} characters (was {value.Length})");
        return null;
    }

    private static Problem Invalid(string parameter, string message) =>
        new(ErrorCodes.InvalidQuery, parameter, $"invalid query parameter '{parameter}': {message}");
}
