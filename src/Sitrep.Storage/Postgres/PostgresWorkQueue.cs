using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;
using Sitrep.Documents;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// The queue of documents waiting for workers, a table in the store's database. Workers claim
/// batches with <c>FOR UPDATE SKIP LOCKED</c> under a lease; a claim is completed in the same
/// transaction that stores its events, and only while it still holds the lease token, so every
/// document is stored exactly once even when a worker crashes or stalls and its lease is taken over.
/// </summary>
public sealed class PostgresWorkQueue
{
    private const string Enqueue_ = """
        INSERT INTO work_queue (document_id, source, path, url, outlet, title, published, published_at, format, language, text)
        SELECT * FROM unnest(@ids, @sources, @paths, @urls, @outlets, @titles, @published, @published_at, @formats, @languages, @texts)
        ON CONFLICT (document_id) DO NOTHING
        """;

    private const string GiveUp = """
        UPDATE work_queue SET state = 'failed', finished_at = now(), lease_token = NULL,
            error = 'gave up after ' || attempts || ' attempts (the worker stopped each time before finishing)'
        WHERE state = 'pending' AND attempts >= @max_attempts AND lease_until < now()
        """;

    private const string Claim_ = """
        UPDATE work_queue q SET lease_token = @token, lease_until = now() + @lease, attempts = q.attempts + 1
        FROM (SELECT id FROM work_queue
              WHERE state = 'pending' AND (lease_until IS NULL OR lease_until < now()) AND attempts < @max_attempts
              ORDER BY id LIMIT @limit FOR UPDATE SKIP LOCKED) c
        WHERE q.id = c.id
        RETURNING q.id, q.attempts, q.lease_until, q.source, q.path, q.url, q.outlet, q.title, q.published, q.published_at, q.format, q.language, q.text
        """;

    private const string Hold = """
        SELECT id FROM work_queue WHERE id = ANY(@ids) AND lease_token = @token AND state = 'pending' FOR UPDATE
        """;

    private const string Finish = """
        UPDATE work_queue q SET state = u.state, finished_at = now(), lease_token = NULL, lease_until = NULL, error = u.error
        FROM unnest(@ids, @states, @errors) AS u(id, state, error)
        WHERE q.id = u.id
        """;

    private readonly PostgresEventStore _store;

    internal PostgresWorkQueue(PostgresEventStore store) => _store = store;

    /// <summary>Adds documents (text and metadata) to the queue in one transaction; documents already queued are skipped.</summary>
    public EnqueueResult Enqueue(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Document[] unique = [.. documents.DistinctBy(d => d.Id.Value).OrderBy(d => d.Id.Value, StringComparer.Ordinal)];
        if (unique.Length == 0) return new EnqueueResult(0, 0);
        int added = _store.InTransaction((connection, transaction) =>
        {
            using var command = new NpgsqlCommand(Enqueue_, connection, transaction);
            DocumentMetadata[] m = [.. unique.Select(d => d.Metadata)];
            AddArray(command, "ids", NpgsqlDbType.Text, unique.Select(d => d.Id.Value));
            AddArray(command, "sources", NpgsqlDbType.Text, m.Select(x => x.Source));
            AddArray(command, "paths", NpgsqlDbType.Text, m.Select(x => x.Path));
            AddArray(command, "urls", NpgsqlDbType.Text, m.Select(x => x.Url));
            AddArray(command, "outlets", NpgsqlDbType.Text, m.Select(x => x.Outlet));
            AddArray(command, "titles", NpgsqlDbType.Text, m.Select(x => x.Title));
            AddArray(command, "published", NpgsqlDbType.Date, m.Select(x => x.Published));
            AddArray(command, "published_at", NpgsqlDbType.Text, m.Select(x => x.PublishedAt is DateTimeOffset at ? StoredValues.Instant(at) : null));
            AddArray(command, "formats", NpgsqlDbType.Text, m.Select(x => x.Format));
            AddArray(command, "languages", NpgsqlDbType.Text, m.Select(x => x.Language));
            AddArray(command, "texts", NpgsqlDbType.Text, unique.Select(d => d.Text));
            return command.ExecuteNonQuery();
        });
        return new EnqueueResult(added, documents.Count - added);
    }

    /// <summary>Claims up to <paramref name="limit"/> pending documents no one else holds, for <paramref name="lease"/>.</summary>
    public WorkClaim Claim(int limit, TimeSpan lease, int maxAttempts = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        var token = Guid.NewGuid();
        return _store.InTransaction((connection, transaction) =>
        {
            using (var giveUp = new NpgsqlCommand(GiveUp, connection, transaction))
            {
                giveUp.Parameters.AddWithValue("max_attempts", maxAttempts);
                giveUp.ExecuteNonQuery();
            }
            using var claim = new NpgsqlCommand(Claim_, connection, transaction);
            claim.Parameters.AddWithValue("token", token);
            claim.Parameters.Add(new NpgsqlParameter("lease", NpgsqlDbType.Interval) { Value = lease });
            claim.Parameters.AddWithValue("max_attempts", maxAttempts);
            claim.Parameters.AddWithValue("limit", limit);
            var documents = ImmutableArray.CreateBuilder<QueuedDocument>();
            DateTimeOffset leaseUntil = DateTimeOffset.MaxValue;
            using NpgsqlDataReader r = claim.ExecuteReader();
            while (r.Read())
            {
                leaseUntil = new DateTimeOffset(r.GetFieldValue<DateTime>(2), TimeSpan.Zero);
                var metadata = new DocumentMetadata
                {
                    Source = r.GetString(3),
                    Path = PostgresEventRow.NullableString(r, 4),
                    Url = PostgresEventRow.NullableString(r, 5),
                    Outlet = PostgresEventRow.NullableString(r, 6),
                    Title = PostgresEventRow.NullableString(r, 7),
                    Published = r.IsDBNull(8) ? null : r.GetFieldValue<DateOnly>(8),
                    PublishedAt = r.IsDBNull(9) ? null : StoredValues.ParseInstant(r.GetString(9)),
                    Format = r.GetString(10),
                    Language = r.GetString(11),
                };
                documents.Add(new QueuedDocument(r.GetInt64(0), new Document(r.GetString(12), metadata), r.GetInt32(1)));
            }
            return new WorkClaim(token, leaseUntil, [.. documents.OrderBy(d => d.QueueId)]);
        });
    }

    /// <summary>
    /// Stores the processed documents and marks them done, and marks the failures failed, in one
    /// transaction; documents whose lease this claim no longer holds are left alone.
    /// <paramref name="processed"/> must be documents of <paramref name="claim"/>.
    /// </summary>
    public WorkCompletion Complete(WorkClaim claim, IReadOnlyList<ProcessedDocument> processed, IReadOnlyList<QueueFailure> failures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(processed);
        ArgumentNullException.ThrowIfNull(failures);
        if (claim.IsEmpty) return new WorkCompletion(IngestResult.Empty, 0, 0, 0);
        var queueIds = claim.Documents.ToDictionary(d => d.Document.Id.Value, d => d.QueueId, StringComparer.Ordinal);
        return PostgresEventStore.WithMergeLocks(scope => _store.InTransaction((connection, transaction) =>
        {
            HashSet<long> held = Held(connection, transaction, claim);
            ProcessedDocument[] stored = [.. processed.Where(p => held.Contains(queueIds[p.Document.Id.Value]))];
            QueueFailure[] failed = [.. failures.Where(f => held.Contains(f.QueueId))];
            // Marked before the ingest takes the merge lock, which is held until the commit: the
            // rows are this claim's alone, and a failing ingest rolls the marks back with it.
            Mark(connection, transaction, [.. stored.Select(p => new QueueMark(queueIds[p.Document.Id.Value], "done", null)), .. failed.Select(f => new QueueMark(f.QueueId, "failed", f.Message))]);
            IngestResult ingest = PostgresEventStore.IngestIn(connection, transaction, stored, cancellationToken, scope, out TimeSpan lockWait);
            return new WorkCompletion(ingest, stored.Length, failed.Length, claim.Documents.Length - held.Count) { LockWait = lockWait };
        }));
    }

    public QueueCounts Counts() => _store.Read(connection =>
    {
        using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'failed') FROM work_queue",
            connection);
        using NpgsqlDataReader r = command.ExecuteReader();
        r.Read();
        return new QueueCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2));
    });

    private static HashSet<long> Held(NpgsqlConnection connection, NpgsqlTransaction transaction, WorkClaim claim)
    {
        using var command = new NpgsqlCommand(Hold, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = claim.Documents.Select(d => d.QueueId).ToArray() });
        command.Parameters.AddWithValue("token", claim.Token);
        var held = new HashSet<long>();
        using NpgsqlDataReader r = command.ExecuteReader();
        while (r.Read()) held.Add(r.GetInt64(0));
        return held;
    }

    // One statement for the whole batch: a round trip per document would lengthen the transaction.
    private static void Mark(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<QueueMark> rows)
    {
        if (rows.Count == 0) return;
        using var command = new NpgsqlCommand(Finish, connection, transaction);
        AddArray(command, "ids", NpgsqlDbType.Bigint, rows.Select(r => r.Id));
        AddArray(command, "states", NpgsqlDbType.Text, rows.Select(r => r.State));
        AddArray(command, "errors", NpgsqlDbType.Text, rows.Select(r => r.Error));
        command.ExecuteNonQuery();
    }

    private readonly record struct QueueMark(long Id, string State, string? Error);

    private static void AddArray<T>(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values.ToArray() });
}
