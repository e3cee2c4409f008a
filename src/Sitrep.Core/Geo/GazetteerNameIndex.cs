using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sitrep.Geo.Storage;

namespace Sitrep.Geo;

/// <summary>
/// The frozen name index: an open-addressing table of 32-bit name fingerprints, each slot pointing
/// straight at its name's record in one char arena, and the entries grouped by name in one flat
/// array. A record is a <see cref="NameArena.HeaderLength"/>-char header (name length, first link,
/// link count) followed by the name, so a hit reads one slot and one record (one or two cache
/// lines side by side) and a miss reads only slots: two dependent memory trips at most, however
/// large the gazetteer is. A lookup takes a span, so callers normalise into a stack buffer and
/// allocate nothing. The same arrays are what gazetteer.bin stores (<see cref="GazetteerBinary"/>).
/// </summary>
internal sealed class GazetteerNameIndex
{
    private readonly Slot[] _slots;
    private readonly char[] _arena;
    private readonly int _mask;
    private readonly GazetteerEntry[] _flat;

    /// <param name="arena">The name records (<see cref="NameArena"/>), one after another.</param>
    /// <param name="names">How many records the arena holds.</param>
    /// <param name="links">Entry positions (in <paramref name="entries"/>) grouped by name.</param>
    public GazetteerNameIndex(char[] arena, int names, int[] links, Slot[] slots, IReadOnlyList<GazetteerEntry> entries)
    {
        _arena = arena;
        NameCount = names;
        Links = links;
        _slots = slots;
        _mask = slots.Length - 1;
        _flat = new GazetteerEntry[links.Length];
        for (int i = 0; i < links.Length; i++) _flat[i] = entries[links[i]];
        int maxWords = 0;
        for (int at = 0; at < arena.Length; at = NameArena.Next(arena, at))
            maxWords = Math.Max(maxWords, NameArena.Name(arena, at).Count(' ') + 1);
        MaxNameWords = maxWords;
    }

    public ReadOnlySpan<char> Arena => _arena;
    public int[] Links { get; }
    public ReadOnlySpan<Slot> Slots => _slots;

    public int NameCount { get; }

    /// <summary>The most words any name has, which bounds the n-grams worth trying.</summary>
    public int MaxNameWords { get; }

    public GazetteerMatches Get(ReadOnlySpan<char> key)
    {
        int at = Find(key);
        return at < 0 ? default : new GazetteerMatches(_flat, NameArena.LinkStart(_arena, at), NameArena.LinkCount(_arena, at));
    }

    public bool Contains(ReadOnlySpan<char> key) => Find(key) >= 0;

    /// <summary>The table size for <paramref name="names"/> names: a power of two at most three-quarters full.</summary>
    public static int SlotCountFor(int names) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, names + names / 3 + 1));

    /// <summary>Hashes every name into a fresh table, in arena order so that the table is the same on every build.</summary>
    public static Slot[] BuildSlots(char[] arena, int names)
    {
        var slots = new Slot[SlotCountFor(names)];
        slots.AsSpan().Fill(new Slot(0, -1));
        int mask = slots.Length - 1;
        for (int at = 0; at < arena.Length; at = NameArena.Next(arena, at))
        {
            uint hash = StableHash.OfChars(NameArena.Name(arena, at));
            int s = (int)(hash & mask);
            while (slots[s].Record >= 0) s = (s + 1) & mask;
            slots[s] = new Slot(hash, at);
        }
        return slots;
    }

    /// <summary>The arena position of the name's record, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Find(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return -1;
        uint hash = StableHash.OfChars(key);
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
        for (int s = (int)(hash & _mask); ; s = (s + 1) & _mask)
        {
            Slot slot = Unsafe.Add(ref first, s);
            if (slot.Record < 0) return -1;
            // The fingerprint rules out nearly every other name before the arena is touched.
            if (slot.Hash == hash && NameArena.Name(_arena, slot.Record).SequenceEqual(key)) return slot.Record;
        }
    }

    /// <summary>One table slot: a name's 32-bit hash and where its record starts in the arena, or record -1 when empty.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public readonly record struct Slot(uint Hash, int Record);
}
