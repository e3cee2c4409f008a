using Microsoft.AspNetCore.Mvc;
using Sitrep.Storage;

namespace Sitrep.Web.Api;

/// <summary>
/// The event filters every listing endpoint shares, bound from the query string as text so that a
/// bad value becomes a problem naming its parameter instead of a framework binding error.
/// </summary>
internal sealed class FilterParameters
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "country", "admin1", "type", "sub_type", "actor", "since", "until", "bbox", "near", "text",
    };

    /// <summary>ISO 3166-1 alpha-3 country code, e.g. MLI.</summary>
    [FromQuery(Name = "country")] public string? Country { get; init; }

    /// <summary>First-level administrative division as stored, e.g. Mopti.</summary>
    [FromQuery(Name = "admin1")] public string? Admin1 { get; init; }

    /// <summary>ACLED event type or sub-type, spelled exactly.</summary>
    [FromQuery(Name = "type")] public string? Type { get; init; }

    /// <summary>ACLED sub-event type, spelled exactly.</summary>
    [FromQuery(Name = "sub_type")] public string? SubType { get; init; }

    /// <summary>Part of an actor's name or alias, any case.</summary>
    [FromQuery(Name = "actor")] public string? Actor { get; init; }

    /// <summary>Events whose dates end on or after this day (YYYY-MM-DD).</summary>
    [FromQuery(Name = "since")] public string? Since { get; init; }

    /// <summary>Events whose dates start on or before this day (YYYY-MM-DD).</summary>
    [FromQuery(Name = "until")] public string? Until { get; init; }

    /// <summary>west,south,east,north in degrees.</summary>
    [FromQuery(Name = "bbox")] public string? Bbox { get; init; }

    /// <summary>lat,lon,km.</summary>
    [FromQuery(Name = "near")] public string? Near { get; init; }

    /// <summary>Part of the evidence text, any case.</summary>
    [FromQuery(Name = "text")] public string? Text { get; init; }

    /// <summary>The filters as a query (unpaged, default order), or the parser's first error.</summary>
    public EventQuery ToQuery(ParameterParser parser) => new()
    {
        Country = Country,
        Admin1 = Admin1,
        EventType = Type,
        SubEventType = SubType,
        Actor = Actor,
        Since = parser.Date("since", Since),
        Until = parser.Date("until", Until),
        Bounds = parser.Box("bbox", Bbox),
        Near = parser.Circle("near", Near),
        Text = Text,
    };
}
