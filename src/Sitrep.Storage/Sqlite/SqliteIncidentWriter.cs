using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage.Merging;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// The row-level writes of one open write transaction: documents, incidents with their child
/// rows, reports and revisions. Ids it caches (actors, aliases) are only valid in that
/// transaction, so a writer never outlives it.
/// </summary>
internal sealed class SqliteIncidentWriter : IDisposable
{
    private readonly Dictionary<string, long> _actorIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(long Actor, string Alias), long> _aliasIds = [];
    private readonly List<Statement> _statements = [];
    private readonly SqliteBodyWriter _bodies = new();
    private readonly HashSet<long> _actorKeys = [];
    private readonly Statement _document;
    private readonly Statement _event;
    private readonly Statement _eventBody;
    private readonly Statement _deleteEvent;
    private readonly Statement _selectActor;
    private readonly Statement _insertActor;
    private readonly Statement _fillActor;
    private readonly Statement _selectAlias;
    private readonly Statement _insertAlias;
    private readonly Statement _eventActor;
    private readonly Statement _report;
    private readonly Statement _moveReport;
    private readonly Statement _deleteReport;
    private readonly Statement _revision;
    private readonly Statement _firstRevision;
    private readonly Statement _documentExists;
    private readonly SqliteConnection _connection;
    private readonly ImportProfile? _profile;

    private readonly EventActorRows? _actorRows;

    /// <param name="batchActorRows">Write event_actors rows many to a statement (imports, which call <see cref="Flush"/> before they commit).</param>
    public SqliteIncidentWriter(SqliteConnection connection, DateTimeOffset at, ImportProfile? profile = null, bool batchActorRows = false)
    {
        _actorRows = batchActorRows ? new EventActorRows(connection) : null;
        At = StoredValues.Instant(at);
        _connection = connection;
        _profile = profile;
        Statement S(string sql, params string[] names)
        {
            var statement = new Statement(connection, sql, names);
            _statements.Add(statement);
            return statement;
        }
        _document = S(SqliteSql.InsertDocument,
            "@id", "@source", "@path", "@url", "@outlet", "@title", "@published", "@published_at", "@format", "@language", "@text", "@ingested_at", "@source_key");
        _event = S(SqliteSql.InsertEvent,
            "@id", "@document_id", "@event_type", "@sub_event_type", "@date_start", "@date_end", "@country", "@admin1",
            "@latitude", "@longitude", "@fatalities_best", "@evidence_lower");
        _eventBody = S(SqliteSql.InsertEventBody, "@pk", "@body");
        _deleteEvent = S(SqliteSql.DeleteEvent, "@pk");
        _selectActor = S(SqliteSql.SelectActor, "@name");
        _insertActor = S(SqliteSql.InsertActor, "@name", "@name_lower", "@type", "@inter", "@country");
        _fillActor = S(SqliteSql.FillActor, "@type", "@inter", "@country", "@id");
        _selectAlias = S(SqliteSql.SelectAlias, "@actor_id", "@alias");
        _insertAlias = S(SqliteSql.InsertAlias, "@actor_id", "@alias", "@alias_lower");
        _eventActor = S(SqliteSql.InsertEventActor, "@event_pk", "@actor_id", "@date_start");
        _report = S(SqliteSql.InsertReport, "@id", "@document_id", "@event_pk", "@country", "@family", "@date_start", "@date_end", "@body");
        _moveReport = S(SqliteSql.MoveReport, "@event_pk", "@body", "@pk");
        _deleteReport = S(SqliteSql.DeleteReport, "@pk");
        _revision = S(SqliteSql.InsertRevision, "@event_id", "@change", "@merged_into", "@at", "@document_id");
        _firstRevision = S(SqliteSql.InsertFirstRevision, "@event_id", "@change", "@merged_into", "@at", "@document_id");
        _documentExists = S(SqliteSql.SelectDocumentExists, "@id");
    }

    /// <summary>The writer's timestamp as stored (ingested_at, revisions.at).</summary>
    public string At { get; }

    /// <summary>Inserts the document, or returns false when a document with its id is already stored.</summary>
    public bool InsertDocument(Document document)
    {
        DocumentMetadata m = document.Metadata;
        return _document.Execute(
            document.Id.Value, m.Source, m.Path, m.Url, m.Outlet, m.Title,
            m.Published is DateOnly published ? StoredValues.Date(published) : null,
            m.PublishedAt is DateTimeOffset at ? StoredValues.Instant(at) : null,
            m.Format, m.Language, document.Text, At, SourceKey(m)) == 1;
    }

    public bool DocumentExists(string documentId) => _documentExists.QueryId(documentId) is not null;

    /// <summary>Inserts a text-less document standing for a source known only from an imported event.</summary>
    public void InsertImportedDocument(EventSource source) =>
        _document.Execute(source.DocumentId, source.Source, null, source.Url, source.Outlet, null,
            source.Published is DateOnly published ? StoredValues.Date(published) : null, null,
            ImportedFormat, "und", "", At, null);

    /// <summary>The format of documents that exist only as sources of imported events; they have no text.</summary>
    public const string ImportedFormat = "import";

    /// <summary>Same URL, or same outlet and source path: how a revised article is recognised.</summary>
    public static string SourceKey(DocumentMetadata m) => m.Url is not null ? "url:" + m.Url : "src:" + (m.Outlet ?? "") + "|" + m.Source;

    /// <summary>
    /// Writes an incident (a merge's <see cref="MergedIncident.Incident"/>, or a report alone): its
    /// events row, its whole record in event_bodies, and one event_actors row per actor for the
    /// actor filter; <paramref name="sentence"/> is the text of its span in its document.
    /// </summary>
    public long InsertIncident(StoredEvent incident, string sentence)
    {
        ConflictEvent e = incident.Event;
        string dateStart = StoredValues.Date(e.Date.Start);
        string searchText = SqliteEventBodies.SearchText(sentence, e);
        _profile?.End(ImportPhase.SearchText);
        long pk = _event.ExecuteInsert(
            e.Id, incident.DocumentId, e.EventType, e.SubEventType, dateStart, StoredValues.Date(e.Date.End),
            e.Place.Country, e.Place.Admin1, e.Place.Point?.Latitude, e.Place.Point?.Longitude, e.Fatalities.Best, searchText);
        _profile?.End(ImportPhase.EventRow);
        Blob body = _bodies.Write(incident);
        _profile?.End(ImportPhase.EncodeBody);
        _eventBody.Execute(pk, body);
        _profile?.End(ImportPhase.BodyRow);
        _actorKeys.Clear();
        foreach (ActorRef actor in e.AllActors)
        {
            long actorId = ActorId(actor);
            // The actor filter also searches the aliases each event printed an actor under.
            if (!actor.Aliases.IsDefault) foreach (string alias in actor.Aliases) AliasId(actorId, alias);
            // One row per actor even when an event names it twice (actor1 and an associate): the filter asks only whether it is there.
            if (!_actorKeys.Add(actorId)) continue;
            if (_actorRows is not null) _actorRows.Add(pk, actorId, dateStart);
            else _eventActor.Execute(pk, actorId, dateStart);
        }
        _profile?.End(ImportPhase.ActorRows);
        return pk;
    }

    /// <summary>
    /// Writes a report and revision 1 ('created') for every incident from <paramref name="firstPk"/>
    /// on, each an imported event alone in its incident: what <see cref="InsertReport"/> (without a
    /// body) and <see cref="InsertFirstRevision"/> write, with one statement per table.
    /// </summary>
    public void InsertImportedReportsAndRevisions(long firstPk)
    {
        _connection.CreateFunction<string, string>(SqliteSql.UpperInvariant, s => s.ToUpperInvariant(), isDeterministic: true);
        using (var reports = new Statement(_connection, SqliteSql.InsertImportedReports, "@first")) reports.Execute(firstPk);
        using var revisions = new Statement(_connection, SqliteSql.InsertImportedRevisions, "@first", "@at");
        revisions.Execute(firstPk, At);
    }

    /// <summary>Deletes an incident row; its child rows go with it (ON DELETE CASCADE), its reports must be moved or deleted.</summary>
    public void DeleteIncident(long pk)
    {
        // The cascade must find the incident's actor rows.
        Flush();
        _deleteEvent.Execute(pk);
    }

    /// <summary>Writes the rows still waiting in a batch; before anything reads event_actors, and before the commit.</summary>
    public void Flush() => _actorRows?.Flush();

    public long InsertReport(StoredEvent report, long eventPk, string? body) =>
        _report.ExecuteInsert(report.Event.Id, report.DocumentId, eventPk, report.Event.Place.Country.ToUpperInvariant(), IncidentMatcher.Family(report.Event),
            StoredValues.Date(report.Event.Date.Start), StoredValues.Date(report.Event.Date.End), body);

    /// <summary>Points a report at its (new) incident, storing its body when it has none yet.</summary>
    public void MoveReport(long reportPk, long eventPk, string? body) => _moveReport.Execute(eventPk, body, reportPk);

    public void DeleteReport(long reportPk) => _deleteReport.Execute(reportPk);

    public void InsertRevision(string eventId, string change, string? mergedInto, string? documentId) =>
        _revision.Execute(eventId, change, mergedInto, At, documentId);

    /// <summary>Logs an id's first revision without looking up earlier ones: only for ids known to have none (a bulk import into an empty store).</summary>
    public void InsertFirstRevision(string eventId, string change, string? mergedInto, string? documentId) =>
        _firstRevision.Execute(eventId, change, mergedInto, At, documentId);

    public void Dispose()
    {
        foreach (Statement s in _statements) s.Dispose();
        _actorRows?.Dispose();
    }

    private long ActorId(ActorRef actor)
    {
        if (_actorIds.TryGetValue(actor.Name, out long id)) return id;
        if (_selectActor.QueryId(actor.Name) is long stored)
        {
            id = stored;
            _fillActor.Execute(actor.Type, actor.Inter, actor.Country, id);
        }
        else
        {
            id = _insertActor.ExecuteInsert(actor.Name, StoredValues.Fold(actor.Name), actor.Type, actor.Inter, actor.Country);
        }
        _actorIds[actor.Name] = id;
        return id;
    }

    private long AliasId(long actorId, string alias)
    {
        if (_aliasIds.TryGetValue((actorId, alias), out long id)) return id;
        id = _selectAlias.QueryId(actorId, alias) ?? _insertAlias.ExecuteInsert(actorId, alias, StoredValues.Fold(alias));
        _aliasIds[(actorId, alias)] = id;
        return id;
    }
}
