using System.Text;

namespace Sitrep.Events.Export;

/// <summary>One entry point for every export format, so the CLI and the HTTP API name formats and media types alike.</summary>
public static class EventExporter
{
    /// <summary>The format's name on the command line and in URLs.</summary>
    public static string Name(ExportFormat format) => format switch
    {
        ExportFormat.AcledCsv => "acled-csv",
        ExportFormat.GeoJson => "geojson",
        ExportFormat.Jsonl => "jsonl",
        ExportFormat.Plover => "plover",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<ExportFormat>().Select(Name).ToArray();

    /// <summary>The format a name stands for (case-insensitive), or null when no format has it.</summary>
    public static ExportFormat? Parse(string? name) =>
        Enum.GetValues<ExportFormat>().Cast<ExportFormat?>().FirstOrDefault(f => string.Equals(Name(f!.Value), name, StringComparison.OrdinalIgnoreCase));

    public static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.AcledCsv => "text/csv; charset=utf-8",
        ExportFormat.GeoJson => GeoJsonEventWriter.MediaType,
        _ => "application/x-ndjson",
    };

    public static string FileExtension(ExportFormat format) => format switch
    {
        ExportFormat.AcledCsv => ".csv",
        ExportFormat.GeoJson => ".geojson",
        _ => ".jsonl",
    };

    /// <summary>
    /// Writes the events as ACLED CSV, GeoJSON or PLOVER to <paramref name="output"/> (UTF-8, no byte
    /// order mark); returns how many records it wrote. JSON lines go through StoredEventExport.Write.
    /// </summary>
    public static int Write(Stream output, ExportFormat format, IEnumerable<SourcedEvent> events, AcledExportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ExportFormat.AcledCsv:
                using (var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true))
                    return AcledCsvWriter.Write(writer, events, options, cancellationToken);
            case ExportFormat.GeoJson:
                return GeoJsonEventWriter.Write(output, events, options, cancellationToken);
            case ExportFormat.Jsonl:
                // One writer owns the re-importable line format, and it lives with the store that reads it back.
                throw new ArgumentException("JSON lines are the store's own format: write them with Sitrep.Storage.StoredEventExport.Write", nameof(format));
            case ExportFormat.Plover:
                return PloverJsonWriter.WriteLines(output, events, cancellationToken);
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }
}
