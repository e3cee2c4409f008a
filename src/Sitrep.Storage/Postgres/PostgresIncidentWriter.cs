using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Storage.Merging;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// The row-level writes of one open transaction, as <c>SqliteIncidentWriter</c> does them for
/// SQLite, but buffered: new incidents, reports and revisions collect until <see cref="Flush"/>,
/// which writes each table with one binary COPY. Anything that reads or changes stored rows
/// flushes first, so the database always shows what the writer has done.
/// </summary>
internal sealed partial class PostgresIncidentWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset at)
{
    private readonly List<IncidentRow> _incidents = [];
    private readonly List<PendingReport> _reports = [];
    private readonly List<(string EventId, string Change, string? MergedInto, string? DocumentId)> _revisions = [];
    private readonly ReportIndex _buffered = new();
    private readonly List<EventSource> _imported = [];
    private readonly HashSet<string> _importedIds = new(StringComparer.Ordinal);

    public DateTimeOffset At { get; } = at;

    /// <summary>Set on the bulk path of an import: revisions are then numbered here and written by COPY.</summary>
    public PostgresBulkLoad? Bulk { get; init; }

    /// <summary>Set on the staged path of an import: the COPYs fill staging tables, moved into the real ones at the end of each flush.</summary>
    public PostgresStaging? Staging { get; init; }

    /// <summary>The format of documents that exist only as sources of imported events; they have no text.</summary>
    public const string ImportedFormat = "import";

    /// <summary>Same URL, or same outlet and source path: how a revised article is recognised (as in SQLite).</summary>
    public static string SourceKey(DocumentMetadata m) => m.Url is not null ? "url:" + m.Url : "src:" + (m.Outlet ?? "") + "|" + m.Source;

    /// <summary>Draws keys for the next <paramref name="count"/> incidents in one statement.</summary>
    public void Reserve(int count) => Keys.Reserve(count);

    /// <inheritdoc cref="PostgresSequenceKeys.ReserveFor"/>
    public void ReserveFor(IReadOnlyCollection<ConflictEvent> events) => Keys.ReserveFor(events);

    // Made on first use: Bulk is set after construction.
    private PostgresSequenceKeys Keys => _keys ??= new PostgresSequenceKeys(connection, transaction, Bulk is not null);

    private PostgresSequenceKeys? _keys;

    public long AddIncident(MergedIncident merged, string sentence)
    {
        long pk = Keys.NextIncidentKey();
        _incidents.Add(new IncidentRow(pk, merged, sentence));
        return pk;
    }

    public void AddReport(StoredEvent report, long eventPk, string? body)
    {
        _reports.Add(new PendingReport(report, eventPk, body));
        _buffered.Add(report);
    }

    /// <summary>
    /// Buffers an imported report, which never merges: it stays out of the window index, sparing
    /// it an entry per row of a million-event import (the import tells repeats by id itself).
    /// </summary>
    public void AddImportedReport(StoredEvent report, long eventPk) => _reports.Add(new PendingReport(report, eventPk, null));

    /// <summary>Reports added since the last flush, which candidate lookups in the database cannot see yet, indexed by window.</summary>
    public ReportIndex Buffered => _buffered;

    public void AddRevision(string eventId, string change, string? mergedInto, string? documentId) => _revisions.Add((eventId, change, mergedInto, documentId));

    public void DeleteIncident(long pk) => Execute("DELETE FROM events WHERE pk = @pk", ("pk", pk));

    public void MoveReport(long reportPk, long eventPk, string? body) =>
        Execute("UPDATE reports SET event_pk = @event_pk, body = coalesce(body, @body) WHERE pk = @pk", ("event_pk", eventPk), ("body", body), ("pk", reportPk));

    public void DeleteReport(long reportPk) => Execute("DELETE FROM reports WHERE pk = @pk", ("pk", reportPk));

    public void Supersede(string documentId, string by) => Execute("UPDATE documents SET superseded_by = @by WHERE id = @id", ("by", by), ("id", documentId));

    /// <summary>Buffers a text-less document standing for a source known only from an imported event; written (unless stored) before the incidents.</summary>
    public void AddImportedDocument(EventSource source)
    {
        if (_importedIds.Add(source.DocumentId)) _imported.Add(source);
    }

    /// <summary>Writes everything buffered: incidents and their child rows, then reports, then revisions.</summary>
    public void Flush(CancellationToken cancellationToken = default)
    {
        if (_imported.Count > 0)
        {
            if (Bulk?.Truncated(PostgresBulkLoad.Documents) == true) Stage("documents (stubs)", CopyImportedDocuments);
            else Stage("documents (stubs)", InsertImportedDocuments);
            _imported.Clear();
        }
        if (_incidents.Count > 0)
        {
            PostgresBatchRows rows = null!;
            Dictionary<string, long> actorIds = null!;
            Dictionary<PostgresActors.AliasKey, long> aliasIds = null!;
            Stage("flatten", () => rows = PostgresBatchRows.Flatten(_incidents, Keys.Draw));
            Stage("actors (upsert)", () =>
            {
                actorIds = PostgresActors.Resolve(connection, transaction, rows.DistinctActors());
                aliasIds = PostgresActors.ResolveAliases(connection, transaction, rows.EventActors, actorIds);
            });
            var copy = new PostgresCopy(Open);
            Stage("copy events", () => Traced(_incidents, () => copy.Events(_incidents, cancellationToken)));
            Stage("copy event_sources", () => copy.Sources(_incidents, rows.SourceKeys));
            Stage("copy event_actors", () => copy.EventActors(rows.EventActors, actorIds));
            Stage("copy event_actor_aliases", () => copy.EventActorAliases(rows.EventActors, actorIds, aliasIds));
            Stage("copy claims, claim_by", () => copy.Claims(rows.Claims));
            Stage("copy evidence", () => copy.Evidence(_incidents, rows.EvidenceKeys));
            _incidents.Clear();
        }
        if (_reports.Count > 0)
        {
            // On the bulk path the reports' identity keys are drawn as one block and given in the rows.
            IReadOnlyList<long>? keys = Bulk is null ? null : Keys.Draw(ReportsSequence, _reports.Count);
            Stage("copy reports", () => new PostgresCopy(Open).Reports(_reports, keys));
            _reports.Clear();
            _buffered.Clear();
        }
        if (_revisions.Count > 0)
        {
            if (Bulk is PostgresBulkLoad bulk) Stage("copy revisions", () => CopyRevisions(bulk));
            else Stage("insert revisions", InsertRevisions);
            _revisions.Clear();
        }
        if (Staging is PostgresStaging staging) Stage("move staged rows (insert ... select)", staging.Move);
    }

    private const string ReportsSequence = "reports_pk_seq";
    private const string RevisionsSequence = "revisions_id_seq";

    private PostgresCopyWriter Open(PostgresCopyTable table) =>
        Staging?.Open(table) ?? PostgresCopyWriter.Begin(connection, table.Name, table, freeze: Bulk?.Truncated(table.Name) == true);

    /// <summary>When set, the time of each step of a flush is added to it.</summary>
    public PostgresCopyProfile? Profile { get; init; }

    private void Stage(string name, Action work)
    {
        if (Profile is null) work();
        else Profile.Measure(name, work);
    }

    private void InsertImportedDocuments()
    {
        using var command = new NpgsqlCommand($"""
            INSERT INTO documents (id, source, url, outlet, published, format, language, text, ingested_at)
            SELECT u.id, u.source, u.url, u.outlet, u.published, '{ImportedFormat}', 'und', '', @at
            FROM unnest(@ids, @sources, @urls, @outlets, @published) AS u(id, source, url, outlet, published)
            ORDER BY u.id
            ON CONFLICT (id) DO NOTHING
            """, connection, transaction);
        Array(command, "ids", _imported.Select(d => d.DocumentId));
        Array(command, "sources", _imported.Select(d => d.Source));
        Array(command, "urls", _imported.Select(d => d.Url));
        Array(command, "outlets", _imported.Select(d => d.Outlet));
        command.Parameters.Add(new NpgsqlParameter("published", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = _imported.Select(d => d.Published).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = At.UtcDateTime });
        command.ExecuteNonQuery();
    }

    // On the bulk path into a store without documents: no stored row to conflict with, and the
    // writer never buffers a document twice, so the stubs go in by COPY like the event rows.
    private void CopyImportedDocuments()
    {
        using PostgresCopyWriter w = Open(PostgresCopyTables.ImportedDocuments);
        foreach (EventSource d in _imported)
        {
            w.StartRow();
            w.Text(d.DocumentId);
            w.Text(d.Source);
            w.Text(d.Url);
            w.Text(d.Outlet);
            w.Date(d.Published);
            w.Text(ImportedFormat);
            w.Text("und");
            w.Text("");
            w.TimestampTz(At);
        }
        w.Complete();
    }

    // The bulk path's revisions table has no index to look the stored numbers up in; the load
    // numbers them. Its identity keys are drawn as one block and given in the rows, sparing the
    // server a nextval per row.
    private void CopyRevisions(PostgresBulkLoad bulk)
    {
        IReadOnlyList<long> keys = Keys.Draw(RevisionsSequence, _revisions.Count);
        using PostgresCopyWriter w = Open(PostgresCopyTables.KeyedRevisions);
        int next = 0;
        foreach ((string eventId, string change, string? mergedInto, string? documentId) in _revisions)
        {
            w.StartRow();
            w.Bigint(keys[next++]);
            w.Text(eventId);
            w.Integer(bulk.CreatedRevision(eventId));
            w.Text(change);
            w.Text(mergedInto);
            w.TimestampTz(At);
            w.Text(documentId);
        }
        w.Complete();
    }

    // Revision numbers count per public id, continuing from what is stored, in the order they were logged.
    private void InsertRevisions()
    {
        using var command = new NpgsqlCommand("""
            INSERT INTO revisions (event_id, revision, change, merged_into, at, document_id)
            SELECT u.event_id,
                   coalesce((SELECT max(r.revision) FROM revisions r WHERE r.event_id = u.event_id), 0)
                       + row_number() OVER (PARTITION BY u.event_id ORDER BY u.ord),
                   u.change, u.merged_into, @at, u.document_id
            FROM unnest(@event_ids, @changes, @merged_into, @document_ids) WITH ORDINALITY AS u(event_id, change, merged_into, document_id, ord)
            """, connection, transaction);
        Array(command, "event_ids", _revisions.Select(r => r.EventId));
        Array(command, "changes", _revisions.Select(r => r.Change));
        Array(command, "merged_into", _revisions.Select(r => r.MergedInto));
        Array(command, "document_ids", _revisions.Select(r => r.DocumentId));
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = At.UtcDateTime });
        command.ExecuteNonQuery();
    }

    /// <summary>How many stored rows this writer has changed or deleted (not counting the new rows it added): what was read before is stale once it moves.</summary>
    public int Changes { get; private set; }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        Flush();
        Changes++;
        using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach ((string name, object? value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private static void Array(NpgsqlCommand command, string name, IEnumerable<string?> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });

    // PostgreSQL reports the failing row of a COPY as "COPY events, line N" (1-based) in the error context.
    private static void Traced(IReadOnlyList<IncidentRow> rows, Action copy)
    {
        try
        {
            copy();
        }
        catch (PostgresException ex) when (RowOf(ex, rows) is IncidentRow row)
        {
            throw new StoreException(ErrorCodes.StoreWriteFailed, row.DocumentId,
                $"document {row.DocumentId} ({row.Source}): event '{row.Event.Id}' could not be stored ({ex.MessageText.TrimEnd('.')}); the batch was rolled back and the store is unchanged", ex);
        }
    }

    private static IncidentRow? RowOf(PostgresException ex, IReadOnlyList<IncidentRow> rows)
    {
        Match match = CopyLine().Match(ex.Where ?? "");
        if (!match.Success) return null;
        int line = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return line >= 1 && line <= rows.Count ? rows[line - 1] : null;
    }

    [GeneratedRegex(@"COPY \w+, line (\d+)")]
    private static partial Regex CopyLine();
}
