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
/// The same arrays are what gazetteer.bin stores (<see cref="GazetteerBinary"/>).
/// </summary>
internal sealed class GazetteerNameIndex
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly GazetteerEntry[] _flat;

    /// <param name="keyStarts">Where each name starts in <paramref name="keyChars"/>, plus the end (length names + 1).</param>
    /// <param name="linkStarts">Where each name's entries start in <paramref name="links"/>, plus the end.</param>
    /// <param name="links">Entry positions (in <paramref name="entries"/>) grouped by name.</param>
    public GazetteerNameIndex(char[] keyChars, int[] keyStarts, int[] linkStarts, int[] links, Slot[] slots, IReadOnlyList<GazetteerEntry> entries)
    {
        KeyChars = keyChars;
        KeyStarts = keyStarts;
        LinkStarts = linkStarts;
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
    public int[] KeyStarts { get; }
    public int[] LinkStarts { get; }
    public int[] Links { get; }
    public ReadOnlySpan<Slot> Slots => _slots;

    public int NameCount => KeyStarts.Length - 1;

    /// <summary>The most words any name has, which bounds the n-grams worth trying.</summary>
    public int MaxNameWords { get; }

    public GazetteerMatches Get(ReadOnlySpan<char> key)
    {
        int k = Find(key);
        return k < 0 ? default : new GazetteerMatches(_flat, LinkStarts[k], LinkStarts[k + 1] - LinkStarts[k]);
    }

    public bool Contains(ReadOnlySpan<char> key) => Find(key) >= 0;

    /// <summary>The table size for <paramref name="names"/> names: a power of two at most three-quarters full.</summary>
    public static int SlotCountFor(int names) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, names + names / 3 + 1));

    /// <summary>Hashes every name into a fresh table (the writer stores it; the reader checks it against the names).</summary>
    public static Slot[] BuildSlots(char[] keyChars, int[] keyStarts)
    {
        int names = keyStarts.Length - 1;
        var slots = new Slot[SlotCountFor(names)];
        slots.AsSpan().Fill(new Slot(0, -1));
        int mask = slots.Length - 1;
        for (int k = 0; k < names; k++)
        {
            uint hash = StableHash.OfChars(keyChars.AsSpan(keyStarts[k], keyStarts[k + 1] - keyStarts[k]));
            int s = (int)(hash & mask);
            while (slots[s].Key >= 0) s = (s + 1) & mask;
            slots[s] = new Slot(hash, k);
        }
        return slots;
    }

    private ReadOnlySpan<char> Key(int k) => KeyChars.AsSpan(KeyStarts[k], KeyStarts[k + 1] - KeyStarts[k]);

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

    /// <summary>One table slot: a name's hash and its number, or key -1 when empty.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public readonly record struct Slot(uint Hash, int Key);
}
