using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Writes one batch inside an open transaction: the documents with one INSERT (skipping those
/// already stored), actors and aliases with one upsert each, and every other table with one binary
/// COPY. A failing row is traced back to its document and event through the COPY line number.
/// </summary>
internal sealed partial class PostgresIngestWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset ingestedAt)
{
    public IngestResult Write(IReadOnlyList<ProcessedDocument> batch, CancellationToken cancellationToken)
    {
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
        HashSet<string> inserted = Guarded(null, () => InsertDocuments(unique));
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
        cancellationToken.ThrowIfCancellationRequested();
        PostgresBatchRows rows = Guarded(null, () => PostgresBatchRows.Flatten(fresh, Draw));
        WriteEvents(rows, cancellationToken);
        return new IngestResult(fresh.Count, present, rows.Events.Count, eventsPresent);
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
        command.Parameters.Add(new NpgsqlParameter("ingested_at", NpgsqlDbType.TimestampTz) { Value = ingestedAt.UtcDateTime });
        using NpgsqlDataReader reader = command.ExecuteReader();
        while (reader.Read()) result.Add(reader.GetString(0));
        return result;
    }

    private void WriteEvents(PostgresBatchRows rows, CancellationToken cancellationToken)
    {
        if (rows.Events.Count == 0) return;
        Dictionary<string, long> actorIds = Guarded(null, () => PostgresActors.Resolve(connection, transaction, rows.DistinctActors()));
        Dictionary<PostgresActors.AliasKey, long> aliasIds = Guarded(null, () => PostgresActors.ResolveAliases(connection, transaction, rows.EventActors, actorIds));
        cancellationToken.ThrowIfCancellationRequested();
        var copy = new PostgresCopy(connection);
        Guarded(rows.Events, () => copy.Events(rows.Events, cancellationToken));
        Guarded(rows.Events, () => copy.Sources(rows.Events));
        Guarded(null, () => copy.EventActors(rows.EventActors, actorIds));
        Guarded(null, () => copy.EventActorAliases(rows.EventActors, actorIds, aliasIds));
        Guarded(null, () => copy.Claims(rows.Claims));
        Guarded(null, () => copy.Evidence(rows.Events));
        cancellationToken.ThrowIfCancellationRequested();
    }

    private IReadOnlyList<long> Draw(string sequence, int count)
    {
        // The sequence name is one of the writer's constants, never input.
        using var command = new NpgsqlCommand($"SELECT nextval('{sequence}') FROM generate_series(1, @count)", connection, transaction);
        command.Parameters.AddWithValue("count", count);
        var keys = new List<long>(count);
        using NpgsqlDataReader reader = command.ExecuteReader();
        while (reader.Read()) keys.Add(reader.GetInt64(0));
        keys.Sort();
        return keys;
    }

    private static void AddArray<T>(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values.ToArray() });

    private static T Guarded<T>(IReadOnlyList<PendingEvent>? copiedRows, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (PostgresException ex)
        {
            PendingEvent? row = copiedRows is null ? null : RowOf(ex, copiedRows);
            string message = ex.MessageText.TrimEnd('.');
            if (row is null)
                throw new StoreException(ErrorCodes.StoreWriteFailed, "postgres",
                    $"the batch could not be stored ({message}); it was rolled back and the store is unchanged", ex);
            Document d = row.Document;
            throw new StoreException(ErrorCodes.StoreWriteFailed, d.Id.Value,
                $"document {d.Id.Value} ({d.Metadata.Source}): event '{row.Event.Id}' could not be stored ({message}); the batch was rolled back and the store is unchanged", ex);
        }
    }

    private static void Guarded(IReadOnlyList<PendingEvent>? copiedRows, Action action) =>
        Guarded(copiedRows, () => { action(); return true; });

    // PostgreSQL reports the failing row of a COPY as "COPY events, line N" (1-based) in the error context.
    private static PendingEvent? RowOf(PostgresException ex, IReadOnlyList<PendingEvent> rows)
    {
        Match match = CopyLine().Match(ex.Where ?? "");
        if (!match.Success) return null;
        int line = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return line >= 1 && line <= rows.Count ? rows[line - 1] : null;
    }

    [GeneratedRegex(@"COPY \w+, line (\d+)")]
    private static partial Regex CopyLine();

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
