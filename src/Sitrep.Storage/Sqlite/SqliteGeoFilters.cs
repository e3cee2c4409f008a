using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Spatial filters as constant SQL over bound values. SQLite has no trigonometry we can rely on,
/// so the circle test uses an equirectangular projection scaled at the centre's latitude (cosine
/// computed here and bound): within a few hundred kilometres it errs by well under one percent.
/// </summary>
internal static class SqliteGeoFilters
{
    private const double KmPerDegree = 111.195;

    private const string BoxFilter =
        "(e.latitude BETWEEN @box_south AND @box_north AND e.longitude BETWEEN @box_west AND @box_east)";

    private const string WrappedBoxFilter =
        "(e.latitude BETWEEN @box_south AND @box_north AND (e.longitude >= @box_west OR e.longitude <= @box_east))";

    // The latitude band comes first so the distance arithmetic runs only on rows near the centre.
    private const string CircleFilter = """
        (e.latitude BETWEEN @near_south AND @near_north
         AND (e.latitude - @near_lat) * (e.latitude - @near_lat)
           + ((e.longitude - @near_lon) * @near_scale) * ((e.longitude - @near_lon) * @near_scale) <= @near_r2)
        """;

    public static string Box(SqliteCommand command, GeoBox box)
    {
        command.Parameters.AddWithValue("@box_south", box.South);
        command.Parameters.AddWithValue("@box_north", box.North);
        command.Parameters.AddWithValue("@box_west", box.West);
        command.Parameters.AddWithValue("@box_east", box.East);
        return box.CrossesAntimeridian ? WrappedBoxFilter : BoxFilter;
    }

    public static string Circle(SqliteCommand command, GeoCircle circle)
    {
        double radiusDegrees = circle.RadiusKm / KmPerDegree;
        double lat = circle.Center.Latitude;
        command.Parameters.AddWithValue("@near_lat", lat);
        command.Parameters.AddWithValue("@near_lon", circle.Center.Longitude);
        command.Parameters.AddWithValue("@near_scale", Math.Cos(lat * Math.PI / 180));
        command.Parameters.AddWithValue("@near_r2", radiusDegrees * radiusDegrees);
        command.Parameters.AddWithValue("@near_south", lat - radiusDegrees);
        command.Parameters.AddWithValue("@near_north", lat + radiusDegrees);
        return CircleFilter;
    }
}
