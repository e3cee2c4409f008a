using System.Numerics;

namespace Sitrep.Syntax.Models;

/// <summary>
/// A read-only copy of a three-class <see cref="WeightTable"/> (the parser's transitions) whose
/// weights are all half floats, as model files store them: only the non-zero rows are kept, each as
/// three halves (6 bytes instead of 12), found through a ranked bitmap of 8 bytes per 32 rows. The
/// dense 2^20-row table is 12 MB, so inside the pipeline nearly every feature misses the cache;
/// this one is about a quarter of that. Scores are bit-for-bit those of
/// <see cref="WeightTable.ScoreThreeClasses"/>: each class adds the same floats in the same order
/// (an empty row only adds +0, which changes no sum that starts at +0).
/// </summary>
public sealed class CompactThreeClassTable
{
    private const int Classes = 3;

    // 2^112 turns a half's bits shifted into a float's place into the half's value, zero and
    // subnormals included (the classic half-to-float conversion by one multiplication).
    private static readonly float HalfToFloat = BitConverter.Int32BitsToSingle((127 + 112) << 23);

    // Per 32 rows: the low 32 bits mark rows that hold a weight, the high 32 bits count the kept rows before them.
    private readonly ulong[] _blocks;
    private readonly ushort[] _halves;

    private CompactThreeClassTable(int bits, ulong[] blocks, ushort[] halves)
    {
        Bits = bits;
        _blocks = blocks;
        _halves = halves;
    }

    public int Bits { get; }

    /// <summary>Rows holding at least one non-zero weight.</summary>
    public int RowCount => _halves.Length / Classes;

    /// <summary>Bytes the table's arrays take in memory.</summary>
    public long MemoryBytes => _blocks.LongLength * sizeof(ulong) + _halves.LongLength * sizeof(ushort);

    /// <summary>
    /// The compact copy of <paramref name="table"/>, or null when it has other than three classes
    /// or a weight that is not exactly a finite half float (a table straight from training).
    /// </summary>
    public static CompactThreeClassTable? TryFrom(WeightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Classes != Classes || table.Bits < 5) return null;
        int rowCount = 1 << table.Bits;
        var blocks = new ulong[rowCount >> 5];
        var halves = new List<ushort>();
        for (int row = 0; row < rowCount; row++)
        {
            if ((row & 31) == 0) blocks[row >> 5] = (ulong)(halves.Count / Classes) << 32;
            ReadOnlySpan<float> weights = table.Row(row);
            if (!weights.ContainsAnyExcept(0f)) continue;
            foreach (float w in weights)
            {
                if (!TryHalfBits(w, out ushort bits)) return null;
                halves.Add(bits);
            }
            blocks[row >> 5] |= 1UL << (row & 31);
        }
        return new CompactThreeClassTable(table.Bits, blocks, [.. halves]);
    }

    /// <summary>Sets the first three <paramref name="scores"/> to the summed rows of <paramref name="features"/> (hashes, not yet bucketed).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ulong[] blocks = _blocks;
        ushort[] halves = _halves;
        int shift = 64 - Bits;
        // Every feature's bitmap entry, then every kept row, is asked for before any is added, so
        // the cache misses overlap instead of queueing one behind another.
        Span<int> at = stackalloc int[features.Length];
        for (int i = 0; i < features.Length; i++)
        {
            int row = (int)((features[i] * 0x9E3779B97F4A7C15UL) >> shift);
            at[i] = row;
            Prefetch.Element(blocks, row >> 5);
        }
        for (int i = 0; i < features.Length; i++)
        {
            int row = at[i];
            ulong block = blocks[row >> 5];
            uint present = (uint)block, bit = 1u << (row & 31);
            if ((present & bit) == 0) { at[i] = -1; continue; }
            int index = ((int)(block >> 32) + BitOperations.PopCount(present & (bit - 1))) * Classes;
            at[i] = index;
            Prefetch.Element(halves, index);
        }
        float class0 = 0f, class1 = 0f, class2 = 0f;
        foreach (int index in at)
        {
            if (index < 0) continue;
            class0 += Value(halves[index]);
            class1 += Value(halves[index + 1]);
            class2 += Value(halves[index + 2]);
        }
        scores[0] = class0;
        scores[1] = class1;
        scores[2] = class2;
    }

    private static float Value(ushort half) =>
        BitConverter.Int32BitsToSingle(((half & 0x8000) << 16) | ((half & 0x7FFF) << 13)) * HalfToFloat;

    /// <summary>The bits of the half float equal to <paramref name="weight"/>, when there is one.</summary>
    internal static bool TryHalfBits(float weight, out ushort bits)
    {
        var half = (Half)weight;
        bits = BitConverter.HalfToUInt16Bits(half);
        return Half.IsFinite(half) && BitConverter.SingleToInt32Bits((float)half) == BitConverter.SingleToInt32Bits(weight)
            && BitConverter.SingleToInt32Bits(Value(bits)) == BitConverter.SingleToInt32Bits(weight);
    }
}
