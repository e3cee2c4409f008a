namespace Sitrep.Storage;

/// <summary>
/// A longitude/latitude rectangle in the GeoJSON order (west, south, east, north). A box whose
/// west edge lies east of its east edge crosses the antimeridian.
/// </summary>
public sealed record GeoBox(double West, double South, double East, double North)
{
    public bool CrossesAntimeridian => West > East;

    /// <summary>Why the box is not a valid WGS84 rectangle, or null when it is.</summary>
    public string? Check()
    {
        if (!double.IsFinite(West) || !double.IsFinite(East) || West is < -180 or > 180 || East is < -180 or > 180)
            return "longitudes must lie in [-180, 180]";
        if (!double.IsFinite(South) || !double.IsFinite(North) || South is < -90 or > 90 || North is < -90 or > 90)
            return "latitudes must lie in [-90, 90]";
        if (South > North) return $"south {South} lies north of north {North}";
        return null;
    }
}
