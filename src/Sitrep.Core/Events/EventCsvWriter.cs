using System.Globalization;

namespace Sitrep.Events;

/// <summary>
/// Writes events as ACLED-style CSV: ACLED's column names and codes where Sitrep has the field
/// (time_precision 1–3, inter codes, geo_precision 1–3, derived by <see cref="Export.AcledCodes"/>), followed by Sitrep's own columns for what
/// ACLED keeps only in notes (date interval, fatality range, claims, background). This is
/// `sitrep events --format csv`; <see cref="Export.AcledCsvWriter"/> writes ACLED's exact columns.
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
            TimePrecision(e.Date),
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

    /// <summary>Quotes a cell when needed and defuses spreadsheet formulas (<see cref="Export.CsvCell.Escape"/>).</summary>
    public static string Escape(string cell) => Export.CsvCell.Escape(cell);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string TimePrecision(EventDate date) => Export.AcledCodes.TimePrecision(date).ToString(CultureInfo.InvariantCulture);

    private static string GeoPrecisionCode(GeoPrecision precision) => Export.AcledCodes.GeoPrecision(precision).ToString(CultureInfo.InvariantCulture);

    private static string Interaction(int? inter1, int? inter2) =>
        inter1 is null ? "" : Number(Export.AcledCodes.Interaction(inter1, inter2));
}
