using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Sitrep.Geo.Storage;

namespace Sitrep.Geo;

/// <summary>
/// The frozen name index: a table of cache-line buckets (<see cref="NameBuckets"/>) holding each
/// normalised name's UTF-8 bytes beside its link range, a tag word per bucket, and the entries
/// grouped by name in one flat array. The key's hash picks a bucket; the bucket holds the key
/// itself, so a hit reads one line of the table (the next line too for the one name in ten placed
/// past a full bucket, see <see cref="NameBucketPacker.DefaultFill"/>). A miss mostly stops at the
/// home bucket's tag word, in an array a sixteenth of the table's size that stays in cache far
/// longer; the bucket line is prefetched while the tags are checked, so a hit does not wait for
/// the two one after the other. A lookup takes a span, so callers normalise into a stack buffer and allocate
/// nothing. The same arrays are what gazetteer.bin stores (<see cref="GazetteerBinary"/>).
/// </summary>
internal sealed class GazetteerNameIndex
{
    private readonly byte[] _storage;
    private readonly int _start;
    private readonly int _bucketCount;
    private readonly uint[] _tags;
    private readonly Dictionary<string, LinkRange>.AlternateLookup<ReadOnlySpan<char>> _long;
    private readonly GazetteerEntry[] _flat;

    /// <param name="names">The packed keys (<see cref="NameBucketPacker"/>), checked when read from a file.</param>
    /// <param name="links">Entry positions (in <paramref name="entries"/>) grouped by name.</param>
    public GazetteerNameIndex(PackedNames names, int[] links, ReadOnlySpan<GazetteerEntry> entries)
    {
        _storage = names.Storage;
        _start = names.Start;
        _bucketCount = names.BucketCount;
        _tags = names.Tags;
        LongRecords = names.LongRecords;
        Links = links;
        _flat = new GazetteerEntry[links.Length];
        // A span, not an IReadOnlyList: at 12M names this loop runs 11.5M times, and the interface call
        // per element made it 40 % slower (1.1 s against 0.6-0.8 s of a 12M load).
        for (int i = 0; i < links.Length; i++) _flat[i] = entries[links[i]];
        var longKeys = new List<IndexKey>();
        LongNameKeys.Read(LongRecords, longKeys);
        var byLongKey = new Dictionary<string, LinkRange>(longKeys.Count, StringComparer.Ordinal);
        int maxWords = 0, count = longKeys.Count;
        foreach (IndexKey key in longKeys)
        {
            byLongKey[key.Key] = new LinkRange(key.LinkStart, key.LinkCount);
            maxWords = Math.Max(maxWords, key.Key.Count(' ') + 1);
        }
        _long = byLongKey.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<byte> table = Buckets;
        for (int b = 0; b < _bucketCount; b++)
        {
            ReadOnlySpan<byte> bucket = table.Slice(b * NameBuckets.BucketBytes, NameBuckets.BucketBytes);
            for (int at = NameBuckets.FirstRecord; NameBuckets.TryRead(bucket, at, out NameRecord record); at = record.Next)
            {
                maxWords = Math.Max(maxWords, bucket.Slice(record.KeyAt, record.KeyLength).Count((byte)' ') + 1);
                count++;
            }
        }
        NameCount = count;
        MaxNameWords = maxWords;
    }

    /// <summary>The buckets, <see cref="NameBuckets.BucketBytes"/> each.</summary>
    public ReadOnlySpan<byte> Buckets => _storage.AsSpan(_start, _bucketCount * NameBuckets.BucketBytes);

    public int BucketCount => _bucketCount;

    /// <summary>Each bucket's tag word.</summary>
    public ReadOnlySpan<uint> Tags => _tags;

    internal byte[] StorageForTests => _storage;
    internal int StartForTests => _start;

    /// <summary>The keys held apart from the buckets (<see cref="LongNameKeys"/>).</summary>
    public byte[] LongRecords { get; }

    public int[] Links { get; }

    public int NameCount { get; }

    /// <summary>The most words any name has, which bounds the n-grams worth trying.</summary>
    public int MaxNameWords { get; }

    public static GazetteerNameIndex Build(IReadOnlyList<IndexKey> keys, int[] links, ReadOnlySpan<GazetteerEntry> entries) =>
        new(NameBucketPacker.Pack(keys), links, entries);

    public GazetteerMatches Get(ReadOnlySpan<char> key)
    {
        LinkRange range = Find(key);
        return range.Count == 0 ? default : new GazetteerMatches(_flat, range.Start, range.Count);
    }

    public bool Contains(ReadOnlySpan<char> key) => Find(key).Count > 0;

    /// <summary>Where the name's entries are in the flat array, or an empty range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LinkRange Find(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return default;
        ulong hash = StableHash.OfKey(key);
        int b = NameBucketPacker.Home(hash, _bucketCount);
        ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_storage), _start);
        Prefetch(ref Unsafe.Add(ref first, b * NameBuckets.BucketBytes));
        if (!NameBuckets.MayHold(Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_tags), b), NameBuckets.Tag(hash))) return default;
        Span<byte> utf8 = stackalloc byte[NameBuckets.MaxKeyBytes];
        if (!NameBuckets.TryEncode(key, utf8, out int length)) return _long.TryGetValue(key, out LinkRange held) ? held : default;
        ReadOnlySpan<byte> wanted = utf8[..length];
        while (true)
        {
            ReadOnlySpan<byte> bucket = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref first, b * NameBuckets.BucketBytes), NameBuckets.BucketBytes);
            int at = NameBuckets.FirstRecord;
            while (at < NameBuckets.BucketBytes)
            {
                int keyLength = bucket[at];
                if (keyLength == 0) break;
                int countByte = bucket[at + 5];
                int keyAt = countByte == NameBuckets.CountEscape ? at + 10 : at + 6;
                // The length byte rules out most other names before their bytes are compared.
                if (keyLength == length && bucket.Slice(keyAt, keyLength).SequenceEqual(wanted))
                {
                    int linkStart = BinaryPrimitives.ReadInt32LittleEndian(bucket[(at + 1)..]);
                    return new LinkRange(linkStart, countByte == NameBuckets.CountEscape ? BinaryPrimitives.ReadInt32LittleEndian(bucket[(at + 6)..]) : countByte);
                }
                at = keyAt + keyLength;
            }
            if ((bucket[0] & NameBuckets.Overflowed) == 0) return default;
            b = b + 1 == _bucketCount ? 0 : b + 1;
        }
    }

    /// <summary>Asks for the line a moment before it is read; the storage is pinned, so its address holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ref byte line)
    {
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref line));
    }

    /// <summary>
    /// The index's shape, for the scale bench: sizes, and the buckets (cache lines) a lookup reads,
    /// averaged over the names (a hit) and over the buckets a missing name may hash to (a miss).
    /// </summary>
    public NameIndexLayout Layout()
    {
        ReadOnlySpan<byte> table = Buckets;
        Span<char> chars = stackalloc char[NameBuckets.MaxKeyBytes];
        long hitLines = 0, inline = 0, usedBytes = 0;
        for (int b = 0; b < _bucketCount; b++)
        {
            ReadOnlySpan<byte> bucket = table.Slice(b * NameBuckets.BucketBytes, NameBuckets.BucketBytes);
            for (int at = NameBuckets.FirstRecord; NameBuckets.TryRead(bucket, at, out NameRecord record); at = record.Next)
            {
                int length = System.Text.Encoding.UTF8.GetChars(bucket.Slice(record.KeyAt, record.KeyLength), chars);
                int home = NameBucketPacker.Home(StableHash.OfKey(chars[..length]), _bucketCount);
                hitLines += 1 + (b - home + _bucketCount) % _bucketCount;
                usedBytes += record.Next - at;
                inline++;
            }
        }
        // A missing name reads the buckets only when its tag word might hold it: saturated, or another name's tag equal to its own.
        double missLines = 0;
        for (int b = 0; b < _bucketCount; b++)
        {
            uint word = _tags[b];
            double past = word == NameBuckets.Saturated ? 1 : (double)(4 - ((word & 0xFF) == 0 ? 1 : 0) - ((word & 0xFF00) == 0 ? 1 : 0) -
                ((word & 0xFF0000) == 0 ? 1 : 0) - ((word & 0xFF000000) == 0 ? 1 : 0)) / 254;
            int read = 1;
            for (int next = b; (table[next * NameBuckets.BucketBytes] & NameBuckets.Overflowed) != 0; next = (next + 1) % _bucketCount) read++;
            missLines += past * read;
        }
        return new NameIndexLayout(NameCount, NameCount - (int)inline, _bucketCount, (long)_bucketCount * NameBuckets.BucketBytes, 4L * _tags.Length,
            4L * Links.Length, 8L * _flat.Length, inline == 0 ? 0 : (double)hitLines / inline, missLines / _bucketCount,
            (double)usedBytes / ((long)_bucketCount * (NameBuckets.BucketBytes - NameBuckets.FirstRecord)));
    }

    /// <summary>A name's entries: <see cref="Count"/> links from <see cref="Start"/>.</summary>
    private readonly record struct LinkRange(int Start, int Count);
}

/// <summary>
/// The name index's sizes in bytes and the bucket lines its lookups read (see <see cref="GazetteerNameIndex.Layout"/>):
/// a hit reads its tag word and <see cref="BucketsPerHit"/> lines, a miss its tag word and <see cref="BucketsPerMiss"/> lines on average.
/// </summary>
public sealed record NameIndexLayout(
    int Names,
    int LongNames,
    int Buckets,
    long BucketBytes,
    long TagBytes,
    long LinkBytes,
    long CandidateBytes,
    double BucketsPerHit,
    double BucketsPerMiss,
    double Fill);
