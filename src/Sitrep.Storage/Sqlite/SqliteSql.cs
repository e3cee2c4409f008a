using Sitrep.Events;

namespace Sitrep.Storage.Sqlite;

/// <summary>The statements the SQLite store runs. Every value is a bound parameter.</summary>
internal static class SqliteSql
{
    public const string InsertDocument = """
        INSERT INTO documents (id, source, path, url, outlet, title, published, published_at, format, language, text, ingested_at, source_key)
        VALUES (@id, @source, @path, @url, @outlet, @title, @published, @published_at, @format, @language, @text, @ingested_at, @source_key)
        ON CONFLICT (id) DO NOTHING
        """;

    // The record is in event_bodies; these columns are what the filters, orders and their indexes read.
    public const string InsertEvent = """
        INSERT INTO events (id, document_id, event_type, sub_event_type, date_start, date_end, country, admin1,
            latitude, longitude, fatalities_best, evidence_lower)
        VALUES (@id, @document_id, @event_type, @sub_event_type, @date_start, @date_end, @country, @admin1,
            @latitude, @longitude, @fatalities_best, @evidence_lower)
        """;

    public const string InsertEventBody = "INSERT INTO event_bodies (pk, body) VALUES (@pk, @body)";

    public const string DeleteEvent = "DELETE FROM events WHERE pk = @pk";

    public const string SelectActor = "SELECT id FROM actors WHERE name = @name";

    public const string InsertActor =
        "INSERT INTO actors (name, name_lower, type, inter, country) VALUES (@name, @name_lower, @type, @inter, @country)";

    // A later ingest only fills attributes the first one left unknown; per-event values live in event_actors.
    public const string FillActor = """
        UPDATE actors SET type = coalesce(type, @type), inter = coalesce(inter, @inter), country = coalesce(country, @country)
        WHERE id = @id
        """;

    public const string SelectAlias = "SELECT id FROM actor_aliases WHERE actor_id = @actor_id AND alias = @alias";

    public const string InsertAlias = "INSERT INTO actor_aliases (actor_id, alias, alias_lower) VALUES (@actor_id, @alias, @alias_lower)";

    public const string InsertEventActor =
        "INSERT INTO event_actors (event_pk, actor_id, date_start) VALUES (@event_pk, @actor_id, @date_start)";

    public const string InsertReport = """
        INSERT INTO reports (id, document_id, event_pk, country, family, date_start, date_end, body)
        VALUES (@id, @document_id, @event_pk, @country, @family, @date_start, @date_end, @body)
        """;

    public const string MoveReport = "UPDATE reports SET event_pk = @event_pk, body = coalesce(body, @body) WHERE pk = @pk";

    public const string DeleteReport = "DELETE FROM reports WHERE pk = @pk";

    // Revision numbers count per public id; the UNIQUE (event_id, revision) index answers the max.
    public const string InsertRevision = """
        INSERT INTO revisions (event_id, revision, change, merged_into, at, document_id)
        VALUES (@event_id, (SELECT coalesce(max(revision), 0) + 1 FROM revisions WHERE event_id = @event_id), @change, @merged_into, @at, @document_id)
        """;

    public const string InsertFirstRevision = """
        INSERT INTO revisions (event_id, revision, change, merged_into, at, document_id)
        VALUES (@event_id, 1, @change, @merged_into, @at, @document_id)
        """;

    // An import into an empty store writes the reports and first revisions of its events with one
    // statement each, from the events rows, as one per-event statement each would have: a report
    // alone in its incident has no body, its family is IncidentMatcher.Family (a test compares
    // them over the ACLED typology) and its country is upper-cased as .NET's invariant culture
    // does (SQLite's upper() folds ASCII only); an ISO3 code already in capitals, nearly every
    // one, is taken as it is rather than through a call into .NET per row.
    public const string InsertImportedReports = $$"""
        INSERT INTO reports (id, document_id, event_pk, country, family, date_start, date_end, body)
        SELECT id, document_id, pk, CASE WHEN country GLOB '[A-Z][A-Z][A-Z]' THEN country ELSE {{UpperInvariant}}(country) END,
            CASE WHEN event_type IN ('{{AcledTypology.Battles}}', '{{AcledTypology.ExplosionsRemoteViolence}}', '{{AcledTypology.ViolenceAgainstCivilians}}') THEN 'political violence'
                 WHEN event_type IN ('{{AcledTypology.Protests}}', '{{AcledTypology.Riots}}') THEN 'demonstrations'
                 ELSE event_type || '/' || sub_event_type END,
            date_start, date_end, NULL
        FROM events WHERE pk >= @first ORDER BY pk
        """;

    public const string InsertImportedRevisions = """
        INSERT INTO revisions (event_id, revision, change, merged_into, at, document_id)
        SELECT id, 1, 'created', NULL, @at, document_id FROM events WHERE pk >= @first ORDER BY pk
        """;

    /// <summary>The SQL function the import connection registers for <see cref="InsertImportedReports"/>.</summary>
    public const string UpperInvariant = "sitrep_upper_invariant";

    // True for a store that never held a report or a revision: a bulk import may then skip per-event lookups.
    public const string IsEmpty = "SELECT NOT EXISTS (SELECT 1 FROM reports) AND NOT EXISTS (SELECT 1 FROM revisions)";

    public const string ReportColumns = "r.pk, r.id, r.document_id, r.event_pk, r.body";

    public const string SelectCandidateReports = """
        SELECT r.pk, r.id, r.document_id, r.event_pk, r.body FROM reports r
        WHERE r.country = @country AND r.date_start BETWEEN @start_from AND @start_to AND r.date_end >= @end_from AND r.family = @family
        """;

    public const string SelectIncidentReports = "SELECT r.pk, r.id, r.document_id, r.event_pk, r.body FROM reports r WHERE r.event_pk = @event_pk";

    public const string SelectDocumentReports = "SELECT r.pk, r.id, r.document_id, r.event_pk, r.body FROM reports r WHERE r.document_id = @document_id ORDER BY r.pk";

    public const string SelectCurrentRevisionOf = """
        SELECT id FROM documents WHERE source_key = @source_key AND superseded_by IS NULL AND id <> @id ORDER BY ingested_at, id LIMIT 1
        """;

    public const string SupersedeDocument = "UPDATE documents SET superseded_by = @by WHERE id = @id";

    public const string SelectDocumentExists = "SELECT 1 FROM documents WHERE id = @id";

    public const string SelectDocumentText = "SELECT text FROM documents WHERE id = @id";

    public const string SelectEventPk = "SELECT pk FROM events WHERE id = @id";

    public const string SelectRevisions = """
        SELECT event_id, revision, change, merged_into, at, document_id FROM revisions WHERE event_id = @event_id ORDER BY revision
        """;

    public const string SelectDocument = """
        SELECT id, source, path, url, outlet, title, published, published_at, format, language, text, ingested_at
        FROM documents WHERE id = @id
        """;

    public const string CountDocuments = "SELECT count(*) FROM documents";

    public const string CountEvents = "SELECT count(*) FROM events";
}
