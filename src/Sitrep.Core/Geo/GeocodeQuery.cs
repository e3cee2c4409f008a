using Sitrep.Events;

namespace Sitrep.Geo;

/// <summary>A place name with whatever the text says about where it is.</summary>
public sealed record GeocodeQuery
{
    public required string Name { get; init; }

    /// <summary>The country the text explicitly puts the place in (ISO3): "Gao, Mali", "Gargada (Diffa, Niger)".</summary>
    public string? CountryIso3 { get; init; }

    /// <summary>
    /// The country the document is mostly about (ISO3), a weaker hint than <see cref="CountryIso3"/>:
    /// it tips a choice between towns but does not turn "Lebanon" into Lebanon, Tennessee.
    /// </summary>
    public string? FocusCountryIso3 { get; init; }

    /// <summary>An admin1 or admin2 name the text attaches to the place ("Bama, Borno").</summary>
    public string? AdminContext { get; init; }

    /// <summary>The kind the text implies ("Kaduna State" → admin1, "the town of X" → city).</summary>
    public PlaceKind? PreferredKind { get; init; }

    /// <summary>Where other places in the document resolved, to prefer nearby readings.</summary>
    public GeoPoint? Near { get; init; }

    /// <summary>The readings of the document's other place names, to prefer a reading near several of them.</summary>
    public SpatialContext? Context { get; init; }
}

/// <summary>A gazetteer entry the name may refer to, with the ranking score that placed it.</summary>
public sealed record GeocodeCandidate(GazetteerEntry Entry, double Score);
