using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Storage.Merging;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Writes one batch inside an open transaction: the documents with one INSERT (skipping those
/// already stored), then each new document's events through <see cref="PostgresMergeWriter"/>,
/// whose new incidents, reports and revisions are written by binary COPY at the end (or earlier,
/// when a merge needs to read them back).
/// </summary>
internal sealed class PostgresIngestWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset ingestedAt, IncidentMatcher matcher)
{
    /// <summary>
    /// Writes the batch; <paramref name="lockMerges"/> is called once the work that needs no lock is
    /// done (drawing keys), before anything reads or writes stored documents and incidents, and
    /// says whether it took the exclusive merge lock, which revising a stored article needs
    /// (otherwise a revision throws <see cref="MergeLockTooNarrowException"/>).
    /// </summary>
    public IngestResult Write(IReadOnlyList<ProcessedDocument> batch, CancellationToken cancellationToken, Func<bool> lockMerges)
    {
        ArgumentNullException.ThrowIfNull(lockMerges);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<ProcessedDocument>();
        int present = 0, eventsPresent = 0;
        foreach (ProcessedDocument item in batch)
        {
            ArgumentNullException.ThrowIfNull(item);
            ArgumentNullException.ThrowIfNull(item.Document);
            if (seen.Add(item.Document.Id.Value)) unique.Add(item);
            else { present++; eventsPresent += PostgresBatchRows.EventsOf(item).Count; }
        }
        cancellationToken.ThrowIfCancellationRequested();
        var rows = new PostgresIncidentWriter(connection, transaction, ingestedAt);
        Guarded(() => { rows.ReserveFor([.. unique.SelectMany(PostgresBatchRows.EventsOf)]); return true; });
        bool mayRevise = lockMerges();
        HashSet<string> inserted = Guarded(() => InsertDocuments(unique));
        var fresh = new List<ProcessedDocument>();
        foreach (ProcessedDocument item in unique)
        {
            if (inserted.Contains(item.Document.Id.Value)) fresh.Add(item);
            else { present++; eventsPresent += PostgresBatchRows.EventsOf(item).Count; }
        }
        foreach (ProcessedDocument item in fresh)
        {
            foreach (ConflictEvent e in PostgresBatchRows.EventsOf(item)) Validate(item.Document, e);
        }
        var merger = new PostgresMergeWriter(rows, new PostgresReportReader(connection, transaction, rows), matcher) { MayRevise = mayRevise };
        rows.Reserve(fresh.Sum(f => PostgresBatchRows.EventsOf(f).Count));
        Guarded(() => { merger.Prepare(fresh); return true; });
        var notYet = new HashSet<string>(fresh.Select(f => f.Document.Id.Value), StringComparer.Ordinal);
        IngestResult result = new(0, present, 0, eventsPresent);
        foreach (ProcessedDocument item in fresh)
        {
            cancellationToken.ThrowIfCancellationRequested();
            notYet.Remove(item.Document.Id.Value);
            result = result.Add(Guarded(() => merger.Write(item.Document, PostgresBatchRows.EventsOf(item), notYet)));
        }
        Guarded(() => { rows.Flush(cancellationToken); return true; });
        return result;
    }

    /// <summary>Events an import checks for presence with one query and writes with one set of COPYs; bounds the memory a large import holds.</summary>
    public const int ImportChunk = 50_000;

    /// <summary>
    /// Writes exported events without merging (see <see cref="IEventStore.ImportEvents"/>), a chunk
    /// at a time, with no round trip per event. With <paramref name="bulk"/> the store held no
    /// incident when the import began, so ids are checked in memory rather than against the
    /// (index-less) tables, and the dropped indexes and constraints are rebuilt at the end. With
    /// <paramref name="staging"/> each flush COPYs into staging tables and moves their rows on.
    /// </summary>
    public PostgresImportReport Import(IReadOnlyList<StoredEvent> events, PostgresBulkLoad? bulk, PostgresStaging? staging, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var profile = new PostgresCopyProfile(connection.ProcessID);
        var rows = new PostgresIncidentWriter(connection, transaction, ingestedAt) { Bulk = bulk, Staging = staging, Profile = profile };
        var reports = new PostgresReportReader(connection, transaction, rows);
        var merger = new PostgresMergeWriter(rows, reports, matcher);
        // Every id this import wrote: one hash-set insertion per event both tells a repeat and
        // records the id (on the bulk path the store held none, so nothing else is looked up).
        var imported = new HashSet<string>(StringComparer.Ordinal);
        int added = 0, present = 0;
        foreach (StoredEvent[] chunk in events.Chunk(ImportChunk))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (StoredEvent e in chunk) ArgumentNullException.ThrowIfNull(e);
            rows.Reserve(chunk.Length);
            HashSet<string>? storedIds = null;
            if (bulk is null) profile.Measure("check ids", () => storedIds = Guarded(() => reports.ExistingReports([.. chunk.Select(e => e.Event.Id)])));
            profile.Measure("prepare rows", () =>
            {
                foreach (StoredEvent e in chunk)
                {
                    if (storedIds?.Contains(e.Event.Id) == true || !imported.Add(e.Event.Id)) present++;
                    else
                    {
                        added++;
                        merger.Import(e);
                    }
                }
            });
            Guarded(() => { rows.Flush(cancellationToken); return true; });
        }
        TimeSpan load = clock.Elapsed;
        TimeSpan? serverCpu = PostgresBackendCpu.Of(connection.ProcessID);
        TimeSpan clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        if (bulk is not null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Guarded(() => { bulk.Finish(profile.Measure); return true; });
        }
        return new PostgresImportReport(new ImportResult(added, present), bulk is not null, load, clock.Elapsed - load)
        {
            Staged = staging is not null,
            Stages = profile.Stages,
            ServerCpuAtRebuild = serverCpu,
            ClientCpuAtRebuild = clientCpu,
        };
    }

    private HashSet<string> InsertDocuments(List<ProcessedDocument> documents)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (documents.Count == 0) return result;
        using var command = new NpgsqlCommand(PostgresSql.InsertDocuments, connection, transaction);
        DocumentMetadata[] m = [.. documents.Select(d => d.Document.Metadata)];
        AddArray(command, "ids", NpgsqlDbType.Text, documents.Select(d => d.Document.Id.Value));
        AddArray(command, "sources", NpgsqlDbType.Text, m.Select(x => x.Source));
        AddArray(command, "paths", NpgsqlDbType.Text, m.Select(x => x.Path));
        AddArray(command, "urls", NpgsqlDbType.Text, m.Select(x => x.Url));
        AddArray(command, "outlets", NpgsqlDbType.Text, m.Select(x => x.Outlet));
        AddArray(command, "titles", NpgsqlDbType.Text, m.Select(x => x.Title));
        AddArray(command, "published", NpgsqlDbType.Date, m.Select(x => x.Published));
        AddArray(command, "published_at", NpgsqlDbType.Text, m.Select(x => x.PublishedAt is DateTimeOffset at ? StoredValues.Instant(at) : null));
        AddArray(command, "formats", NpgsqlDbType.Text, m.Select(x => x.Format));
        AddArray(command, "languages", NpgsqlDbType.Text, m.Select(x => x.Language));
        AddArray(command, "texts", NpgsqlDbType.Text, documents.Select(d => d.Document.Text));
        AddArray(command, "source_keys", NpgsqlDbType.Text, m.Select(PostgresIncidentWriter.SourceKey));
        command.Parameters.Add(new NpgsqlParameter("ingested_at", NpgsqlDbType.TimestampTz) { Value = ingestedAt.UtcDateTime });
        using NpgsqlDataReader reader = command.ExecuteReader();
        while (reader.Read()) result.Add(reader.GetString(0));
        return result;
    }

    private static void AddArray<T>(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values.ToArray() });

    private static T Guarded<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (PostgresException ex)
        {
            throw new StoreException(ErrorCodes.StoreWriteFailed, "postgres",
                $"the batch could not be stored ({ex.MessageText.TrimEnd('.')}); it was rolled back and the store is unchanged", ex);
        }
    }

    // Offsets are checked here because the text is not in the events table to check them against.
    private static void Validate(Document document, ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        int length = document.Text.Length;
        if (e.Span.End > length)
            throw Invalid(document, e, $"its span {e.Span} lies outside the document text (length {length})");
        if (e.Evidence.IsDefault) return;
        foreach (Evidence ev in e.Evidence)
        {
            if (ev.Span.End > length)
                throw Invalid(document, e, $"its evidence for '{ev.Field}' at {ev.Span} lies outside the document text (length {length})");
        }
    }

    private static StoreException Invalid(Document document, ConflictEvent e, string problem) =>
        new(ErrorCodes.StoreWriteFailed, document.Id.Value,
            $"document {document.Id.Value} ({document.Metadata.Source}): event '{e.Id}' cannot be stored: {problem}; the batch was rolled back and the store is unchanged");
}
