using System.Globalization;
using System.Text;

namespace Sitrep.Events;

/// <summary>
/// Writes events as ACLED-style CSV: ACLED's column names and codes where Sitrep has the field
/// (time_precision 1–3, inter codes, geo_precision 1–3), followed by Sitrep's own columns for what
/// ACLED keeps only in notes (date interval, fatality range, claims, background).
/// </summary>
public static class EventCsvWriter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
        "iso3", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        "date_start", "date_end", "date_precision", "fatalities_low", "fatalities_high", "claims", "background", "aggregate",
        "plover_type", "confidence", "document_id",
    ];

    public static void WriteHeader(TextWriter writer) => writer.WriteLine(string.Join(',', Columns));

    public static void WriteRow(TextWriter writer, ConflictEvent e, string? source, string? documentId)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(e);
        string[] cells =
        [
            e.Id,
            Date(e.Date.Start),
            e.Date.Start.Year.ToString(CultureInfo.InvariantCulture),
            TimePrecision(e.Date.Precision),
            e.EventType,
            e.SubEventType,
            e.Actor1?.Name ?? "",
            string.Join("; ", e.AssocActor1.Select(a => a.Name)),
            Number(e.Actor1?.Inter),
            e.Actor2?.Name ?? "",
            string.Join("; ", e.AssocActor2.Select(a => a.Name)),
            Number(e.Actor2?.Inter),
            Interaction(e.Actor1?.Inter, e.Actor2?.Inter),
            e.Place.Country,
            e.Place.Admin1 ?? "",
            e.Place.Location ?? "",
            e.Place.Point is GeoPoint p ? p.Latitude.ToString("0.####", CultureInfo.InvariantCulture) : "",
            e.Place.Point is GeoPoint q ? q.Longitude.ToString("0.####", CultureInfo.InvariantCulture) : "",
            GeoPrecisionCode(e.Place.Precision),
            source ?? "",
            string.Join(" ", e.Evidence.Where(x => x.Field == "event").Select(x => x.Text).DefaultIfEmpty(e.Evidence.FirstOrDefault()?.Text ?? "")),
            (e.Fatalities.Best ?? 0).ToString(CultureInfo.InvariantCulture),
            Date(e.Date.Start),
            Date(e.Date.End),
            e.Date.Precision.ToString().ToLowerInvariant(),
            Number(e.Fatalities.Low),
            Number(e.Fatalities.High),
            string.Join("; ", e.Claims.Select(c => $"{string.Join("/", c.By)}: {c.What.ToString().ToLowerInvariant()}")),
            e.Background ? "1" : "0",
            e.Aggregate ? "1" : "0",
            e.PloverType ?? "",
            e.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
            documentId ?? "",
        ];
        writer.WriteLine(string.Join(',', cells.Select(Escape)));
    }

    /// <summary>Quotes a cell when needed and defuses spreadsheet formulas (a cell starting with =, +, - or @).</summary>
    public static string Escape(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            cell = "'" + cell;
        if (cell.IndexOfAny([',', '"', '\n', '\r']) < 0) return cell;
        var sb = new StringBuilder(cell.Length + 2).Append('"');
        foreach (char c in cell) sb.Append(c == '"' ? "\"\"" : c.ToString());
        return sb.Append('"').ToString();
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    // ACLED: 1 = the day is known, 2 = known to within a week or a few days, 3 = only the month or longer.
    private static string TimePrecision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "1",
        DatePrecision.Week => "2",
        _ => "3",
    };

    // ACLED: 1 = the named town, 2 = near it or within its district, 3 = a region or country.
    private static string GeoPrecisionCode(GeoPrecision precision) => precision switch
    {
        GeoPrecision.Exact => "1",
        GeoPrecision.Near or GeoPrecision.Admin2 => "2",
        _ => "3",
    };

    private static string Interaction(int? inter1, int? inter2)
    {
        if (inter1 is not int a) return "";
        int b = inter2 ?? 0;
        int lo = Math.Min(a, b), hi = Math.Max(a, b);
        return lo == 0 ? (hi * 10).ToString(CultureInfo.InvariantCulture) : (lo * 10 + hi).ToString(CultureInfo.InvariantCulture);
    }
}
