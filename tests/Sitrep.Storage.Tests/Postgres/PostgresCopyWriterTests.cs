using Npgsql;
using Sitrep.Storage.Postgres;
using Sitrep.Storage.Sqlite;
using Sitrep.TestSupport;

namespace Sitrep.Storage.Tests.Postgres;

/// <summary>The raw binary COPY writer encodes each type as the server's binary input expects it.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresCopyWriterTests
{
    private static readonly PostgresCopyTable Table = new("t", ["b", "i", "d", "f", "day", "at", "txt", "folded"]);

    [PostgresFact]
    public void Complete_EveryTypeAndNulls_ReadBackEqual()
    {
        using var database = new TempPostgresDatabase();
        database.Run("CREATE TABLE t (b bigint, i integer, d double precision, f boolean, day date, at timestamptz, txt text, folded text)");
        string large = string.Concat(Enumerable.Repeat("Ségou — İstanbul ΣΑΣ straße 🙂 ", 4000));
        var at = new DateTimeOffset(2025, 6, 4, 12, 30, 15, 123, TimeSpan.FromHours(2)).AddTicks(4560);
        string[] texts = ["Bamako", "ÀÉÎ İstanbul ΣΑΣ Straße", large, ""];

        using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            connection.Open();
            using PostgresCopyWriter w = PostgresCopyWriter.Begin(connection, "t", Table);
            foreach (string text in texts)
            {
                w.StartRow();
                w.Bigint(-9_000_000_000L);
                w.Integer(-7);
                w.Double(0.1);
                w.Boolean(true);
                w.Date(new DateOnly(1999, 12, 31));
                w.TimestampTz(at);
                w.Text(text);
                w.FoldedText(text);
            }
            w.StartRow();
            for (int i = 0; i < Table.Columns.Count; i++) w.Null();
            w.Complete();
        }

        Assert.Equal(5L, database.Scalar("SELECT count(*) FROM t"));
        Assert.Equal(4L, database.Scalar("SELECT count(*) FROM t WHERE b = -9000000000 AND i = -7 AND d = 0.1 AND f AND day = '1999-12-31' AND at = '2025-06-04 10:30:15.123456+00'"));
        Assert.Equal(1L, database.Scalar("SELECT count(*) FROM t WHERE b IS NULL AND i IS NULL AND d IS NULL AND f IS NULL AND day IS NULL AND at IS NULL AND txt IS NULL"));
        foreach (string text in texts)
        {
            Assert.Equal(text, Single(database, "SELECT txt FROM t WHERE md5(txt) = md5(@v)", text));
            Assert.Equal(StoredValues.Fold(text), Single(database, "SELECT folded FROM t WHERE md5(txt) = md5(@v)", text));
        }
    }

    [PostgresFact]
    public void Dispose_WithoutComplete_StoresNoRow()
    {
        using var database = new TempPostgresDatabase();
        database.Run("CREATE TABLE t (b bigint, i integer, d double precision, f boolean, day date, at timestamptz, txt text, folded text)");
        using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            connection.Open();
            using PostgresCopyWriter w = PostgresCopyWriter.Begin(connection, "t", Table);
            w.StartRow();
            for (int i = 0; i < Table.Columns.Count; i++) w.Null();
        }

        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM t"));
    }

    private static string Single(TempPostgresDatabase database, string sql, string value)
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("v", value);
        return (string)command.ExecuteScalar()!;
    }
}
