using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>Everything within <see cref="RadiusKm"/> of a point.</summary>
public sealed record GeoCircle(GeoPoint Center, double RadiusKm)
{
    /// <summary>Large enough for any regional question; beyond it the flat-earth distance the store uses is too rough.</summary>
    public const double MaxRadiusKm = 2000;

    /// <summary>Why the circle is not usable, or null when it is.</summary>
    public string? Check() =>
        !double.IsFinite(RadiusKm) || RadiusKm is <= 0 or > MaxRadiusKm ? $"radius must lie in (0, {MaxRadiusKm}] km (was {RadiusKm})" : null;
}
