namespace Sitrep.Storage.Postgres;

/// <summary>The plain statements of the PostgreSQL store. Every value is a bound parameter.</summary>
internal static class PostgresSql
{
    // Sorted by id so two batches sharing documents lock them in the same order.
    public const string InsertDocuments = """
        INSERT INTO documents (id, source, path, url, outlet, title, published, published_at, format, language, text, ingested_at, source_key)
        SELECT u.id, u.source, u.path, u.url, u.outlet, u.title, u.published, u.published_at, u.format, u.language, u.text, @ingested_at, u.source_key
        FROM unnest(@ids, @sources, @paths, @urls, @outlets, @titles, @published, @published_at, @formats, @languages, @texts, @source_keys)
            AS u(id, source, path, url, outlet, title, published, published_at, format, language, text, source_key)
        ORDER BY u.id
        ON CONFLICT (id) DO NOTHING
        RETURNING id
        """;

    public const string SelectDocument = """
        SELECT id, source, path, url, outlet, title, published, published_at, format, language, text, ingested_at
        FROM documents WHERE id = @id
        """;

    public const string CountDocuments = "SELECT count(*) FROM documents";

    public const string CountEvents = "SELECT count(*) FROM events";
}
