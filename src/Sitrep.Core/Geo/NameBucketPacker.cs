using System.Buffers.Binary;
using Sitrep.Geo.Storage;

namespace Sitrep.Geo;

/// <summary>A normalised name and the range of entry links it owns.</summary>
internal readonly record struct IndexKey(string Key, int LinkStart, int LinkCount);

/// <summary>
/// The name index's storage: the aligned bucket lines, a tag word per bucket (the tags of the names
/// whose home it is, <see cref="NameBuckets.Tag"/>), and the few keys held apart from the buckets.
/// </summary>
internal sealed record PackedNames(byte[] Storage, int Start, int BucketCount, uint[] Tags, byte[] LongRecords);

/// <summary>
/// Packs names into <see cref="NameBuckets"/>: each goes to the bucket its hash picks, or to the
/// first bucket after it with room, marking the buckets it passed as overflowed, and its tag goes
/// into its home bucket's tag word (long names' too). Deterministic: the same keys in the same order
/// give the same bytes.
/// </summary>
internal static class NameBucketPacker
{
    /// <summary>
    /// How full the buckets are on average. At 0.5, with names like GeoNames' (records of about 16
    /// bytes), a hit reads 1.10 lines and a miss 1.22 (the extra line is the adjacent one); at 0.7
    /// a miss reads 2.75. The table is still smaller than version 3's slots and arena together,
    /// which matters: on a virtual machine a random read costs more the larger the memory it falls in.
    /// </summary>
    public const double DefaultFill = 0.5;

    public static PackedNames Pack(IReadOnlyList<IndexKey> keys, double fill = DefaultFill)
    {
        Span<byte> utf8 = stackalloc byte[NameBuckets.MaxKeyBytes];
        var inline = new List<byte[]>(keys.Count);
        var inlineKeys = new List<IndexKey>(keys.Count);
        var longRecords = new List<byte>();
        var hashes = new ulong[keys.Count];
        long bytes = 0;
        for (int i = 0; i < keys.Count; i++)
        {
            IndexKey key = keys[i];
            hashes[i] = StableHash.OfKey(key.Key);
            if (NameBuckets.TryEncode(key.Key, utf8, out int length))
            {
                inline.Add(utf8[..length].ToArray());
                inlineKeys.Add(key);
                bytes += NameBuckets.RecordLength(length, key.LinkCount);
            }
            else LongNameKeys.Append(longRecords, key);
        }
        int buckets = (int)Math.Min(int.MaxValue / NameBuckets.BucketBytes, Math.Max(1, Math.Ceiling(bytes / ((NameBuckets.BucketBytes - NameBuckets.FirstRecord) * fill))));
        while (true)
        {
            // Rare: no bucket has room for a long record, or every bucket overflowed (a miss would never stop). A larger table fixes both.
            if (TryPack(inline, inlineKeys, buckets) is PackedNames packed) return packed with { Tags = Tags(hashes, buckets), LongRecords = [.. longRecords] };
            buckets = checked(buckets + buckets / 4 + 1);
        }
    }

    /// <summary>The bucket a key's hash picks: the high half of hash × buckets, so any bucket count works.</summary>
    public static int Home(ulong hash, int buckets) => (int)(((hash & uint.MaxValue) * (uint)buckets) >> 32);

    private static uint[] Tags(ulong[] hashes, int buckets)
    {
        var tags = new uint[buckets];
        foreach (ulong hash in hashes)
        {
            ref uint word = ref tags[Home(hash, buckets)];
            word = NameBuckets.AddTag(word, NameBuckets.Tag(hash));
        }
        return tags;
    }

    private static PackedNames? TryPack(List<byte[]> keys, List<IndexKey> ranges, int buckets)
    {
        byte[] storage = NameBuckets.AllocateAligned(buckets * NameBuckets.BucketBytes, out int start);
        Span<byte> table = storage.AsSpan(start, buckets * NameBuckets.BucketBytes);
        var used = new byte[buckets];
        for (int i = 0; i < keys.Count; i++)
        {
            int length = NameBuckets.RecordLength(keys[i].Length, ranges[i].LinkCount);
            int b = Home(StableHash.OfKey(ranges[i].Key), buckets);
            for (int passed = 0; NameBuckets.FirstRecord + used[b] + length > NameBuckets.BucketBytes; passed++)
            {
                if (passed == buckets) return null;
                table[b * NameBuckets.BucketBytes] |= NameBuckets.Overflowed;
                b = b + 1 == buckets ? 0 : b + 1;
            }
            Span<byte> bucket = table.Slice(b * NameBuckets.BucketBytes, NameBuckets.BucketBytes);
            NameBuckets.Write(bucket, NameBuckets.FirstRecord + used[b], keys[i], ranges[i].LinkStart, ranges[i].LinkCount);
            used[b] += (byte)length;
        }
        for (int b = 0; b < buckets; b++)
        {
            if ((table[b * NameBuckets.BucketBytes] & NameBuckets.Overflowed) == 0) return new PackedNames(storage, start, buckets, [], []);
        }
        return null;
    }
}

/// <summary>
/// The keys too long for a bucket (or not valid UTF-16), one record each: char count, first link
/// and link count (little-endian ints), then the UTF-16 chars.
/// </summary>
internal static class LongNameKeys
{
    private const int HeaderBytes = 12;

    public static void Append(List<byte> records, IndexKey key)
    {
        Span<byte> header = stackalloc byte[HeaderBytes];
        BinaryPrimitives.WriteInt32LittleEndian(header, key.Key.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], key.LinkStart);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], key.LinkCount);
        records.AddRange(header);
        foreach (char c in key.Key)
        {
            records.Add((byte)c);
            records.Add((byte)(c >> 8));
        }
    }

    /// <summary>Reads every record into <paramref name="keys"/>; a fault message when one does not fit the bytes.</summary>
    public static string? Read(ReadOnlySpan<byte> records, List<IndexKey> keys)
    {
        int at = 0;
        while (at < records.Length)
        {
            if (at + HeaderBytes > records.Length) return $"long name record {keys.Count} does not fit the long names";
            int chars = BinaryPrimitives.ReadInt32LittleEndian(records[at..]);
            if (chars <= 0 || chars > (records.Length - at - HeaderBytes) / 2) return $"long name record {keys.Count} does not fit the long names";
            ReadOnlySpan<byte> text = records.Slice(at + HeaderBytes, 2 * chars);
            string built = string.Create(chars, text.ToArray(), static (span, bytes) =>
            {
                for (int i = 0; i < span.Length; i++) span[i] = (char)(bytes[2 * i] | (bytes[2 * i + 1] << 8));
            });
            keys.Add(new IndexKey(built, BinaryPrimitives.ReadInt32LittleEndian(records[(at + 4)..]), BinaryPrimitives.ReadInt32LittleEndian(records[(at + 8)..])));
            at += HeaderBytes + 2 * chars;
        }
        return null;
    }
}
