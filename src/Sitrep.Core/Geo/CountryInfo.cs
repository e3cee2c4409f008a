using System.Collections.Immutable;

namespace Sitrep.Geo;

/// <summary>A country's codes and the names and demonyms that refer to it (from world-countries).</summary>
public sealed record CountryInfo
{
    public required string Iso3 { get; init; }
    public required string Iso2 { get; init; }
    public required string Name { get; init; }
    public string? Capital { get; init; }
    public ImmutableArray<string> AlternateNames { get; init; } = [];
    public ImmutableArray<string> Demonyms { get; init; } = [];
}
