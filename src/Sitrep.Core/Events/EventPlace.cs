namespace Sitrep.Events;

/// <summary>Where an event happened: the most specific named place, its country and admin1, coordinates and precision.</summary>
public sealed record EventPlace
{
    /// <summary>ISO 3166-1 alpha-3.</summary>
    public required string Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Location { get; init; }
    public GeoPoint? Point { get; init; }
    public GeoPrecision Precision { get; init; } = GeoPrecision.Country;
}
