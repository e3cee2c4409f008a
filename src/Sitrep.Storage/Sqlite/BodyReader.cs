using System.Buffers.Binary;
using System.Text;

namespace Sitrep.Storage.Sqlite;

/// <summary>Reads the values <see cref="BodyBuffer"/> wrote, in order; a body cut short is an <see cref="InvalidDataException"/>.</summary>
internal ref struct BodyReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _at;

    public readonly bool AtEnd => _at == _bytes.Length;

    public byte Byte() => _at < _bytes.Length ? _bytes[_at++] : throw Truncated();

    public int Count()
    {
        uint value = Varint();
        return value <= int.MaxValue && value <= (uint)(_bytes.Length - _at) ? (int)value : throw Truncated();
    }

    public int Int()
    {
        uint value = Varint();
        return (int)(value >> 1) ^ -(int)(value & 1);
    }

    public int? NullableInt() => Byte() == 0 ? null : Int();

    public double Double()
    {
        if (_bytes.Length - _at < 8) throw Truncated();
        double value = BinaryPrimitives.ReadDoubleLittleEndian(_bytes.Slice(_at, 8));
        _at += 8;
        return value;
    }

    public string String()
    {
        int length = Count();
        string value = Encoding.UTF8.GetString(_bytes.Slice(_at, length));
        _at += length;
        return value;
    }

    public string? NullableString() => Byte() == 0 ? null : String();

    private uint Varint()
    {
        uint value = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            byte b = Byte();
            value |= (uint)(b & 0x7f) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("An event body holds a malformed number.");
    }

    private static InvalidDataException Truncated() => new("An event body ends before its last field.");
}
