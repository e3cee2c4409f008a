namespace Sitrep.Events.Export;

/// <summary>
/// Writes events as ACLED's CSV: exactly ACLED's 31 columns in ACLED's order
/// (<see cref="AcledRecord.Columns"/>), RFC 4180 quoting, CRLF line ends, one row per event.
/// </summary>
public static class AcledCsvWriter
{
    public static void WriteHeader(TextWriter writer) => CsvCell.WriteRecord(writer, AcledRecord.Columns);

    public static void WriteRow(TextWriter writer, AcledRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        CsvCell.WriteRecord(writer, record.Cells());
    }

    /// <summary>Writes the header and a row per event as the events arrive; returns how many rows it wrote.</summary>
    public static int Write(TextWriter writer, IEnumerable<SourcedEvent> events, AcledExportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        WriteHeader(writer);
        int count = 0;
        foreach (SourcedEvent e in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteRow(writer, AcledRecordBuilder.Build(e, options));
            count++;
        }
        writer.Flush();
        return count;
    }
}
