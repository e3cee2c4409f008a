using Npgsql;
using NpgsqlTypes;
using Sitrep.Storage.Merging;

namespace Sitrep.Storage.Postgres;

/// <summary>How much of the store a merging write locks.</summary>
internal enum MergeLockScope
{
    /// <summary>The merge lock shared, plus one lock per (country, family) of the batch's events and per source key of its documents.</summary>
    ByKey,

    /// <summary>The merge lock exclusively: every other merging write waits (imports, and batches that revise stored articles).</summary>
    All,
}

/// <summary>
/// Thrown inside a <see cref="MergeLockScope.ByKey"/> transaction that finds it must change stored
/// rows its keys do not cover (a revised article's old reports may lie in other countries or
/// families); the caller rolls the transaction back and runs the batch again under
/// <see cref="MergeLockScope.All"/>. Never leaves the store.
/// </summary>
internal sealed class MergeLockTooNarrowException() : Exception("the batch revises a stored article and needs the exclusive merge lock");

/// <summary>
/// The advisory locks that keep merging correct across processes. Two reports can be one incident
/// only with the same country (ignoring case) and merge family (<see cref="IncidentMatcher"/>), and
/// an incident's reports all share them, so a batch that locks the (country, family) of each of
/// its events shuts out every writer whose reports it could join or whose incidents it could
/// rewrite, while batches about other countries or families proceed beside it. A lock per source
/// key serialises two versions of one article, so the later sees the earlier and revises it
/// (under <see cref="MergeLockScope.All"/>: see <see cref="MergeLockTooNarrowException"/>).
/// Every such batch holds the merge lock shared, which an import or a revision takes exclusively.
/// </summary>
internal static class PostgresMergeLocks
{
    /// <summary>The advisory lock key that serialises merging writes ("SITM").</summary>
    private const long MergeLock = 0x5349544D;

    /// <summary>The first half of the two-key advisory locks per merge key ("SITF"); the one-key form used for <see cref="MergeLock"/> never has it.</summary>
    private const int KeyClass = 0x53495446;

    /// <summary>The lock names of a batch: one per (country, family) of its events and one per source key of its documents, sorted.</summary>
    public static IReadOnlyList<string> KeysOf(IReadOnlyList<ProcessedDocument> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (ProcessedDocument item in batch)
        {
            keys.Add("source\u0001" + PostgresIncidentWriter.SourceKey(item.Document.Metadata));
            foreach (Sitrep.Events.ConflictEvent e in PostgresBatchRows.EventsOf(item))
                keys.Add("incident\u0001" + e.Place.Country.ToUpperInvariant() + "\u0001" + IncidentMatcher.Family(e));
        }
        return [.. keys];
    }

    /// <summary>
    /// Whether the batch probably revises an article (two of its documents share a source key, or
    /// a current stored document other than the batch's own carries one of its keys), read
    /// without locks in one round trip: such a batch needs <see cref="MergeLockScope.All"/>.
    /// </summary>
    public static bool MayRevise(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ProcessedDocument> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        string[] keys = [.. batch.Select(p => PostgresIncidentWriter.SourceKey(p.Document.Metadata))];
        if (keys.Distinct(StringComparer.Ordinal).Count() < batch.DistinctBy(p => p.Document.Id.Value).Count()) return true;
        using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM documents WHERE source_key = ANY(@keys) AND superseded_by IS NULL AND NOT (id = ANY(@ids)))", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys });
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = batch.Select(p => p.Document.Id.Value).ToArray() });
        return (bool)command.ExecuteScalar()!;
    }

    /// <summary>Takes the merge lock exclusively, until the transaction ends.</summary>
    public static void TakeAll(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({MergeLock})", connection, transaction);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Takes the merge lock shared, then the keys' locks in the order of their hashes (one order
    /// for every writer, so two batches wait for each other rather than deadlock), in one round trip.
    /// </summary>
    public static void TakeKeys(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        using var command = new NpgsqlCommand($"""
            SELECT pg_advisory_xact_lock_shared({MergeLock});
            SELECT count(pg_advisory_xact_lock({KeyClass}, s.h)) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(@keys) AS k ORDER BY 1) AS s
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.ToArray() });
        command.ExecuteNonQuery();
    }
}
