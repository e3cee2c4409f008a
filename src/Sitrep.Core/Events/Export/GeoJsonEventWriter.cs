using System.Text.Json;

namespace Sitrep.Events.Export;

/// <summary>
/// Writes events as an RFC 7946 GeoJSON FeatureCollection, streaming: a Point feature per event,
/// coordinates [longitude, latitude], and flat properties (ACLED's columns by ACLED's names, then
/// Sitrep's own: id, date_end, fatality range, document, confidence) that QGIS reads as
/// attributes. An event without coordinates keeps its feature with a null geometry, so every
/// export of the same query counts the same events; filter on geometry to drop them.
/// </summary>
public static class GeoJsonEventWriter
{
    public const string MediaType = "application/geo+json";

    /// <summary>Writes the whole collection; returns how many features it wrote.</summary>
    public static int Write(Stream output, IEnumerable<SourcedEvent> events, AcledExportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        int count = 0;
        using (var json = new Utf8JsonWriter(output, JsonLines.Options(indented: false)))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (SourcedEvent e in events)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteFeature(json, e, options);
                count++;
                // Hand each feature on as it is written, so the collection never sits whole in memory.
                if (json.BytesPending > 1 << 16) json.Flush();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
        output.Flush();
        return count;
    }

    public static void WriteFeature(Utf8JsonWriter json, SourcedEvent sourced, AcledExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourced);
        AcledRecord row = AcledRecordBuilder.Build(sourced, options);
        ConflictEvent e = sourced.Event;
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", e.Id);
        if (row.Latitude is double lat && row.Longitude is double lon)
        {
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(lon);
            json.WriteNumberValue(lat);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("geometry");
        }
        json.WriteStartObject("properties");
        string[] cells = row.Cells();
        for (int i = 0; i < AcledRecord.Columns.Length; i++) WriteCell(json, AcledRecord.Columns[i], cells[i]);
        json.WriteString("id", e.Id);
        json.WriteString("date_end", e.Date.End.ToString("yyyy-MM-dd"));
        json.WriteString("date_precision", e.Date.Precision.ToString().ToLowerInvariant());
        WriteNumber(json, "fatalities_low", e.Fatalities.Low);
        WriteNumber(json, "fatalities_high", e.Fatalities.High);
        json.WriteString("plover_type", e.PloverType ?? "");
        json.WriteBoolean("background", e.Background);
        json.WriteNumber("confidence", Math.Round(e.Confidence, 3));
        json.WriteString("document_id", sourced.DocumentId);
        json.WriteString("urls", string.Join(" ", (sourced.Sources.IsDefault ? [] : sourced.Sources).Select(s => s.Url).OfType<string>().Distinct(StringComparer.Ordinal)));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // Numeric ACLED columns stay numbers so QGIS types the attribute; empty ones are null.
    private static readonly HashSet<string> NumericColumns = new(StringComparer.Ordinal)
    {
        "year", "time_precision", "inter1", "inter2", "interaction", "iso", "latitude", "longitude", "geo_precision", "fatalities", "timestamp",
    };

    private static void WriteCell(Utf8JsonWriter json, string column, string cell)
    {
        if (!NumericColumns.Contains(column))
        {
            json.WriteString(column, cell);
        }
        else if (cell.Length == 0)
        {
            json.WriteNull(column);
        }
        else
        {
            json.WritePropertyName(column);
            json.WriteRawValue(cell);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int v) json.WriteNumber(name, v); else json.WriteNull(name);
    }
}
