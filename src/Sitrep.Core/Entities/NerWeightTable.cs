using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Sitrep.Entities;

/// <summary>One feature's weights as stored: 16-bit integers times a scale of the row's own, so the largest weight keeps 15 bits.</summary>
internal readonly record struct NerWeightRow(ulong Key, float Scale, ImmutableArray<short> Weights)
{
    public const short Largest = short.MaxValue;

    /// <summary>The row of <paramref name="weights"/>, or null when they are all zero (such a feature need not be stored).</summary>
    public static NerWeightRow? Quantize(ulong key, ReadOnlySpan<float> weights)
    {
        float max = 0;
        foreach (float w in weights) max = Math.Max(max, Math.Abs(w));
        if (max == 0) return null;
        float scale = max / Largest;
        var q = new short[weights.Length];
        for (int k = 0; k < q.Length; k++) q[k] = (short)Math.Round(weights[k] / scale);
        return new NerWeightRow(key, scale, ImmutableCollectionsMarshal.AsImmutableArray(q));
    }

    public float[] Dequantized()
    {
        var weights = new float[Weights.Length];
        for (int k = 0; k < weights.Length; k++) weights[k] = Weights[k] * Scale;
        return weights;
    }
}

/// <summary>
/// Feature key → weight row, laid out for the cache: each row (16-bit weights for every label,
/// its scale and its full key) is one aligned 64-byte line, and a small index of 8-byte slots
/// (32 bits of the key, row number) finds it by open addressing. A hit reads one index line and
/// one row line, where float rows (100 bytes, unaligned) behind 16-byte slots read three or four;
/// the rows of all of a token's features are found and prefetched before any is added, so their
/// cache misses overlap. The row's own key is compared before use, so the index's short keys
/// never confuse two features. Immutable once built; the rows live on the pinned heap so that
/// their 64-byte alignment holds.
/// </summary>
internal sealed class NerWeightTable : INerScorer
{
    private const int LineShorts = 32; // one 64-byte line
    private const int TailShorts = 6;  // scale (2) and key (4) at the end of the row

    private readonly short[] _data;
    private readonly int _origin; // the first 64-byte aligned element of _data
    private readonly int _rowShorts;
    private readonly ulong[] _slots; // (key >> 32) << 32 | row + 1; 0: empty
    private readonly int _shift;
    private readonly int _lanes; // weights added per row: the labels rounded up to whole vectors

    public NerWeightTable(int labels, IReadOnlyCollection<NerWeightRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(labels, 1);
        Labels = labels;
        Count = rows.Count;
        _rowShorts = (labels + TailShorts + LineShorts - 1) / LineShorts * LineShorts;
        _lanes = (labels + Vector<short>.Count - 1) / Vector<short>.Count * Vector<short>.Count;
        _data = GC.AllocateArray<short>(rows.Count * _rowShorts + LineShorts, pinned: true);
        _origin = AlignedOrigin(_data);
        int bits = 4;
        while ((1 << bits) * 3 < rows.Count * 4) bits++; // at most three quarters full
        _slots = new ulong[1 << bits];
        _shift = 64 - bits;
        int row = 0;
        foreach (NerWeightRow r in rows)
        {
            if (r.Weights.Length != labels) throw new ArgumentException($"row {r.Key:x} has {r.Weights.Length} weights, not {labels}", nameof(rows));
            Span<short> target = RowSpan(row);
            r.Weights.AsSpan().CopyTo(target);
            MemoryMarshal.Write(MemoryMarshal.AsBytes(target[^TailShorts..]), r.Scale);
            MemoryMarshal.Write(MemoryMarshal.AsBytes(target[^4..]), r.Key);
            int i = Home(r.Key);
            while (_slots[i] != 0)
            {
                if (KeyOf((int)(uint)_slots[i] - 1) == r.Key) throw new ArgumentException($"feature {r.Key:x} listed twice", nameof(rows));
                i = (i + 1) & (_slots.Length - 1);
            }
            _slots[i] = (r.Key & 0xFFFF_FFFF_0000_0000UL) | (uint)(row + 1);
            row++;
        }
    }

    public int Labels { get; }

    public int Count { get; }

    /// <summary>Length of the score buffer <see cref="Score"/> needs: the labels, then scratch lanes.</summary>
    public int ScoreLength => _lanes;

    /// <summary>Memory held by the rows and the index.</summary>
    public long Bytes => (long)_data.Length * sizeof(short) + (long)_slots.Length * sizeof(ulong);

    /// <summary>Every row, in the order the table was built from.</summary>
    public IEnumerable<NerWeightRow> Rows()
    {
        for (int row = 0; row < Count; row++)
        {
            ReadOnlySpan<short> data = RowSpan(row);
            yield return new NerWeightRow(KeyOf(row), ScaleOf(row), [.. data[..Labels]]);
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        int slot = Home(key);
        int row = Candidate(key, ref slot);
        while (row >= 0 && KeyOf(row) != key) row = Candidate(key, ref slot);
        return row;
    }

    /// <summary>
    /// Sets <paramref name="scores"/> (<see cref="ScoreLength"/> long; lanes past <see cref="Labels"/>
    /// are scratch) to the sums of the features' rows, in feature order; returns how many were found.
    /// </summary>
    void INerScorer.Score(ReadOnlySpan<ulong> features, Span<float> scores) => Score(features, scores);

    public int Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < _lanes) throw new ArgumentException($"scores must hold {_lanes} values", nameof(scores));
        Span<int> slots = stackalloc int[features.Length];
        Span<int> rows = stackalloc int[features.Length];
        // The index slots of every feature first, then their rows: each loop's misses overlap.
        for (int f = 0; f < features.Length; f++)
        {
            slots[f] = Home(features[f]);
            PrefetchSlot(slots[f]);
        }
        for (int f = 0; f < features.Length; f++)
        {
            rows[f] = Candidate(features[f], ref slots[f]);
            if (rows[f] >= 0) PrefetchRow(rows[f]);
        }
        scores.Clear();
        int found = 0;
        for (int f = 0; f < features.Length; f++)
        {
            int row = rows[f];
            while (row >= 0 && KeyOf(row) != features[f]) row = Candidate(features[f], ref slots[f]);
            if (row < 0) continue;
            Add(row, scores);
            found++;
        }
        return found;
    }

    private void Add(int row, Span<float> scores)
    {
        ReadOnlySpan<short> weights = RowSpan(row);
        var scale = new Vector<float>(ScaleOf(row));
        for (int k = 0; k < _lanes; k += Vector<short>.Count)
        {
            Vector.Widen(new Vector<short>(weights[k..]), out Vector<int> low, out Vector<int> high);
            Span<float> first = scores[k..], second = scores[(k + Vector<int>.Count)..];
            (new Vector<float>(first) + Vector.ConvertToSingle(low) * scale).CopyTo(first);
            (new Vector<float>(second) + Vector.ConvertToSingle(high) * scale).CopyTo(second);
        }
    }

    // The next row whose index slot carries the key's upper half, from *slot on; -1 at an empty slot.
    private int Candidate(ulong key, ref int slot)
    {
        ulong upper = key & 0xFFFF_FFFF_0000_0000UL;
        int mask = _slots.Length - 1;
        while (true)
        {
            ulong s = _slots[slot];
            if (s == 0) return -1;
            slot = (slot + 1) & mask;
            if ((s & 0xFFFF_FFFF_0000_0000UL) == upper) return (int)(uint)s - 1;
        }
    }

    // Fibonacci hashing: the multiply mixes every key bit into the top bits.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private Span<short> RowSpan(int row) => _data.AsSpan(_origin + row * _rowShorts, _rowShorts);

    private ulong KeyOf(int row) => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(RowSpan(row)[^4..]));

    private float ScaleOf(int row) => MemoryMarshal.Read<float>(MemoryMarshal.AsBytes(RowSpan(row)[^TailShorts..]));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void PrefetchSlot(int slot)
    {
        if (!Sse.IsSupported) return;
        fixed (ulong* start = _slots) Sse.Prefetch0(start + slot);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void PrefetchRow(int row)
    {
        if (!Sse.IsSupported) return;
        fixed (short* start = _data) Sse.Prefetch0(start + _origin + row * _rowShorts);
    }

    private static unsafe int AlignedOrigin(short[] pinned)
    {
        fixed (short* start = pinned) return (int)((64 - ((nint)start & 63)) & 63) / sizeof(short);
    }
}
