namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Writes a bulk import's event_actors rows <see cref="RowsPerStatement"/> to an INSERT: each
/// statement run costs SQLite a step and a reset and this code a call into the native library,
/// about as much as the row itself, and an import writes two or three rows per event.
/// </summary>
/// <remarks>
/// Rows wait in memory until their statement is full, so nothing may read event_actors before
/// <see cref="Flush"/>: an import reads none, and <see cref="SqliteIncidentWriter"/> flushes
/// before it deletes an incident (whose rows the cascade must find).
/// </remarks>
internal sealed class EventActorRows : IDisposable
{
    public const int RowsPerStatement = 32;
    private const int ValuesPerRow = 3;

    private readonly Statement _many;
    private readonly Statement _one;
    private readonly object?[] _values = new object?[RowsPerStatement * ValuesPerRow];
    private int _rows;

    public EventActorRows(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        string[] names = [.. Enumerable.Range(0, RowsPerStatement * ValuesPerRow).Select(i => "@v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        string rows = string.Join(", ", Enumerable.Range(0, RowsPerStatement).Select(r => $"({names[r * 3]}, {names[r * 3 + 1]}, {names[r * 3 + 2]})"));
        _many = new Statement(connection, "INSERT INTO event_actors (event_pk, actor_id, date_start) VALUES " + rows, names);
        _one = new Statement(connection, SqliteSql.InsertEventActor, "@event_pk", "@actor_id", "@date_start");
    }

    /// <summary>Rows added and not yet written.</summary>
    public int Pending => _rows;

    public void Add(long eventPk, long actorId, string dateStart)
    {
        int at = _rows * ValuesPerRow;
        _values[at] = eventPk;
        _values[at + 1] = actorId;
        _values[at + 2] = dateStart;
        if (++_rows < RowsPerStatement) return;
        _many.Execute(_values);
        _rows = 0;
    }

    /// <summary>Writes the rows still waiting, one statement each.</summary>
    public void Flush()
    {
        for (int r = 0; r < _rows; r++)
        {
            int at = r * ValuesPerRow;
            _one.Execute(_values[at], _values[at + 1], _values[at + 2]);
        }
        _rows = 0;
    }

    public void Dispose()
    {
        _many.Dispose();
        _one.Dispose();
    }
}
