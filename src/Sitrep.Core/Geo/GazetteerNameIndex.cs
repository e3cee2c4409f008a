using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sitrep.Geo.Storage;

namespace Sitrep.Geo;

/// <summary>
/// The frozen name index: every distinct normalised name in one char array, an open-addressing
/// table of name hashes, and the entries grouped by name in one flat array. A lookup hashes the
/// key, probes a few adjacent slots and compares one name, so its cost does not grow with the
/// gazetteer; it takes a span, so callers normalise into a stack buffer and allocate nothing.
/// A name's char and entry positions sit side by side in one <see cref="KeyRecord"/> array, so a
/// hit costs about three cache misses (slot, record, chars) however large the gazetteer is.
/// The same arrays are what gazetteer.bin stores (<see cref="GazetteerBinary"/>).
/// </summary>
internal sealed class GazetteerNameIndex
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly GazetteerEntry[] _flat;

    /// <param name="keys">Where each name starts in <paramref name="keyChars"/> and its entries in <paramref name="links"/>, plus the ends (length names + 1).</param>
    /// <param name="links">Entry positions (in <paramref name="entries"/>) grouped by name.</param>
    public GazetteerNameIndex(char[] keyChars, KeyRecord[] keys, int[] links, Slot[] slots, IReadOnlyList<GazetteerEntry> entries)
    {
        KeyChars = keyChars;
        Keys = keys;
        Links = links;
        _slots = slots;
        _mask = slots.Length - 1;
        _flat = new GazetteerEntry[links.Length];
        for (int i = 0; i < links.Length; i++) _flat[i] = entries[links[i]];
        int maxWords = 0;
        for (int k = 0; k < NameCount; k++) maxWords = Math.Max(maxWords, Key(k).Count(' ') + 1);
        MaxNameWords = maxWords;
    }

    public char[] KeyChars { get; }
    public KeyRecord[] Keys { get; }
    public int[] Links { get; }
    public ReadOnlySpan<Slot> Slots => _slots;

    public int NameCount => Keys.Length - 1;

    /// <summary>The most words any name has, which bounds the n-grams worth trying.</summary>
    public int MaxNameWords { get; }

    public GazetteerMatches Get(ReadOnlySpan<char> key)
    {
        int k = Find(key);
        return k < 0 ? default : new GazetteerMatches(_flat, Keys[k].LinkStart, Keys[k + 1].LinkStart - Keys[k].LinkStart);
    }

    public bool Contains(ReadOnlySpan<char> key) => Find(key) >= 0;

    /// <summary>The table size for <paramref name="names"/> names: a power of two at most three-quarters full.</summary>
    public static int SlotCountFor(int names) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, names + names / 3 + 1));

    /// <summary>Hashes every name into a fresh table (the writer stores it; the reader checks it against the names).</summary>
    public static Slot[] BuildSlots(char[] keyChars, KeyRecord[] keys)
    {
        int names = keys.Length - 1;
        var slots = new Slot[SlotCountFor(names)];
        slots.AsSpan().Fill(new Slot(0, -1));
        int mask = slots.Length - 1;
        for (int k = 0; k < names; k++)
        {
            uint hash = StableHash.OfChars(keyChars.AsSpan(keys[k].CharStart, keys[k + 1].CharStart - keys[k].CharStart));
            int s = (int)(hash & mask);
            while (slots[s].Key >= 0) s = (s + 1) & mask;
            slots[s] = new Slot(hash, k);
        }
        return slots;
    }

    private ReadOnlySpan<char> Key(int k) => KeyChars.AsSpan(Keys[k].CharStart, Keys[k + 1].CharStart - Keys[k].CharStart);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Find(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return -1;
        uint hash = StableHash.OfChars(key);
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
        for (int s = (int)(hash & _mask); ; s = (s + 1) & _mask)
        {
            Slot slot = Unsafe.Add(ref first, s);
            if (slot.Key < 0) return -1;
            if (slot.Hash == hash && Key(slot.Key).SequenceEqual(key)) return slot.Key;
        }
    }

    /// <summary>Where a name's chars and its entries' links start; the next record's starts end them.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public readonly record struct KeyRecord(int CharStart, int LinkStart);

    /// <summary>One table slot: a name's hash and its number, or key -1 when empty.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public readonly record struct Slot(uint Hash, int Key);
}
