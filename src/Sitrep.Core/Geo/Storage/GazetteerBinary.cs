using System.Runtime.InteropServices;
using System.Text;
using Sitrep.Errors;
using Sitrep.Events;

namespace Sitrep.Geo.Storage;

/// <summary>
/// gazetteer.bin: the entries and the name index of a gazetteer folder, as the TSV loader would
/// build them, in arrays that load with a few large reads instead of a parse and a normalisation
/// per name. Layout (little-endian): <see cref="Header"/>, the string table (offsets, UTF-8
/// bytes), <see cref="EntryRecord"/>s, the name buckets (<see cref="NameBuckets"/>), their tag words, the
/// long name records (<see cref="LongNameKeys"/>), links, and the end magic. Version 5 replaced version
/// 3's fingerprint slots and name arena with the buckets and tags (4 was an unreleased draft without tags). The header records the hash of the TSV sources; a binary whose sources changed is
/// reported <see cref="BinaryState.Stale"/> (as is one of another format version) and the loader
/// reads the TSVs instead.
/// </summary>
internal static class GazetteerBinary
{
    public const string FileName = "gazetteer.bin";
    public const int Version = 5;
    private const ulong Magic = 0x4E49425A41475253; // "SRGAZBIN"
    private const ulong EndMagic = 0x444E455A41475253; // "SRGAZEND"

    [StructLayout(LayoutKind.Sequential, Pack = 8)]
    private record struct Header(
        ulong Magic, int Version, int Reserved, ulong SourceHash,
        int StringCount, int StringBytes, int EntryCount, int KeyCount, int BucketCount, int LongBytes, int LinkCount, int Padding);

    public static void Write(string path, ulong sourceHash, IReadOnlyList<GazetteerEntry> entries, GazetteerNameIndex index)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var offsets = new List<int> { 0 };
        var utf8 = new List<byte>(1 << 20);
        int Ref(string? s)
        {
            if (s is null) return -1;
            if (strings.TryGetValue(s, out int known)) return known;
            utf8.AddRange(Encoding.UTF8.GetBytes(s));
            offsets.Add(utf8.Count);
            return strings[s] = strings.Count;
        }
        var records = new EntryRecord[entries.Count];
        for (int i = 0; i < records.Length; i++)
        {
            GazetteerEntry e = entries[i];
            records[i] = new EntryRecord(e.GeonamesId ?? EntryRecord.NoGeonamesId, e.Point.Latitude, e.Point.Longitude, e.Population,
                Ref(e.Id), Ref(e.Name), Ref(e.AsciiName), Ref(e.CountryIso3), Ref(e.Admin1), Ref(e.Admin2), Ref(e.FeatureCode), (int)e.Kind);
        }
        var header = new Header(Magic, Version, 0, sourceHash, strings.Count, utf8.Count, records.Length,
            index.NameCount, index.BucketCount, index.LongRecords.Length, index.Links.Length, 0);
        // Written beside and moved into place, so a reader never sees half a file.
        string temporary = $"{path}.{Environment.ProcessId}.{Path.GetRandomFileName()}.partial";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            stream.Write(MemoryMarshal.AsBytes(new ReadOnlySpan<Header>(in header)));
            stream.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(offsets)));
            stream.Write(CollectionsMarshal.AsSpan(utf8));
            stream.Write(MemoryMarshal.AsBytes(records.AsSpan()));
            stream.Write(index.Buckets);
            stream.Write(MemoryMarshal.AsBytes(index.Tags));
            stream.Write(index.LongRecords);
            stream.Write(MemoryMarshal.AsBytes(index.Links.AsSpan()));
            stream.Write(BitConverter.GetBytes(EndMagic));
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Like <see cref="Write"/>, for a cache written in passing: false when the folder is read-only or full.</summary>
    public static bool TryWrite(string path, ulong sourceHash, IReadOnlyList<GazetteerEntry> entries, GazetteerNameIndex index)
    {
        try
        {
            Write(path, sourceHash, entries, index);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the next load's speed depends on the file; the gazetteer in hand is complete.
            return false;
        }
    }

    /// <summary>True when the file exists, has this version and was compiled from the sources with <paramref name="sourceHash"/>; reads the header only.</summary>
    public static bool IsCurrent(string path, ulong sourceHash)
    {
        if (!File.Exists(path)) return false;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        Header header = default;
        return TryFill(stream, MemoryMarshal.AsBytes(new Span<Header>(ref header))) && header.Magic == Magic && header.Version == Version && header.SourceHash == sourceHash;
    }

    /// <summary>Reads and checks the file; a damaged file is a problem naming it, a stale one is only reported as such.</summary>
    public static BinaryRead Read(string path, ulong sourceHash)
    {
        if (!BitConverter.IsLittleEndian) return new BinaryRead(BinaryState.Stale, [], null, null);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        Header header = default;
        if (!TryFill(stream, MemoryMarshal.AsBytes(new Span<Header>(ref header))) || header.Magic != Magic)
            return Damaged(path, "not a Sitrep gazetteer binary (bad magic); rebuild it with 'sitrep gazetteer compile'");
        // Another version is a cache from another build: the TSVs are still there to read (and to compile it again from).
        if (header.Version != Version || header.SourceHash != sourceHash) return new BinaryRead(BinaryState.Stale, [], null, null);
        long expected = Marshal.SizeOf<Header>() + 4L * (header.StringCount + 1) + header.StringBytes + (long)Marshal.SizeOf<EntryRecord>() * header.EntryCount +
                        (long)(NameBuckets.BucketBytes + 4) * header.BucketCount + header.LongBytes + 4L * header.LinkCount + 8;
        if (header.StringCount < 0 || header.StringBytes < 0 || header.EntryCount < 0 || header.KeyCount < 0 || header.BucketCount <= 0 ||
            header.BucketCount > int.MaxValue / NameBuckets.BucketBytes || header.LongBytes < 0 || header.LinkCount < 0 || stream.Length != expected)
            return Damaged(path, $"the counts in the header do not match the file's length ({stream.Length} bytes); the file is truncated or damaged");
        var offsets = new int[header.StringCount + 1];
        var utf8 = new byte[header.StringBytes];
        var records = new EntryRecord[header.EntryCount];
        byte[] storage = NameBuckets.AllocateAligned(header.BucketCount * NameBuckets.BucketBytes, out int start);
        var tags = new uint[header.BucketCount];
        var longRecords = new byte[header.LongBytes];
        var links = new int[header.LinkCount];
        ulong end = 0;
        bool complete = TryFill(stream, MemoryMarshal.AsBytes(offsets.AsSpan())) && TryFill(stream, utf8) &&
                        TryFill(stream, MemoryMarshal.AsBytes(records.AsSpan())) &&
                        TryFill(stream, storage.AsSpan(start, header.BucketCount * NameBuckets.BucketBytes)) &&
                        TryFill(stream, MemoryMarshal.AsBytes(tags.AsSpan())) && TryFill(stream, longRecords) &&
                        TryFill(stream, MemoryMarshal.AsBytes(links.AsSpan())) &&
                        TryFill(stream, MemoryMarshal.AsBytes(new Span<ulong>(ref end)));
        if (!complete || end != EndMagic) return Damaged(path, "the file ends early or lacks its end mark; it is truncated or damaged");
        var names = new PackedNames(storage, start, header.BucketCount, tags, longRecords);
        if (BinaryChecks.FirstFault(offsets, header.StringBytes, records, names, header.KeyCount, links) is string fault)
            return Damaged(path, fault);
        string[] strings = Decode(offsets, utf8);
        var entries = new GazetteerEntry[records.Length];
        for (int i = 0; i < records.Length; i++) entries[i] = Entry(records[i], strings);
        return new BinaryRead(BinaryState.Loaded, [], entries, new GazetteerNameIndex(names, links, entries));
    }

    private static GazetteerEntry Entry(in EntryRecord r, string[] strings) => new()
    {
        Id = strings[r.Id], GeonamesId = r.GeonamesId == EntryRecord.NoGeonamesId ? null : r.GeonamesId,
        Name = strings[r.Name], AsciiName = strings[r.AsciiName], Kind = (PlaceKind)r.Kind, CountryIso3 = strings[r.CountryIso3],
        Admin1 = r.Admin1 < 0 ? null : strings[r.Admin1], Admin2 = r.Admin2 < 0 ? null : strings[r.Admin2],
        Point = new GeoPoint(r.Latitude, r.Longitude), Population = r.Population, FeatureCode = strings[r.FeatureCode],
    };

    private static string[] Decode(int[] offsets, byte[] utf8)
    {
        var strings = new string[offsets.Length - 1];
        for (int i = 0; i < strings.Length; i++) strings[i] = Encoding.UTF8.GetString(utf8, offsets[i], offsets[i + 1] - offsets[i]);
        return strings;
    }

    private static bool TryFill(Stream stream, Span<byte> target) => stream.ReadAtLeast(target, target.Length, throwOnEndOfStream: false) == target.Length;

    private static BinaryRead Damaged(string path, string message) =>
        new(BinaryState.Damaged, [new Problem(ErrorCodes.MalformedDataFile, path, message)], null, null);
}

internal enum BinaryState
{
    Loaded,
    /// <summary>Written from other sources than the folder now holds; the TSVs are the truth.</summary>
    Stale,
    Damaged,
}

/// <summary>What reading gazetteer.bin gave: the entries and index, or why not.</summary>
internal sealed record BinaryRead(BinaryState State, IReadOnlyList<Problem> Problems, GazetteerEntry[]? Entries, GazetteerNameIndex? Index);
