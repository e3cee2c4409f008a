namespace Sitrep.Entities;

/// <summary>
/// Feature key → offset of its row in the model's flat weight array: open addressing with linear
/// probing, key and offset side by side in one slot, so a lookup usually touches one cache line
/// (a frozen dictionary reads a bucket array and then an entry array). Keys are FNV hashes,
/// already well mixed, so their low bits pick the slot. Immutable once built.
/// </summary>
internal sealed class NerWeightTable
{
    private readonly struct Slot(ulong key, int offset)
    {
        public readonly ulong Key = key;
        public readonly int Offset = offset; // -1: empty
    }

    private readonly Slot[] _slots;
    private readonly int _mask;

    public NerWeightTable(IReadOnlyDictionary<ulong, int> offsets)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        int size = 16;
        while (size < offsets.Count * 2) size *= 2; // at most half full, so probes stay short
        _slots = new Slot[size];
        Array.Fill(_slots, new Slot(0, -1));
        _mask = size - 1;
        foreach ((ulong key, int offset) in offsets)
        {
            int i = (int)key & _mask;
            while (_slots[i].Offset >= 0) i = (i + 1) & _mask;
            _slots[i] = new Slot(key, offset);
        }
    }

    public bool TryGetOffset(ulong key, out int offset)
    {
        int i = (int)key & _mask;
        while (true)
        {
            Slot slot = _slots[i];
            if (slot.Offset < 0) { offset = -1; return false; }
            if (slot.Key == key) { offset = slot.Offset; return true; }
            i = (i + 1) & _mask;
        }
    }
}
