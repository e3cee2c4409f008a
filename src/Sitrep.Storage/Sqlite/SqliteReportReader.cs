using Microsoft.Data.Sqlite;
using Sitrep.Storage.Json;
using Sitrep.Storage.Merging;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Reads reports, documents and incident keys inside the ingest's write transaction. Commands are
/// kept per SQL text, so each statement is compiled once per transaction rather than once per call.
/// </summary>
internal sealed class SqliteReportReader(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    // Reports already read in this transaction, by report key. A report reads the same for as long
    // as it exists: it is either its incident's only member (and the incident is the report) or it
    // carries its body, which is written from that same content when it first joins others. Dense
    // windows hand the same candidates to report after report; each is parsed once.
    private readonly Dictionary<long, StoredEvent> _loaded = [];

    public IReadOnlyList<ReportRow> Candidates(CandidateWindow window, string family) =>
        Rows(SqliteSql.SelectCandidateReports,
            ("@country", window.Country), ("@start_from", StoredValues.Date(window.StartFrom)),
            ("@start_to", StoredValues.Date(window.StartTo)), ("@end_from", StoredValues.Date(window.EndFrom)), ("@family", family));

    public IReadOnlyList<ReportRow> OfIncident(long eventPk) => Rows(SqliteSql.SelectIncidentReports, ("@event_pk", eventPk));

    public IReadOnlyList<ReportRow> OfDocument(string documentId) => Rows(SqliteSql.SelectDocumentReports, ("@document_id", documentId));

    /// <summary>
    /// The reports as events, keyed by report key. A report without a body is its incident's
    /// only member, so the incident row is the report.
    /// </summary>
    public Dictionary<long, StoredEvent> Load(IEnumerable<ReportRow> rows)
    {
        var result = new Dictionary<long, StoredEvent>();
        var bodiless = new List<ReportRow>();
        foreach (ReportRow row in rows)
        {
            if (result.ContainsKey(row.Pk)) continue;
            if (_loaded.TryGetValue(row.Pk, out StoredEvent? known)) result[row.Pk] = known;
            else if (row.Body is string body) result[row.Pk] = _loaded[row.Pk] = StoredEventJsonReader.ParseLine(body);
            else bodiless.Add(row);
        }
        if (bodiless.Count == 0) return result;
        Dictionary<long, StoredEvent> incidents = SqliteEventReader.ReadByPk(connection, transaction, [.. bodiless.Select(r => r.EventPk).Distinct()]);
        foreach (ReportRow row in bodiless)
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
        Scalar("SELECT id FROM events WHERE pk = @pk", ("@pk", eventPk)) as string
        ?? throw new InvalidDataException($"Incident {eventPk} is missing.");

    public string? CurrentRevisionOf(string sourceKey, string documentId) =>
        Scalar(SqliteSql.SelectCurrentRevisionOf, ("@source_key", sourceKey), ("@id", documentId)) as string;

    public bool ReportExists(string id) => Scalar("SELECT 1 FROM reports WHERE id = @id", ("@id", id)) is not null;

    public string DocumentText(string documentId) => Scalar(SqliteSql.SelectDocumentText, ("@id", documentId)) as string ?? "";

    public void Supersede(string documentId, string by)
    {
        Command(SqliteSql.SupersedeDocument, ("@id", documentId), ("@by", by)).ExecuteNonQuery();
    }

    private List<ReportRow> Rows(string sql, params (string Name, object Value)[] parameters)
    {
        using SqliteDataReader r = Command(sql, parameters).ExecuteReader();
        var rows = new List<ReportRow>();
        while (r.Read()) rows.Add(new ReportRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetString(4)));
        return rows;
    }

    private object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        return Command(sql, parameters).ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (SqliteCommand command in _commands.Values) command.Dispose();
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out SqliteCommand? command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        foreach ((string name, object value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
