namespace Sitrep.Geo.Storage;

/// <summary>
/// Range checks on the arrays read from gazetteer.bin, so that a damaged file fails the load with
/// a message instead of an index error (or a wrong place) later.
/// </summary>
internal static class BinaryChecks
{
    public static string? FirstFault(int[] offsets, int stringBytes, EntryRecord[] records, GazetteerNameIndex.KeyRecord[] keys, int keyChars,
        int[] links, GazetteerNameIndex.Slot[] slots)
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
        if (keys[0] != default || keys[^1].CharStart != keyChars || keys[^1].LinkStart != links.Length) return "the name records do not span the names and links";
        for (int k = 1; k < keys.Length; k++)
        {
            if (keys[k].CharStart < keys[k - 1].CharStart || keys[k].LinkStart < keys[k - 1].LinkStart) return $"name record {k} is out of order";
        }
        foreach (int link in links)
        {
            if ((uint)link >= (uint)records.Length) return $"a name links to entry {link}, which does not exist";
        }
        int filled = 0;
        foreach (GazetteerNameIndex.Slot slot in slots)
        {
            if (slot.Key >= keys.Length - 1 || slot.Key < -1) return $"a slot refers to name {slot.Key}, which does not exist";
            if (slot.Key >= 0) filled++;
        }
        return filled == keys.Length - 1 ? null : $"the hash table holds {filled} names but the file has {keys.Length - 1}";
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
