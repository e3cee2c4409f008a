namespace Sitrep.Events.Export;

/// <summary>The formats `sitrep export` and the HTTP API write events in.</summary>
public enum ExportFormat
{
    /// <summary>ACLED's CSV columns (<see cref="AcledCsvWriter"/>).</summary>
    AcledCsv,
    /// <summary>A GeoJSON FeatureCollection (<see cref="GeoJsonEventWriter"/>).</summary>
    GeoJson,
    /// <summary>Sitrep's own JSON lines, re-importable: the store's line format, written by Sitrep.Storage's StoredEventExport.</summary>
    Jsonl,
    /// <summary>PLOVER records as JSON lines (<see cref="PloverJsonWriter"/>).</summary>
    Plover,
}
