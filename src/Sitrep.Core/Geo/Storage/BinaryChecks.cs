namespace Sitrep.Geo.Storage;

/// <summary>
/// Range checks on the arrays read from gazetteer.bin, so that a damaged file fails the load with
/// a message instead of an index error (or a wrong place) later.
/// </summary>
internal static class BinaryChecks
{
    public static string? FirstFault(int[] offsets, int stringBytes, EntryRecord[] records, char[] arena, int names, int[] links, GazetteerNameIndex.Slot[] slots)
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
        if (ArenaFault(arena, names, links.Length, out ulong[] starts) is string fault) return fault;
        foreach (int link in links)
        {
            if ((uint)link >= (uint)records.Length) return $"a name links to entry {link}, which does not exist";
        }
        int filled = 0;
        foreach (GazetteerNameIndex.Slot slot in slots)
        {
            if (slot.Record < -1 || slot.Record >= arena.Length || slot.Record >= 0 && (starts[slot.Record >> 6] & (1UL << slot.Record)) == 0)
                return $"a slot refers to arena position {slot.Record}, where no name starts";
            if (slot.Record >= 0) filled++;
        }
        return filled == names ? null : $"the hash table holds {filled} names but the file has {names}";
    }

    /// <summary>
    /// Walks the name records: each must fit the arena and take the links right after the previous
    /// one's, and together they must hold every link. Marks where records start, for the slot check.
    /// </summary>
    private static string? ArenaFault(char[] arena, int names, int linkCount, out ulong[] starts)
    {
        starts = new ulong[(arena.Length + 63) / 64];
        int at = 0, link = 0, count = 0;
        while (at < arena.Length)
        {
            if (at + NameArena.HeaderLength > arena.Length || NameArena.Next(arena, at) > arena.Length || NameArena.Length(arena, at) == 0)
                return $"name record {count} does not fit the name arena";
            if (NameArena.LinkStart(arena, at) != link || NameArena.LinkCount(arena, at) <= 0) return $"name record {count} is out of order";
            starts[at >> 6] |= 1UL << at;
            link += NameArena.LinkCount(arena, at);
            at = NameArena.Next(arena, at);
            count++;
        }
        return count == names && link == linkCount ? null : "the name records do not span the names and links";
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
