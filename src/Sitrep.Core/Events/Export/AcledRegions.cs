using System.Collections.Immutable;

namespace Sitrep.Events.Export;

/// <summary>ACLED's region names, spelled as its data does; the country table may use no others.</summary>
public static class AcledRegions
{
    public static ImmutableHashSet<string> All { get; } = ImmutableHashSet.Create(StringComparer.Ordinal,
        "Western Africa", "Middle Africa", "Eastern Africa", "Northern Africa", "Southern Africa",
        "Middle East", "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia",
        "Europe", "Caribbean", "Central America", "South America", "North America", "Oceania", "Antarctica");
}
