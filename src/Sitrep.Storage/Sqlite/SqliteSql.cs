namespace Sitrep.Storage.Sqlite;

/// <summary>The statements the SQLite store runs. Every value is a bound parameter.</summary>
internal static class SqliteSql
{
    public const string InsertDocument = """
        INSERT INTO documents (id, source, path, url, outlet, title, published, published_at, format, language, text, ingested_at)
        VALUES (@id, @source, @path, @url, @outlet, @title, @published, @published_at, @format, @language, @text, @ingested_at)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string InsertEvent = """
        INSERT INTO events (id, document_id, event_type, sub_event_type, plover_type, plover_mode,
            date_start, date_end, date_precision, country, admin1, location, latitude, longitude, geo_precision,
            fatalities_low, fatalities_best, fatalities_high, background, aggregate, confidence,
            span_start, span_end, evidence, evidence_lower)
        VALUES (@id, @document_id, @event_type, @sub_event_type, @plover_type, @plover_mode,
            @date_start, @date_end, @date_precision, @country, @admin1, @location, @latitude, @longitude, @geo_precision,
            @fatalities_low, @fatalities_best, @fatalities_high, @background, @aggregate, @confidence,
            @span_start, @span_end, @evidence, @evidence_lower)
        RETURNING pk
        """;

    // The no-op update makes RETURNING yield the existing id; later ingests only fill attributes still unknown.
    public const string UpsertActor = """
        INSERT INTO actors (name, name_lower, type, inter, country) VALUES (@name, @name_lower, @type, @inter, @country)
        ON CONFLICT (name) DO UPDATE SET
            type = coalesce(actors.type, excluded.type),
            inter = coalesce(actors.inter, excluded.inter),
            country = coalesce(actors.country, excluded.country)
        RETURNING id
        """;

    public const string UpsertAlias = """
        INSERT INTO actor_aliases (actor_id, alias, alias_lower) VALUES (@actor_id, @alias, @alias_lower)
        ON CONFLICT (actor_id, alias) DO UPDATE SET alias = excluded.alias
        RETURNING id
        """;

    public const string InsertEventActor = """
        INSERT INTO event_actors (event_pk, role, ordinal, actor_id, type, inter, country)
        VALUES (@event_pk, @role, @ordinal, @actor_id, @type, @inter, @country)
        RETURNING id
        """;

    public const string InsertEventActorAlias =
        "INSERT INTO event_actor_aliases (event_actor_id, ordinal, alias_id) VALUES (@event_actor_id, @ordinal, @alias_id)";

    public const string InsertEventSource =
        "INSERT INTO event_sources (event_pk, document_id) VALUES (@event_pk, @document_id) ON CONFLICT DO NOTHING";

    public const string InsertClaim =
        "INSERT INTO claims (event_pk, document_id, ordinal, what) VALUES (@event_pk, @document_id, @ordinal, @what) RETURNING id";

    public const string InsertClaimBy = "INSERT INTO claim_by (claim_id, ordinal, name) VALUES (@claim_id, @ordinal, @name)";

    public const string InsertEvidence = """
        INSERT INTO evidence (event_pk, document_id, ordinal, field, span_start, span_end, text, text_lower)
        VALUES (@event_pk, @document_id, @ordinal, @field, @span_start, @span_end, @text, @text_lower)
        """;

    public const string SelectDocument = """
        SELECT id, source, path, url, outlet, title, published, published_at, format, language, text, ingested_at
        FROM documents WHERE id = @id
        """;

    public const string CountDocuments = "SELECT count(*) FROM documents";

    public const string CountEvents = "SELECT count(*) FROM events";
}
