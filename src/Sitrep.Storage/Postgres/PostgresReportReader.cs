using Npgsql;
using NpgsqlTypes;
using Sitrep.Storage.Json;
using Sitrep.Storage.Merging;

namespace Sitrep.Storage.Postgres;

/// <summary>Where a report's candidates lie: its window and merge family.</summary>
internal sealed record FamilyWindow(CandidateWindow Window, string Family);

/// <summary>A reports row: which incident it belongs to and its JSON body (null while it is its incident's only member).</summary>
internal sealed record PostgresReportRow(long Pk, string Id, string DocumentId, long EventPk, string? Body);

/// <summary>A stored report with the columns a candidate window selects on.</summary>
internal sealed record PostgresWindowedReport(PostgresReportRow Row, string Country, string Family, DateOnly Start, DateOnly End)
{
    /// <summary>Whether <see cref="PostgresReportReader.Candidates"/> of <paramref name="window"/> would return this report.</summary>
    public bool In(FamilyWindow window) =>
        Country == window.Window.Country && Family == window.Family
        && Start >= window.Window.StartFrom && Start <= window.Window.StartTo && End >= window.Window.EndFrom;
}

/// <summary>
/// Reads reports, documents and incident keys inside the ingest's transaction, as
/// <c>SqliteReportReader</c> does for SQLite; flushes the writer first (except for candidate
/// lookups) so reads see every write.
/// </summary>
internal sealed class PostgresReportReader(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresIncidentWriter writer)
{
    private const string Columns = "r.pk, r.id, r.document_id, r.event_pk, r.body";

    // Reports already read in this transaction, by report key. A report reads the same for as long
    // as it exists: it is either its incident's only member (and the incident is the report) or it
    // carries its body, which is written from that same content when it first joins others. Dense
    // windows hand the same candidates to report after report; each is parsed once.
    private readonly Dictionary<long, StoredEvent> _loaded = [];

    public IReadOnlyList<PostgresReportRow> Candidates(CandidateWindow window, string family) => Rows($"""
        SELECT {Columns} FROM reports r
        WHERE r.country = @country AND r.date_start BETWEEN @start_from AND @start_to AND r.date_end >= @end_from AND r.family = @family
        """, flush: false, ("country", window.Country), ("start_from", window.StartFrom), ("start_to", window.StartTo), ("end_from", window.EndFrom), ("family", family));

    public IReadOnlyList<PostgresReportRow> OfIncident(long eventPk) => Rows($"SELECT {Columns} FROM reports r WHERE r.event_pk = @event_pk", flush: true, ("event_pk", eventPk));

    public IReadOnlyList<PostgresReportRow> OfDocument(string documentId) =>
        Rows($"SELECT {Columns} FROM reports r WHERE r.document_id = @document_id ORDER BY r.pk", flush: true, ("document_id", documentId));

    /// <summary>
    /// The reports as events, keyed by report key; a report without a body is its incident's only
    /// member, so the incident row is the report. Rows must come from the database (not the buffer).
    /// </summary>
    public Dictionary<long, StoredEvent> Load(IEnumerable<PostgresReportRow> rows)
    {
        var result = new Dictionary<long, StoredEvent>();
        var bodiless = new List<PostgresReportRow>();
        foreach (PostgresReportRow row in rows)
        {
            if (result.ContainsKey(row.Pk)) continue;
            if (_loaded.TryGetValue(row.Pk, out StoredEvent? known)) result[row.Pk] = known;
            else if (row.Body is string body) result[row.Pk] = _loaded[row.Pk] = StoredEventJsonReader.ParseLine(body);
            else bodiless.Add(row);
        }
        if (bodiless.Count == 0) return result;
        Dictionary<long, StoredEvent> incidents = PostgresEventReader.ReadByPk(connection, transaction, [.. bodiless.Select(r => r.EventPk).Distinct()]);
        foreach (PostgresReportRow row in bodiless)
        {
            result[row.Pk] = _loaded[row.Pk] = incidents.TryGetValue(row.EventPk, out StoredEvent? incident)
                ? incident
                : throw new InvalidDataException($"Report '{row.Id}' has no body and its incident {row.EventPk} is missing.");
        }
        return result;
    }

    /// <summary>Drops a deleted report from what this reader has read: SQLite may give its key to the next report inserted.</summary>
    public void Forget(long reportPk) => _loaded.Remove(reportPk);

    public string IncidentId(long eventPk) =>
        Scalar("SELECT id FROM events WHERE pk = @pk", ("pk", eventPk)) as string ?? throw new InvalidDataException($"Incident {eventPk} is missing.");

    /// <summary>The current (not superseded) document with this source key, other than <paramref name="documentId"/> and the batch's documents not yet written.</summary>
    public string? CurrentRevisionOf(string sourceKey, string documentId, IReadOnlyCollection<string> notYet) => Scalar("""
        SELECT id FROM documents WHERE source_key = @source_key AND superseded_by IS NULL AND id <> @id AND NOT (id = ANY(@not_yet))
        ORDER BY ingested_at, id LIMIT 1
        """, ("source_key", sourceKey), ("id", documentId), ("not_yet", notYet.ToArray())) as string;

    /// <summary>
    /// Which of <paramref name="keys"/> a current document other than <paramref name="excluding"/>
    /// (the batch's own, inserted just before) carries, in one round trip: a batch document whose
    /// key is not among them revises nothing stored.
    /// </summary>
    public HashSet<string> CurrentSourceKeys(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> excluding)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (keys.Count == 0) return found;
        using NpgsqlCommand command = Command(
            "SELECT DISTINCT source_key FROM documents WHERE source_key = ANY(@keys) AND superseded_by IS NULL AND NOT (id = ANY(@excluding))",
            [("keys", keys.ToArray()), ("excluding", excluding.ToArray())]);
        using NpgsqlDataReader r = command.ExecuteReader();
        while (r.Read()) found.Add(r.GetString(0));
        return found;
    }

    public bool ReportExists(string id) => Scalar("SELECT 1 FROM reports WHERE id = @id", ("id", id)) is not null;

    /// <summary>Which of <paramref name="ids"/> are stored report ids, in one round trip (a bulk import checks a chunk at a time).</summary>
    public HashSet<string> ExistingReports(IReadOnlyCollection<string> ids)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        using NpgsqlCommand command = Command("SELECT id FROM reports WHERE id = ANY(@ids)", [("ids", ids.ToArray())]);
        using NpgsqlDataReader r = command.ExecuteReader();
        while (r.Read()) found.Add(r.GetString(0));
        return found;
    }

    /// <summary>
    /// The stored reports in any of the windows (what <see cref="Candidates"/> returns for each),
    /// for a whole batch in one round trip: a batch's reports can then be compared with what is
    /// stored without a query each.
    /// </summary>
    public List<PostgresWindowedReport> InWindows(IReadOnlyList<FamilyWindow> windows)
    {
        var found = new List<PostgresWindowedReport>();
        if (windows.Count == 0) return found;
        using var command = new NpgsqlCommand("""
            SELECT r.pk, r.id, r.document_id, r.event_pk, r.body, r.country, r.family, r.date_start, r.date_end
            FROM unnest(@countries, @families, @start_from, @start_to, @end_from) AS w(country, family, start_from, start_to, end_from)
            JOIN reports r ON r.country = w.country AND r.family = w.family AND r.date_start BETWEEN w.start_from AND w.start_to AND r.date_end >= w.end_from
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("countries", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = windows.Select(w => w.Window.Country).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("families", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = windows.Select(w => w.Family).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("start_from", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = windows.Select(w => w.Window.StartFrom).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("start_to", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = windows.Select(w => w.Window.StartTo).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("end_from", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = windows.Select(w => w.Window.EndFrom).ToArray() });
        using NpgsqlDataReader r = command.ExecuteReader();
        // Overlapping windows return a report once each; it is kept once (a join per window reads
        // the window index, where an EXISTS over the windows may scan every report).
        var seen = new HashSet<long>();
        while (r.Read())
        {
            if (!seen.Add(r.GetInt64(0))) continue;
            var row = new PostgresReportRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetString(4));
            found.Add(new PostgresWindowedReport(row, r.GetString(5), r.GetString(6), r.GetFieldValue<DateOnly>(7), r.GetFieldValue<DateOnly>(8)));
        }
        return found;
    }

    public string DocumentText(string documentId) => Scalar("SELECT text FROM documents WHERE id = @id", ("id", documentId)) as string ?? "";

    // Candidate lookups do not flush: what is buffered is only new rows, which the caller compares
    // in memory, and reading stored incidents needs nothing buffered.
    private List<PostgresReportRow> Rows(string sql, bool flush, params (string Name, object Value)[] parameters)
    {
        if (flush) writer.Flush();
        using NpgsqlCommand command = Command(sql, parameters);
        using NpgsqlDataReader r = command.ExecuteReader();
        var rows = new List<PostgresReportRow>();
        while (r.Read()) rows.Add(new PostgresReportRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetString(4)));
        return rows;
    }

    private object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        writer.Flush();
        using NpgsqlCommand command = Command(sql, parameters);
        return command.ExecuteScalar();
    }

    private NpgsqlCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach ((string name, object value) in parameters)
        {
            command.Parameters.Add(value is string[] array
                ? new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = array }
                : new NpgsqlParameter(name, value));
        }
        return command;
    }
}
