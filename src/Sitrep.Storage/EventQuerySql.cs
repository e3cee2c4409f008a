namespace Sitrep.Storage;

/// <summary>
/// The SQL fragments of an <see cref="EventQuery"/> that SQLite and PostgreSQL write alike: orders
/// and spatial filters, as constant text over values bound through <c>bind</c> (name, value), so
/// both backends keep one semantics. SQLite has no trigonometry we can rely on, so the circle test
/// uses an equirectangular projection scaled at the centre's latitude (cosine computed here and
/// bound): within a few hundred kilometres it errs by well under one percent.
/// </summary>
internal static class EventQuerySql
{
    private const double KmPerDegree = 111.195;

    public const string IdFilter = "e.id = @id";
    public const string SubTypeFilter = "e.sub_event_type = @sub_type";

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

    public static string Box(GeoBox box, Action<string, double> bind)
    {
        bind("box_south", box.South);
        bind("box_north", box.North);
        bind("box_west", box.West);
        bind("box_east", box.East);
        return box.CrossesAntimeridian ? WrappedBoxFilter : BoxFilter;
    }

    public static string Circle(GeoCircle circle, Action<string, double> bind)
    {
        double radiusDegrees = circle.RadiusKm / KmPerDegree;
        double lat = circle.Center.Latitude;
        bind("near_lat", lat);
        bind("near_lon", circle.Center.Longitude);
        bind("near_scale", Math.Cos(lat * Math.PI / 180));
        bind("near_r2", radiusDegrees * radiusDegrees);
        bind("near_south", lat - radiusDegrees);
        bind("near_north", lat + radiusDegrees);
        return CircleFilter;
    }

    public static string OrderBy(EventSort sort) => sort switch
    {
        EventSort.DateAscending => "e.date_start, e.pk",
        EventSort.DateDescending => "e.date_start DESC, e.pk DESC",
        // Events without a figure sort after every known toll in both directions.
        EventSort.FatalitiesDescending => "e.fatalities_best IS NULL, e.fatalities_best DESC, e.date_start, e.pk",
        EventSort.FatalitiesAscending => "e.fatalities_best IS NULL, e.fatalities_best, e.date_start, e.pk",
        EventSort.Country => "e.country, e.date_start, e.pk",
        EventSort.EventType => "e.event_type, e.sub_event_type, e.date_start, e.pk",
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Unknown event order."),
    };
}
