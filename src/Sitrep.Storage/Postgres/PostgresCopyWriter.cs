using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// One binary COPY into one table, its rows encoded straight into a buffer in PostgreSQL's
/// binary format (big-endian, each field a length and its bytes) and sent through Npgsql's raw
/// COPY stream.
/// </summary>
/// <remarks>
/// Npgsql's <c>NpgsqlBinaryImporter</c> binds every value as a parameter (type lookup, converter
/// resolution, a length pass and a write pass); encoding a field here is a few stores. The caller
/// must write exactly the types of the named columns (bigint, integer, double precision, boolean,
/// date, timestamptz, text), as binary COPY has no conversions: a mismatch is a server error.
/// </remarks>
internal sealed class PostgresCopyWriter : IDisposable
{
    // "PGCOPY\n\377\r\n\0", then flags and header-extension length, both 0.
    private static ReadOnlySpan<byte> Header => [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00, 0, 0, 0, 0, 0, 0, 0, 0];

    private const int BufferSize = 1 << 16;
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private readonly NpgsqlRawCopyStream _stream;
    private readonly short _columns;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _length;
    private bool _done;

    private PostgresCopyWriter(NpgsqlRawCopyStream stream, short columns)
    {
        _stream = stream;
        _columns = columns;
        Header.CopyTo(_buffer);
        _length = Header.Length;
    }

    /// <summary>
    /// Starts a COPY of <paramref name="columns"/>' columns into <paramref name="table"/> (that
    /// table or its staging table); the names are the writer's constants, never input. With
    /// <paramref name="freeze"/> the rows are stored frozen (<c>COPY … FREEZE</c>), which the
    /// server allows only into a table created or truncated in the current transaction.
    /// </summary>
    public static PostgresCopyWriter Begin(NpgsqlConnection connection, string table, PostgresCopyTable columns, bool freeze = false) =>
        new(connection.BeginRawBinaryCopy($"COPY {table} ({columns.ColumnList}) FROM STDIN (FORMAT BINARY{(freeze ? ", FREEZE" : "")})"), checked((short)columns.Columns.Count));

    public void StartRow()
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), _columns);
        _length += 2;
    }

    public void Null()
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), -1);
        _length += 4;
    }

    public void Bigint(long value)
    {
        Ensure(12);
        Span<byte> s = _buffer.AsSpan(_length);
        BinaryPrimitives.WriteInt32BigEndian(s, 8);
        BinaryPrimitives.WriteInt64BigEndian(s[4..], value);
        _length += 12;
    }

    public void Integer(int value)
    {
        Ensure(8);
        Span<byte> s = _buffer.AsSpan(_length);
        BinaryPrimitives.WriteInt32BigEndian(s, 4);
        BinaryPrimitives.WriteInt32BigEndian(s[4..], value);
        _length += 8;
    }

    public void Integer(int? value)
    {
        if (value is int v) Integer(v);
        else Null();
    }

    public void Double(double value) => Bigint(BitConverter.DoubleToInt64Bits(value));

    public void Double(double? value)
    {
        if (value is double v) Double(v);
        else Null();
    }

    public void Boolean(bool value)
    {
        Ensure(5);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), 1);
        _buffer[_length + 4] = value ? (byte)1 : (byte)0;
        _length += 5;
    }

    /// <summary>A date: days since 2000-01-01.</summary>
    public void Date(DateOnly value) => Integer(value.DayNumber - PostgresEpochDay);

    public void Date(DateOnly? value)
    {
        if (value is DateOnly v) Date(v);
        else Null();
    }

    /// <summary>A timestamptz: microseconds since 2000-01-01 UTC.</summary>
    public void TimestampTz(DateTimeOffset value) => Bigint((value.UtcTicks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);

    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max + 4 > BufferSize) max = Encoding.UTF8.GetByteCount(value);
        Ensure(max + 4);
        if (max + 4 > _buffer.Length) Grow(max + 4);
        int written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length + 4));
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), written);
        _length += 4 + written;
    }

    /// <summary>
    /// The text lower-cased as <c>StoredValues.Fold</c> does (invariant culture), encoded without
    /// making the lower-case string first: the search columns double the text a row carries.
    /// </summary>
    public void FoldedText(string value)
    {
        if (value.Length > 4096)
        {
            Text(value.ToLowerInvariant());
            return;
        }
        Span<char> lower = stackalloc char[value.Length];
        value.AsSpan().ToLowerInvariant(lower);
        int max = Encoding.UTF8.GetMaxByteCount(lower.Length);
        Ensure(max + 4);
        int written = Encoding.UTF8.GetBytes(lower, _buffer.AsSpan(_length + 4));
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), written);
        _length += 4 + written;
    }

    /// <summary>Ends the data and the COPY; the server's error for a bad row, if any, is thrown here.</summary>
    public void Complete()
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), -1);
        _length += 2;
        Send();
        _done = true;
        _stream.Dispose();
    }

    /// <summary>Without <see cref="Complete"/>, cancels the COPY, so none of its rows are stored.</summary>
    public void Dispose()
    {
        try
        {
            if (!_done)
            {
                _done = true;
                _stream.Cancel();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Ensure(int bytes)
    {
        if (_length + bytes > _buffer.Length) Send();
    }

    private void Send()
    {
        _stream.Write(_buffer, 0, _length);
        _length = 0;
    }

    // A single value larger than the buffer (a very long text) gets a buffer of its own size.
    private void Grow(int bytes)
    {
        byte[] larger = ArrayPool<byte>.Shared.Rent(bytes);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
