using Sitrep.Events;

namespace Sitrep.Geo;

/// <summary>
/// One named place. <see cref="Id"/> is stable across rebuilds: <c>gn:N</c> for a GeoNames id,
/// <c>a1:CC.X</c>/<c>a2:CC.X.Y</c> for admin areas, <c>c:ISO3</c> for countries, <c>p:CC:lat:lon</c>
/// for GeoNames places published without an id, and <c>alias:...</c> for curated additions.
/// </summary>
public sealed record GazetteerEntry
{
    public required string Id { get; init; }

    /// <summary>The GeoNames id where the entry has one.</summary>
    public long? GeonamesId { get; init; }

    public required string Name { get; init; }
    public required string AsciiName { get; init; }
    public required PlaceKind Kind { get; init; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public required string CountryIso3 { get; init; }

    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public required GeoPoint Point { get; init; }
    public long Population { get; init; }

    /// <summary>The GeoNames feature code (PPL, PPLA, PPLC, ADM1, ...), or PCLI for countries.</summary>
    public string FeatureCode { get; init; } = "";

    /// <summary>The precision a mention of this place carries when nothing in the text narrows or widens it.</summary>
    public GeoPrecision NaturalPrecision => Kind switch
    {
        PlaceKind.Country => GeoPrecision.Country,
        PlaceKind.Admin1 => GeoPrecision.Admin1,
        PlaceKind.Admin2 => GeoPrecision.Admin2,
        _ => GeoPrecision.Exact,
    };
}
