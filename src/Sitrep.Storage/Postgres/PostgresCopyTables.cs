namespace Sitrep.Storage.Postgres;

/// <summary>
/// The tables a batch fills by COPY and the columns it writes, in the order the COPYs write them.
/// One list serves the COPYs, the staging tables made for them and the moves out of staging.
/// </summary>
internal sealed record PostgresCopyTable(string Name, IReadOnlyList<string> Columns)
{
    public string ColumnList => string.Join(", ", Columns);
}

internal static class PostgresCopyTables
{
    public static readonly PostgresCopyTable Events = new("events",
    [
        "pk", "id", "document_id", "event_type", "sub_event_type", "plover_type", "plover_mode",
        "date_start", "date_end", "date_precision", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
        "fatalities_low", "fatalities_best", "fatalities_high", "background", "aggregate", "confidence",
        "span_start", "span_end", "evidence", "evidence_lower", "admin2",
    ]);

    public static readonly PostgresCopyTable EventSources = new("event_sources", ["seq", "event_pk", "document_id"]);

    public static readonly PostgresCopyTable EventActors = new("event_actors", ["id", "event_pk", "role", "ordinal", "actor_id", "type", "inter", "country"]);

    public static readonly PostgresCopyTable EventActorAliases = new("event_actor_aliases", ["event_actor_id", "ordinal", "alias_id"]);

    public static readonly PostgresCopyTable Claims = new("claims", ["id", "event_pk", "document_id", "ordinal", "what"]);

    public static readonly PostgresCopyTable ClaimBy = new("claim_by", ["claim_id", "ordinal", "name"]);

    public static readonly PostgresCopyTable Evidence = new("evidence", ["id", "event_pk", "document_id", "ordinal", "field", "span_start", "span_end", "text", "text_lower"]);

    public static readonly PostgresCopyTable Reports = new("reports", ["id", "document_id", "event_pk", "country", "family", "date_start", "date_end", "body"]);

    public static readonly PostgresCopyTable Revisions = new("revisions", ["event_id", "revision", "change", "merged_into", "at", "document_id"]);

    /// <summary>Reports and revisions with their identity keys given (the bulk path draws them as one block).</summary>
    public static readonly PostgresCopyTable KeyedReports = new("reports", ["pk", .. Reports.Columns]);

    public static readonly PostgresCopyTable KeyedRevisions = new("revisions", ["id", .. Revisions.Columns]);

    /// <summary>The stubs of documents known only as sources of imported events (bulk path, into an empty documents table).</summary>
    public static readonly PostgresCopyTable ImportedDocuments = new("documents", ["id", "source", "url", "outlet", "published", "format", "language", "text", "ingested_at"]);

    /// <summary>Parents before children, so rows moved out of staging in this order meet their foreign keys.</summary>
    public static readonly IReadOnlyList<PostgresCopyTable> InKeyOrder = [Events, EventSources, EventActors, EventActorAliases, Claims, ClaimBy, Evidence, Reports, Revisions];
}
