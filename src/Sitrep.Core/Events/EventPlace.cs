namespace Sitrep.Events;

/// <summary>Where an event happened: the most specific named place, its country, admin1 and admin2, coordinates and precision.</summary>
public sealed record EventPlace
{
    /// <summary>ISO 3166-1 alpha-3.</summary>
    public required string Country { get; init; }
    public string? Admin1 { get; init; }

    /// <summary>The second-level area (district, department, LGA) the place lies in, where the gazetteer knows it.</summary>
    public string? Admin2 { get; init; }
    public string? Location { get; init; }
    public GeoPoint? Point { get; init; }
    public GeoPrecision Precision { get; init; } = GeoPrecision.Country;
}
