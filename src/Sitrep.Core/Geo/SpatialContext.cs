using System.Collections.Immutable;
using Sitrep.Events;

namespace Sitrep.Geo;

/// <summary>The plausible readings of one place name of a document.</summary>
public sealed record NameReadings(string Key, ImmutableArray<GeoPoint> Points);

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
        _names = [.. names.Where(n => !n.Points.IsEmpty)];
    }

    public int NameCount => _names.Length;

    /// <summary>
    /// How many other names have a reading near <paramref name="point"/>: each name counts by its
    /// nearest reading, 1 at the point and decaying with distance over <paramref name="scaleKm"/>.
    /// </summary>
    public double Support(string ownKey, GeoPoint point, double scaleKm)
    {
        double support = 0;
        foreach (NameReadings name in _names)
        {
            if (string.Equals(name.Key, ownKey, StringComparison.Ordinal)) continue;
            double nearest = double.MaxValue;
            foreach (GeoPoint p in name.Points) nearest = Math.Min(nearest, p.DistanceKm(point));
            support += Math.Exp(-nearest / scaleKm);
        }
        return support;
    }
}
