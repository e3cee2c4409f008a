using System.Buffers.Binary;
using System.Text;

namespace Sitrep.Storage.Sqlite;

/// <summary>A growable byte buffer that <see cref="EventBodyCodec"/> writes a body into; reused from event to event.</summary>
internal sealed class BodyBuffer
{
    private byte[] _bytes = new byte[512];
    private int _length;

    public ReadOnlyMemory<byte> Written => _bytes.AsMemory(0, _length);

    public void Clear() => _length = 0;

    public void Byte(byte value)
    {
        Reserve(1);
        _bytes[_length++] = value;
    }

    /// <summary>A non-negative count, as a varint.</summary>
    public void Count(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Varint((uint)value);
    }

    /// <summary>Any int, zigzag-encoded as a varint.</summary>
    public void Int(int value) => Varint((uint)((value << 1) ^ (value >> 31)));

    public void NullableInt(int? value)
    {
        Byte(value is null ? (byte)0 : (byte)1);
        if (value is int v) Int(v);
    }

    public void Double(double value)
    {
        Reserve(8);
        BinaryPrimitives.WriteDoubleLittleEndian(_bytes.AsSpan(_length), value);
        _length += 8;
    }

    public void String(string value)
    {
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        Reserve(max + 5);
        // The length comes first but is known only after encoding: encode past the longest varint, then move.
        int written = Encoding.UTF8.GetBytes(value, _bytes.AsSpan(_length + 5));
        int start = _length + 5;
        Varint((uint)written);
        System.Buffer.BlockCopy(_bytes, start, _bytes, _length, written);
        _length += written;
    }

    /// <summary>Null as 0, otherwise 1 and the string.</summary>
    public void NullableString(string? value)
    {
        Byte(value is null ? (byte)0 : (byte)1);
        if (value is not null) String(value);
    }

    private void Varint(uint value)
    {
        Reserve(5);
        while (value >= 0x80)
        {
            _bytes[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        _bytes[_length++] = (byte)value;
    }

    private void Reserve(int more)
    {
        if (_length + more <= _bytes.Length) return;
        Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + more));
    }
}
