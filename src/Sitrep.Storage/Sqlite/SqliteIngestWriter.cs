using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Storage.Json;
using Sitrep.Storage.Merging;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Ingests documents inside one open write transaction: a new document's reports join the
/// incidents they match (merging those incidents when a report matches several), a revised
/// article's old reports are withdrawn first, and every change to a public id is logged.
/// </summary>
internal sealed class SqliteIngestWriter : IDisposable
{
    private readonly SqliteIncidentWriter _rows;
    private readonly SqliteReportReader _reports;
    private readonly IncidentMatcher _matcher;
    // Documents an import knows to be stored: it wrote their stubs, or found them.
    private readonly HashSet<string> _importedDocuments = new(StringComparer.Ordinal);
    private readonly HashSet<string>? _importedIds;
    private readonly ImportProfile? _profile;
    private long? _firstImported;

    /// <param name="emptyStore">
    /// The store held no report and no revision when the transaction began: imports then check
    /// ids against what this writer imported instead of querying the store for each event.
    /// </param>
    /// <param name="profile">Times the phases of <see cref="Import"/> (the store bench); null for none.</param>
    /// <param name="import">The writer runs <see cref="Import"/> only, ending with <see cref="FinishImport"/>.</param>
    public SqliteIngestWriter(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset at, IncidentMatcher matcher,
        bool emptyStore = false, ImportProfile? profile = null, bool import = false)
    {
        _profile = profile;
        _rows = new SqliteIncidentWriter(connection, at, profile, batchActorRows: import);
        _importedIds = emptyStore ? new HashSet<string>(StringComparer.Ordinal) : null;
        _reports = new SqliteReportReader(connection, transaction);
        _matcher = matcher;
    }

    /// <summary>Writes one document and its events, or counts them as present when the document is already stored.</summary>
    public IngestResult Write(ProcessedDocument item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(item.Document);
        Document document = item.Document;
        string documentId = document.Id.Value;
        IReadOnlyList<ConflictEvent> events = item.Events.IsDefault ? [] : item.Events;
        string? eventId = null;
        try
        {
            // A stored document is skipped before its events are looked at: they were checked when it was first stored.
            if (!_rows.InsertDocument(document)) return new IngestResult(0, 1, 0, events.Count);
            foreach (ConflictEvent e in events) Validate(document, e);
            var log = new RevisionLog();
            bool revised = false;
            if (_reports.CurrentRevisionOf(SqliteIncidentWriter.SourceKey(document.Metadata), documentId) is string previous)
            {
                revised = true;
                events = Revise(previous, documentId, events, log);
            }
            int merged = 0;
            foreach (ConflictEvent e in events)
            {
                eventId = e.Id;
                if (AddReport(document, e, log)) merged++;
            }
            log.Write(_rows.InsertRevision, documentId);
            return new IngestResult(1, 0, events.Count, 0) { EventsMerged = merged, DocumentsRevised = revised ? 1 : 0 };
        }
        catch (SqliteException ex)
        {
            string where = eventId is null ? "the document" : $"event '{eventId}'";
            throw new StoreException(ErrorCodes.StoreWriteFailed, documentId,
                $"document {documentId} ({document.Metadata.Source}): {where} could not be stored ({ex.Message.TrimEnd('.')}); the batch was rolled back and the store is unchanged", ex);
        }
    }

    /// <summary>Writes an imported event as an incident of its own, or returns false when a report with its id is already stored.</summary>
    public bool Import(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (StoredEventChecks.Problem(stored.Event) is string problem)
            throw new StoreException(ErrorCodes.StoreWriteFailed, stored.Event.Id,
                $"event '{stored.Event.Id}' cannot be imported: {problem}; the import was rolled back and the store is unchanged");
        if (_importedIds is null ? _reports.ReportExists(stored.Event.Id) : !_importedIds.Add(stored.Event.Id)) return false;
        _profile?.End(ImportPhase.Check);
        try
        {
            foreach (EventSource source in stored.Sources)
            {
                if (_importedDocuments.Add(source.DocumentId)) _rows.InsertImportedDocument(source);
            }
            // Imports run without foreign keys (SqliteEventStore.ImportEvents): this is the one they would check.
            if (!_importedDocuments.Contains(stored.DocumentId))
            {
                if (!_rows.DocumentExists(stored.DocumentId))
                    throw new StoreException(ErrorCodes.StoreWriteFailed, stored.Event.Id,
                        $"event '{stored.Event.Id}' cannot be imported: its document '{stored.DocumentId}' is neither stored nor one of its sources; the import was rolled back and the store is unchanged");
                _importedDocuments.Add(stored.DocumentId);
            }
            _profile?.End(ImportPhase.DocumentRows);
            // An incident of one report is that report (IncidentMerger.Merge of one returns it unchanged).
            long pk = _rows.InsertIncident(stored, "");
            if (_importedIds is not null)
            {
                // Into an empty store, FinishImport writes every report and revision from the events rows.
                _firstImported ??= pk;
                return true;
            }
            _rows.InsertReport(stored, pk, null);
            _profile?.End(ImportPhase.ReportRow);
            _rows.InsertRevision(stored.Event.Id, "created", null, stored.DocumentId);
            _profile?.End(ImportPhase.RevisionRow);
            return true;
        }
        catch (SqliteException ex)
        {
            throw new StoreException(ErrorCodes.StoreWriteFailed, stored.Event.Id,
                $"event '{stored.Event.Id}' could not be imported ({ex.Message.TrimEnd('.')}); the import was rolled back and the store is unchanged", ex);
        }
    }

    /// <summary>Ends an import: into an empty store, writes the reports and revisions of every event it added.</summary>
    public void FinishImport()
    {
        try
        {
            _rows.Flush();
            if (_firstImported is long first) _rows.InsertImportedReportsAndRevisions(first);
        }
        catch (SqliteException ex)
        {
            throw new StoreException(ErrorCodes.StoreWriteFailed, "reports",
                $"the reports and revisions of the imported events could not be written ({ex.Message.TrimEnd('.')}); the import was rolled back and the store is unchanged", ex);
        }
    }

    public void Dispose()
    {
        _rows.Dispose();
        _reports.Dispose();
    }

    // The new version's events take over the ids of the old version's events they match, so the
    // incidents they found keep their ids; then the old reports are withdrawn.
    private List<ConflictEvent> Revise(string previous, string documentId, IReadOnlyList<ConflictEvent> events, RevisionLog log)
    {
        _reports.Supersede(previous, documentId);
        IReadOnlyList<ReportRow> oldRows = _reports.OfDocument(previous);
        Dictionary<long, StoredEvent> old = _reports.Load(oldRows);
        var unpaired = oldRows.ToList();
        var renamed = new List<ConflictEvent>(events.Count);
        foreach (ConflictEvent e in events)
        {
            ReportRow? match = unpaired.FirstOrDefault(r => _matcher.Compare(old[r.Pk].Event, e) == IncidentMatch.Same);
            if (match is not null) unpaired.Remove(match);
            renamed.Add(match is null ? e : e with { Id = match.Id });
        }
        Withdraw(oldRows, log);
        return renamed;
    }

    // Removes reports and recomputes each incident they were in from the reports that remain,
    // which may now fall apart into several incidents (or none).
    private void Withdraw(IReadOnlyList<ReportRow> withdrawn, RevisionLog log)
    {
        var gone = withdrawn.Select(r => r.Pk).ToHashSet();
        foreach (long incidentPk in withdrawn.Select(r => r.EventPk).Distinct())
        {
            string incidentId = _reports.IncidentId(incidentPk);
            IReadOnlyList<ReportRow> members = _reports.OfIncident(incidentPk);
            List<ReportRow> remaining = [.. members.Where(r => !gone.Contains(r.Pk))];
            Dictionary<long, StoredEvent> loaded = _reports.Load(remaining);
            foreach (ReportRow row in members.Where(r => gone.Contains(r.Pk)))
            {
                _rows.DeleteReport(row.Pk);
                _reports.Forget(row.Pk);
            }
            _rows.DeleteIncident(incidentPk);
            log.Deleted(incidentId);
            var rowOf = remaining.ToDictionary(r => loaded[r.Pk].Event.Id, StringComparer.Ordinal);
            foreach (var cluster in IncidentClusterer.Cluster([.. remaining.Select(r => loaded[r.Pk])], _matcher))
            {
                MergedIncident merged = IncidentMerger.Merge(cluster);
                long pk = _rows.InsertIncident(merged.Incident, SentenceOf(merged.Incident));
                log.Inserted(merged.Incident.Event.Id);
                log.Merged(incidentId, merged.Incident.Event.Id);
                foreach (StoredEvent report in cluster)
                    _rows.MoveReport(rowOf[report.Event.Id].Pk, pk, cluster.Length > 1 ? Body(report) : null);
            }
        }
    }

    /// <summary>Adds one report, merging every incident it matches; true when it joined at least one.</summary>
    private bool AddReport(Document document, ConflictEvent e, RevisionLog log)
    {
        string documentId = document.Id.Value;
        DocumentMetadata m = document.Metadata;
        var report = new StoredEvent(e, documentId, [new EventSource(documentId, m.Url, m.Outlet, m.Published, m.Source)]);
        List<ReportRow> candidates = [.. _reports.Candidates(_matcher.WindowFor(e), IncidentMatcher.Family(e)).Where(r => r.DocumentId != documentId)];
        Dictionary<long, StoredEvent> loaded = _reports.Load(candidates);
        long[] matched = [.. candidates.Where(r => _matcher.Compare(report, loaded[r.Pk]) == IncidentMatch.Same).Select(r => r.EventPk).Distinct()];
        if (matched.Length == 0)
        {
            long alone = _rows.InsertIncident(report, document.TextOf(e.Span));
            _rows.InsertReport(report, alone, null);
            log.Inserted(e.Id);
            return false;
        }
        List<ReportRow> members = [.. matched.SelectMany(_reports.OfIncident)];
        Dictionary<long, StoredEvent> memberEvents = _reports.Load(members);
        string[] oldIds = [.. matched.Select(_reports.IncidentId)];
        foreach (long pk in matched) _rows.DeleteIncident(pk);
        MergedIncident merged = IncidentMerger.Merge(memberEvents.Values.Append(report));
        string sentence = merged.Incident.Event.Id == e.Id ? document.TextOf(e.Span) : SentenceOf(merged.Incident);
        long incident = _rows.InsertIncident(merged.Incident, sentence);
        string id = merged.Incident.Event.Id;
        foreach (string oldId in oldIds)
        {
            log.Deleted(oldId);
            log.Merged(oldId, id);
        }
        log.Inserted(id);
        _rows.InsertReport(report, incident, Body(report));
        foreach (ReportRow row in members) _rows.MoveReport(row.Pk, incident, row.Body is null ? Body(memberEvents[row.Pk]) : null);
        return true;
    }

    private static string Body(StoredEvent report) => StoredEventJsonWriter.ToLine(report, exact: true);

    // The founding report's sentence, read from its document; documents known only from an import have no text.
    private string SentenceOf(StoredEvent incident)
    {
        string text = _reports.DocumentText(incident.DocumentId);
        Span span = incident.Event.Span;
        return span.End <= text.Length ? span.TextOf(text) : "";
    }

    // Offsets are checked here because the text is not in the events table to check them against.
    private static void Validate(Document document, ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (StoredEventChecks.Problem(e) is string problem) throw Invalid(document, e, problem);
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
