namespace Sitrep.Events;

/// <summary>A WGS84 coordinate.</summary>
public readonly record struct GeoPoint
{
    private const double EarthRadiusKm = 6371.0088;

    public GeoPoint(double latitude, double longitude)
    {
        if (double.IsNaN(latitude) || latitude is < -90 or > 90) throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must lie in [-90, 90].");
        if (double.IsNaN(longitude) || longitude is < -180 or > 180) throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must lie in [-180, 180].");
        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }
    public double Longitude { get; }

    /// <summary>Great-circle distance by the haversine formula.</summary>
    public double DistanceKm(GeoPoint other)
    {
        double dLat = DegreesToRadians(other.Latitude - Latitude);
        double dLon = DegreesToRadians(other.Longitude - Longitude);
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                   Math.Cos(DegreesToRadians(Latitude)) * Math.Cos(DegreesToRadians(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The point <paramref name="distanceKm"/> away on the initial bearing (degrees clockwise from north), on a sphere.</summary>
    public GeoPoint Towards(double bearingDegrees, double distanceKm)
    {
        double d = distanceKm / EarthRadiusKm, bearing = DegreesToRadians(bearingDegrees);
        double lat = DegreesToRadians(Latitude), lon = DegreesToRadians(Longitude);
        double lat2 = Math.Asin(Math.Sin(lat) * Math.Cos(d) + Math.Cos(lat) * Math.Sin(d) * Math.Cos(bearing));
        double lon2 = lon + Math.Atan2(Math.Sin(bearing) * Math.Sin(d) * Math.Cos(lat), Math.Cos(d) - Math.Sin(lat) * Math.Sin(lat2));
        double longitude = (lon2 * 180 / Math.PI + 540) % 360 - 180;
        return new GeoPoint(lat2 * 180 / Math.PI, longitude);
    }

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
