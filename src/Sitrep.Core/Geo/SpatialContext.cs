using System.Collections.Immutable;
using Sitrep.Events;

namespace Sitrep.Geo;

/// <summary>A possible reading of a place name: where it is and how likely it is (1 for the best reading).</summary>
public readonly record struct Reading(GeoPoint Point, double Weight);

/// <summary>The plausible readings of one place name of a document.</summary>
public sealed record NameReadings(string Key, ImmutableArray<Reading> Readings);

/// <summary>
/// Where the other place names of a document may lie. A local story names places close together
/// ("Huntsville" beside "Walker County", "Dublin" beside "Columbus" and "Grove City"), so a reading
/// of an ambiguous name near readings of several other names is likely the one meant, even when
/// none of those names is unambiguous on its own.
/// </summary>
public sealed class SpatialContext
{
    private readonly ImmutableArray<NameReadings> _names;

    public SpatialContext(IEnumerable<NameReadings> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = [.. names.Where(n => !n.Readings.IsEmpty)];
    }

    public int NameCount => _names.Length;

    /// <summary>
    /// How many other names have a reading near <paramref name="point"/>: each name counts by its
    /// best-supporting reading, its weight times a decay with distance over <paramref name="scaleKm"/>.
    /// </summary>
    public double Support(string ownKey, GeoPoint point, double scaleKm)
    {
        double support = 0;
        foreach (NameReadings name in _names)
        {
            if (string.Equals(name.Key, ownKey, StringComparison.Ordinal)) continue;
            double best = 0;
            foreach (Reading r in name.Readings)
            {
                // Latitude alone bounds the distance from below: far readings are skipped unmeasured.
                if (Math.Abs(r.Point.Latitude - point.Latitude) * KmPerDegree > FarScales * scaleKm) continue;
                best = Math.Max(best, r.Weight * Math.Exp(-r.Point.DistanceKm(point) / scaleKm));
            }
            support += best;
        }
        return support;
    }

    private const double KmPerDegree = 111.19;

    /// <summary>Beyond this many scales a reading adds under 0.1 % and is not measured.</summary>
    private const double FarScales = 7;
}
