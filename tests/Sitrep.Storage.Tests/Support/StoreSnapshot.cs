using System.Text;
using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Tests.Support;

/// <summary>Every row of every table of a store file as text, to show that a failed write changed nothing.</summary>
public static class StoreSnapshot
{
    public static string Take(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        var orders = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT m.name, m.sql LIKE '%WITHOUT ROWID%', (SELECT count(*) FROM pragma_table_info(m.name)) FROM sqlite_master m WHERE m.type = 'table' ORDER BY m.name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
                // A WITHOUT ROWID table has no rowid to order by; every column in turn is as stable.
                orders.Add(reader.GetInt64(1) == 0 ? "rowid" : string.Join(", ", Enumerable.Range(1, reader.GetInt32(2))));
            }
        }
        var dump = new StringBuilder();
        foreach ((string table, string order) in tables.Zip(orders))
        {
            dump.Append("## ").AppendLine(table);
            using var select = connection.CreateCommand();
            // Table names come from sqlite_master of a test file, not from input.
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {order}";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (int i = 0; i < reader.FieldCount; i++) dump.Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                dump.AppendLine();
            }
        }
        return dump.ToString();
    }

    /// <summary>Runs SQL on a store file outside the store, as another tool would.</summary>
    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
