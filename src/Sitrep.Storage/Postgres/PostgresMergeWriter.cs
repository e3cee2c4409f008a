using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage.Json;
using Sitrep.Storage.Merging;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Ingests documents inside one transaction with the SQLite store's merging rules (the same
/// <see cref="IncidentMatcher"/>, <see cref="IncidentClusterer"/> and <see cref="IncidentMerger"/>,
/// step for step as SqliteIngestWriter): a new document's reports join the incidents they match,
/// a revised article's old reports are withdrawn first, and every change to a public id is logged.
/// A report that matches nothing (the usual case in bulk) is buffered and written by COPY.
/// </summary>
internal sealed class PostgresMergeWriter(PostgresIncidentWriter rows, PostgresReportReader reports, IncidentMatcher matcher)
{
    // Every report this batch added (the buffer forgets what it flushed) and the windows that held
    // stored reports when the batch began: a report in neither has no candidate anywhere, which
    // saves the batch a database round trip per report. The merge lock keeps other writers out meanwhile.
    private readonly ReportIndex _added = new();
    private HashSet<FamilyWindow>? _storedWindows;

    // The stored reports in the batch's windows, read once with their events when the batch began,
    // and the writer's change count then: until the batch changes a stored row (a merge or a
    // revision), a report that matches none of them nor any report of the batch is an incident of
    // its own, found without a query per report.
    private List<PostgresWindowedReport> _stored = [];
    private Dictionary<long, StoredEvent> _storedEvents = [];
    private int _storedAtChange = -1;

    // Source keys that current stored documents carry, and the batch's documents by source key:
    // a document whose key is in neither (apart from itself) revises nothing, and asking the
    // database anyway would flush the buffered rows once per document.
    private HashSet<string>? _storedKeys;
    private readonly Dictionary<string, List<string>> _batchByKey = new(StringComparer.Ordinal);

    /// <summary>
    /// Looks up, in one query each, which of the batch's windows hold stored reports and which of
    /// its source keys stored documents carry; without it every report and document asks the database.
    /// </summary>
    public void Prepare(IReadOnlyList<ProcessedDocument> documents)
    {
        List<FamilyWindow> windows = [.. documents.SelectMany(PostgresBatchRows.EventsOf).Select(WindowOf).Distinct()];
        _stored = reports.InWindows(windows);
        _storedWindows = [.. windows.Where(w => _stored.Any(r => r.In(w)))];
        _storedEvents = reports.Load(_stored.Select(r => r.Row));
        _storedAtChange = rows.Changes;
        foreach (ProcessedDocument item in documents)
        {
            string key = PostgresIncidentWriter.SourceKey(item.Document.Metadata);
            if (!_batchByKey.TryGetValue(key, out List<string>? ids)) _batchByKey[key] = ids = [];
            ids.Add(item.Document.Id.Value);
        }
        _storedKeys = reports.CurrentSourceKeys(_batchByKey.Keys, [.. documents.Select(d => d.Document.Id.Value)]);
    }

    /// <summary>The current document <paramref name="document"/> revises, if any; <paramref name="notYet"/> as for <see cref="Write"/>.</summary>
    private string? PreviousRevision(Document document, IReadOnlyCollection<string> notYet)
    {
        string key = PostgresIncidentWriter.SourceKey(document.Metadata);
        bool sharedInBatch = _batchByKey.TryGetValue(key, out List<string>? sameKey) && sameKey.Count > 1;
        if (_storedKeys is not null && !_storedKeys.Contains(key) && !sharedInBatch) return null;
        // Only the batch's documents with this key can be among those the query must skip.
        IReadOnlyCollection<string> skip = sameKey is null ? notYet : [.. sameKey.Where(notYet.Contains)];
        string? previous = reports.CurrentRevisionOf(key, document.Id.Value, skip);
        if (previous is not null && !MayRevise) throw new MergeLockTooNarrowException();
        return previous;
    }

    /// <summary>Whether the batch holds the exclusive merge lock: a revision rewrites incidents the batch's own lock keys may not cover.</summary>
    public bool MayRevise { get; init; } = true;

    private FamilyWindow WindowOf(ConflictEvent e) => new(matcher.WindowFor(e), IncidentMatcher.Family(e));

    /// <summary>Writes one new document's events; <paramref name="notYet"/> are the batch's later documents, already inserted but not yet processed.</summary>
    public IngestResult Write(Document document, IReadOnlyList<ConflictEvent> events, IReadOnlyCollection<string> notYet)
    {
        string documentId = document.Id.Value;
        var log = new RevisionLog();
        bool revised = false;
        if (PreviousRevision(document, notYet) is string previous)
        {
            revised = true;
            events = Revise(previous, documentId, events, log);
        }
        int merged = 0;
        foreach (ConflictEvent e in events)
        {
            if (AddReport(document, e, log)) merged++;
        }
        log.Write(rows.AddRevision, documentId);
        return new IngestResult(1, 0, events.Count, 0) { EventsMerged = merged, DocumentsRevised = revised ? 1 : 0 };
    }

    /// <summary>
    /// Writes an imported event as an incident of its own; the caller has checked that no report
    /// with its id is stored or was imported before.
    /// </summary>
    public void Import(StoredEvent stored)
    {
        foreach (EventSource source in stored.Sources) rows.AddImportedDocument(source);
        long pk = rows.AddIncident(IncidentMerger.Alone(stored), "");
        rows.AddImportedReport(stored, pk);
        rows.AddRevision(stored.Event.Id, "created", null, stored.DocumentId);
    }

    private List<ConflictEvent> Revise(string previous, string documentId, IReadOnlyList<ConflictEvent> events, RevisionLog log)
    {
        rows.Supersede(previous, documentId);
        IReadOnlyList<PostgresReportRow> oldRows = reports.OfDocument(previous);
        Dictionary<long, StoredEvent> old = reports.Load(oldRows);
        var unpaired = oldRows.ToList();
        var renamed = new List<ConflictEvent>(events.Count);
        foreach (ConflictEvent e in events)
        {
            PostgresReportRow? match = unpaired.FirstOrDefault(r => matcher.Compare(old[r.Pk].Event, e) == IncidentMatch.Same);
            if (match is not null) unpaired.Remove(match);
            renamed.Add(match is null ? e : e with { Id = match.Id });
        }
        Withdraw(oldRows, log);
        return renamed;
    }

    private void Withdraw(IReadOnlyList<PostgresReportRow> withdrawn, RevisionLog log)
    {
        var gone = withdrawn.Select(r => r.Pk).ToHashSet();
        foreach (long incidentPk in withdrawn.Select(r => r.EventPk).Distinct())
        {
            string incidentId = reports.IncidentId(incidentPk);
            IReadOnlyList<PostgresReportRow> members = reports.OfIncident(incidentPk);
            List<PostgresReportRow> remaining = [.. members.Where(r => !gone.Contains(r.Pk))];
            Dictionary<long, StoredEvent> loaded = reports.Load(remaining);
            foreach (PostgresReportRow row in members.Where(r => gone.Contains(r.Pk)))
            {
                rows.DeleteReport(row.Pk);
                reports.Forget(row.Pk);
            }
            rows.DeleteIncident(incidentPk);
            log.Deleted(incidentId);
            var rowOf = remaining.ToDictionary(r => loaded[r.Pk].Event.Id, StringComparer.Ordinal);
            foreach (var cluster in IncidentClusterer.Cluster([.. remaining.Select(r => loaded[r.Pk])], matcher))
            {
                MergedIncident merged = IncidentMerger.Merge(cluster);
                long pk = rows.AddIncident(merged, SentenceOf(merged.Incident));
                log.Inserted(merged.Incident.Event.Id);
                log.Merged(incidentId, merged.Incident.Event.Id);
                foreach (StoredEvent report in cluster)
                    rows.MoveReport(rowOf[report.Event.Id].Pk, pk, cluster.Length > 1 ? Body(report) : null);
            }
        }
    }

    /// <summary>Adds one report, merging every incident it matches; true when it joined at least one.</summary>
    private bool AddReport(Document document, ConflictEvent e, RevisionLog log)
    {
        string documentId = document.Id.Value;
        DocumentMetadata m = document.Metadata;
        var report = new StoredEvent(e, documentId, [new EventSource(documentId, m.Url, m.Outlet, m.Published, m.Source)]);
        CandidateWindow window = matcher.WindowFor(e);
        string family = IncidentMatcher.Family(e);
        bool storedBefore = _storedWindows is null || _storedWindows.Contains(new FamilyWindow(window, family));
        _added.Add(report);
        if (!storedBefore && !_added.Candidates(window, family).Any(b => b.DocumentId != documentId && matcher.Compare(report, b) == IncidentMatch.Same))
        {
            long alone = rows.AddIncident(IncidentMerger.Merge([report]), document.TextOf(e.Span));
            rows.AddReport(report, alone, null);
            log.Inserted(e.Id);
            return false;
        }
        if (rows.Changes == _storedAtChange && !MatchesReadAhead(report, new FamilyWindow(window, family)))
        {
            long alone = rows.AddIncident(IncidentMerger.Merge([report]), document.TextOf(e.Span));
            rows.AddReport(report, alone, null);
            log.Inserted(e.Id);
            return false;
        }
        List<PostgresReportRow> candidates = [.. reports.Candidates(window, family).Where(r => r.DocumentId != documentId)];
        Dictionary<long, StoredEvent> loaded = reports.Load(candidates);
        long[] matched = [.. candidates.Where(r => matcher.Compare(report, loaded[r.Pk]) == IncidentMatch.Same).Select(r => r.EventPk).Distinct()];
        if (matched.Length == 0)
        {
            bool matchesBuffered = rows.Buffered.Candidates(window, family).Any(b => b.DocumentId != documentId && matcher.Compare(report, b) == IncidentMatch.Same);
            if (!matchesBuffered)
            {
                long alone = rows.AddIncident(IncidentMerger.Merge([report]), document.TextOf(e.Span));
                rows.AddReport(report, alone, null);
                log.Inserted(e.Id);
                return false;
            }
            // It matches a report of this batch that is not written yet: write the buffer and look again.
            rows.Flush();
            candidates = [.. reports.Candidates(window, family).Where(r => r.DocumentId != documentId)];
            loaded = reports.Load(candidates);
            matched = [.. candidates.Where(r => matcher.Compare(report, loaded[r.Pk]) == IncidentMatch.Same).Select(r => r.EventPk).Distinct()];
        }
        List<PostgresReportRow> members = [.. matched.SelectMany(reports.OfIncident)];
        Dictionary<long, StoredEvent> memberEvents = reports.Load(members);
        string[] oldIds = [.. matched.Select(reports.IncidentId)];
        foreach (long pk in matched) rows.DeleteIncident(pk);
        MergedIncident merged = IncidentMerger.Merge(memberEvents.Values.Append(report));
        string sentence = merged.Incident.Event.Id == e.Id ? document.TextOf(e.Span) : SentenceOf(merged.Incident);
        long incident = rows.AddIncident(merged, sentence);
        string id = merged.Incident.Event.Id;
        foreach (string oldId in oldIds)
        {
            log.Deleted(oldId);
            log.Merged(oldId, id);
        }
        log.Inserted(id);
        rows.AddReport(report, incident, Body(report));
        foreach (PostgresReportRow row in members) rows.MoveReport(row.Pk, incident, row.Body is null ? Body(memberEvents[row.Pk]) : null);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="report"/> matches a report stored when the batch began (read ahead)
    /// or one the batch added: what the candidate query plus the buffer check below would find,
    /// as long as the batch has changed no stored row.
    /// </summary>
    private bool MatchesReadAhead(StoredEvent report, FamilyWindow window)
    {
        string documentId = report.DocumentId;
        foreach (PostgresWindowedReport stored in _stored)
        {
            if (stored.Row.DocumentId != documentId && stored.In(window) && matcher.Compare(report, _storedEvents[stored.Row.Pk]) == IncidentMatch.Same) return true;
        }
        return _added.Candidates(window.Window, window.Family).Any(b => b.DocumentId != documentId && matcher.Compare(report, b) == IncidentMatch.Same);
    }

    private static string Body(StoredEvent report) => StoredEventJsonWriter.ToLine(report, exact: true);

    private string SentenceOf(StoredEvent incident)
    {
        string text = reports.DocumentText(incident.DocumentId);
        Span span = incident.Event.Span;
        return span.End <= text.Length ? span.TextOf(text) : "";
    }
}
