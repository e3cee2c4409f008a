using System.Collections.Immutable;
using System.Globalization;

namespace Sitrep.Events.Export;

/// <summary>
/// One event as an ACLED row: every column of ACLED's export, typed, in ACLED's order
/// (<see cref="Columns"/>). Built by <see cref="AcledRecordBuilder"/>; written by <see cref="AcledCsvWriter"/>.
/// </summary>
public sealed record AcledRecord
{
    /// <summary>ACLED's column names, in ACLED's order.</summary>
    public static ImmutableArray<string> Columns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public required string EventIdCnty { get; init; }
    public required DateOnly EventDate { get; init; }
    public int Year => EventDate.Year;
    public required int TimePrecision { get; init; }
    public required string DisorderType { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public string Actor1 { get; init; } = "";
    public string AssocActor1 { get; init; } = "";
    public int? Inter1 { get; init; }
    public string Actor2 { get; init; } = "";
    public string AssocActor2 { get; init; } = "";
    public int? Inter2 { get; init; }
    public int? Interaction { get; init; }
    public string CivilianTargeting { get; init; } = "";
    public int? Iso { get; init; }
    public string Region { get; init; } = "";
    public required string Country { get; init; }
    public string Admin1 { get; init; } = "";
    public string Admin2 { get; init; } = "";
    public string Admin3 { get; init; } = "";
    public string Location { get; init; } = "";
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required int GeoPrecision { get; init; }
    public string Source { get; init; } = "";
    public string SourceScale { get; init; } = "";
    public string Notes { get; init; } = "";
    public int Fatalities { get; init; }
    public string Tags { get; init; } = "";
    public long? Timestamp { get; init; }

    /// <summary>The cells in <see cref="Columns"/> order, formatted as ACLED prints them (invariant culture, empty for unknown).</summary>
    public string[] Cells() =>
    [
        EventIdCnty, EventDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Number(Year), Number(TimePrecision),
        DisorderType, EventType, SubEventType,
        Actor1, AssocActor1, Number(Inter1), Actor2, AssocActor2, Number(Inter2), Number(Interaction), CivilianTargeting,
        Number(Iso), Region, Country, Admin1, Admin2, Admin3, Location, Coordinate(Latitude), Coordinate(Longitude), Number(GeoPrecision),
        Source, SourceScale, Notes, Number(Fatalities), Tags, Timestamp?.ToString(CultureInfo.InvariantCulture) ?? "",
    ];

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    // ACLED publishes coordinates to four decimals (about 11 m).
    private static string Coordinate(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
