using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace Sitrep.Geo;

/// <summary>
/// The layout of the name index's buckets. A bucket is one 64-byte cache line: a flags byte, then
/// name records packed one after another until a zero length byte or the bucket's end. A record
/// is the key's UTF-8 length (one byte), its first link (four bytes), its link count (one byte, or
/// <see cref="CountEscape"/> and four bytes), then the key's UTF-8 bytes. The key and its link
/// range sit in the line the hash points at, so a lookup reads one line: no separate fingerprint
/// slot, no arena. Keys whose UTF-8 exceeds <see cref="MaxKeyBytes"/>, or that are not valid
/// UTF-16, are held apart (<see cref="GazetteerNameIndex"/>); no real place name comes near the limit.
/// </summary>
internal static class NameBuckets
{
    public const int BucketBytes = 64;

    /// <summary>Byte 0 of a bucket holds its flags; records start after it.</summary>
    public const int FirstRecord = 1;

    /// <summary>Set on a bucket when a name hashed to it, or to an earlier bucket of its run, was placed past it: a lookup must read on.</summary>
    public const byte Overflowed = 1;

    public const byte CountEscape = 255;

    /// <summary>The longest key a bucket holds: 1 + 4 + 5 + 53 bytes fill a bucket after its flags byte.</summary>
    public const int MaxKeyBytes = 53;

    /// <summary>A tag word whose bucket is home to more names than it has tags for: a lookup must read the buckets.</summary>
    public const uint Saturated = uint.MaxValue;

    private const uint Ones = 0x01010101;

    /// <summary>A key's tag, 1 to 254, from its hash's top byte (the bucket comes from the low half): 0 marks an empty tag, 255 a saturated word.</summary>
    public static byte Tag(ulong hash) => (byte)(1 + (hash >> 56) % 254);

    /// <summary>
    /// Whether a name with this tag may be among those a home bucket's tag word lists: false for
    /// all but about one missing name in a hundred, without reading the buckets.
    /// </summary>
    public static bool MayHold(uint word, byte tag)
    {
        // A byte of word ^ (tag in every byte) is zero where the tag is (the classic SWAR zero-byte test).
        uint x = word ^ (tag * Ones);
        return ((x - Ones) & ~x & 0x80808080) != 0 || word == Saturated;
    }

    /// <summary>The word with one more tag: in its first empty byte, or <see cref="Saturated"/> when it has none.</summary>
    public static uint AddTag(uint word, byte tag)
    {
        for (int shift = 0; shift < 32; shift += 8)
        {
            if (((word >> shift) & 0xFF) == 0) return word | ((uint)tag << shift);
        }
        return Saturated;
    }

    /// <summary>The bytes a record takes.</summary>
    public static int RecordLength(int keyBytes, int linkCount) => 5 + (linkCount < CountEscape ? 1 : 5) + keyBytes;

    /// <summary>The key's UTF-8 into <paramref name="utf8"/>; false when it needs more than that buffer or is not valid UTF-16 (a lone surrogate).</summary>
    public static bool TryEncode(ReadOnlySpan<char> key, Span<byte> utf8, out int length)
    {
        OperationStatus status = Utf8.FromUtf16(key, utf8, out _, out length, replaceInvalidSequences: false);
        return status == OperationStatus.Done;
    }

    /// <summary>Writes one record at <paramref name="at"/> of a bucket; returns where the next starts.</summary>
    public static int Write(Span<byte> bucket, int at, ReadOnlySpan<byte> key, int linkStart, int linkCount)
    {
        bucket[at] = (byte)key.Length;
        BinaryPrimitives.WriteInt32LittleEndian(bucket[(at + 1)..], linkStart);
        int keyAt = at + 6;
        if (linkCount < CountEscape) bucket[at + 5] = (byte)linkCount;
        else
        {
            bucket[at + 5] = CountEscape;
            BinaryPrimitives.WriteInt32LittleEndian(bucket[keyAt..], linkCount);
            keyAt += 4;
        }
        key.CopyTo(bucket[keyAt..]);
        return keyAt + key.Length;
    }

    /// <summary>
    /// The record at <paramref name="at"/>, or false at the end of the bucket's records. Checks that
    /// the record fits the bucket, so that it can walk a bucket read from a file.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> bucket, int at, out NameRecord record)
    {
        record = default;
        if (at >= BucketBytes || bucket[at] == 0 || at + 6 > BucketBytes) return false;
        int keyLength = bucket[at];
        int linkStart = BinaryPrimitives.ReadInt32LittleEndian(bucket[(at + 1)..]);
        int keyAt = at + 6;
        int linkCount = bucket[at + 5];
        if (linkCount == CountEscape)
        {
            if (keyAt + 4 > BucketBytes) return false;
            linkCount = BinaryPrimitives.ReadInt32LittleEndian(bucket[keyAt..]);
            keyAt += 4;
        }
        if (keyAt + keyLength > BucketBytes) return false;
        record = new NameRecord(keyAt, keyLength, linkStart, linkCount, keyAt + keyLength);
        return true;
    }

    /// <summary>
    /// A zeroed byte array whose window <c>[start, start + length)</c> begins on a cache-line
    /// boundary, so that every bucket is exactly one line. Pinned: a moved array would lose the alignment.
    /// </summary>
    public static byte[] AllocateAligned(int length, out int start)
    {
        byte[] storage = GC.AllocateArray<byte>(length + BucketBytes - 1, pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(storage, 0);
        start = (int)((BucketBytes - (address & (BucketBytes - 1))) & (BucketBytes - 1));
        return storage;
    }
}

/// <summary>One record of a bucket: where its key's bytes are, its link range, and where the next record starts.</summary>
internal readonly record struct NameRecord(int KeyAt, int KeyLength, int LinkStart, int LinkCount, int Next);
