namespace Sitrep.Geo.Storage;

/// <summary>
/// Range checks on the arrays read from gazetteer.bin, so that a damaged file fails the load with
/// a message instead of an index error (or a wrong place) later.
/// </summary>
internal static class BinaryChecks
{
    public static string? FirstFault(int[] offsets, int stringBytes, EntryRecord[] records, PackedNames names, int keyCount, int[] links)
    {
        if (!Ascending(offsets, stringBytes)) return "the string table's offsets are out of order or out of range";
        int strings = offsets.Length - 1;
        for (int i = 0; i < records.Length; i++)
        {
            EntryRecord r = records[i];
            if (!Required(r.Id, strings) || !Required(r.Name, strings) || !Required(r.AsciiName, strings) || !Required(r.CountryIso3, strings) ||
                !Required(r.FeatureCode, strings) || !Optional(r.Admin1, strings) || !Optional(r.Admin2, strings) || (uint)r.Kind > (uint)PlaceKind.Country)
                return $"entry {i} refers to a string or kind that does not exist";
        }
        foreach (int link in links)
        {
            if ((uint)link >= (uint)records.Length) return $"a name links to entry {link}, which does not exist";
        }
        var covered = new ulong[(links.Length + 63) / 64];
        if (BucketFault(names, links.Length, covered, out int inline) is string bucketFault) return bucketFault;
        var longKeys = new List<IndexKey>();
        if (LongNameKeys.Read(names.LongRecords, longKeys) is string longFault) return longFault;
        foreach (IndexKey key in longKeys)
        {
            if (Cover(covered, key.LinkStart, key.LinkCount, links.Length) is string fault) return $"long name record '{key.Key}': {fault}";
        }
        if (inline + longKeys.Count != keyCount) return $"the buckets hold {inline + longKeys.Count} names but the file has {keyCount}";
        for (int i = 0; i < links.Length; i++)
        {
            if ((covered[i >> 6] & (1UL << i)) == 0) return $"link {i} belongs to no name";
        }
        return null;
    }

    /// <summary>
    /// Walks every bucket's records: each must fit its bucket and own links no other name owns
    /// (marked in <paramref name="covered"/>). Some bucket must not be overflowed, or a miss would never stop.
    /// </summary>
    private static string? BucketFault(PackedNames names, int linkCount, ulong[] covered, out int count)
    {
        count = 0;
        ReadOnlySpan<byte> table = names.Storage.AsSpan(names.Start, names.BucketCount * NameBuckets.BucketBytes);
        bool anyStops = false;
        for (int b = 0; b < names.BucketCount; b++)
        {
            ReadOnlySpan<byte> bucket = table.Slice(b * NameBuckets.BucketBytes, NameBuckets.BucketBytes);
            if ((bucket[0] & ~NameBuckets.Overflowed) != 0) return $"bucket {b} has unknown flags";
            anyStops |= bucket[0] == 0;
            int at = NameBuckets.FirstRecord;
            for (; NameBuckets.TryRead(bucket, at, out NameRecord record); at = record.Next)
            {
                if (record.KeyLength > NameBuckets.MaxKeyBytes) return $"bucket {b} holds a name longer than a bucket allows";
                if (Cover(covered, record.LinkStart, record.LinkCount, linkCount) is string fault) return $"bucket {b}: {fault}";
                count++;
            }
            if (at < NameBuckets.BucketBytes && bucket[at] != 0) return $"a name record in bucket {b} does not fit the bucket";
        }
        return anyStops ? null : "every bucket is marked overflowed, so a lookup of a missing name would not stop";
    }

    private static string? Cover(ulong[] covered, int start, int count, int linkCount)
    {
        if (start < 0 || count <= 0 || (long)start + count > linkCount) return $"links {start}+{count} are out of range";
        for (int i = start; i < start + count; i++)
        {
            if ((covered[i >> 6] & (1UL << i)) != 0) return $"link {i} belongs to two names";
            covered[i >> 6] |= 1UL << i;
        }
        return null;
    }

    private static bool Ascending(int[] starts, int end)
    {
        if (starts[0] != 0 || starts[^1] != end) return false;
        for (int i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1]) return false;
        }
        return true;
    }

    private static bool Required(int reference, int count) => (uint)reference < (uint)count;
    private static bool Optional(int reference, int count) => reference == -1 || (uint)reference < (uint)count;
}
