namespace Sitrep.Syntax.Models;

/// <summary>
/// <see cref="SparseWeightTable"/> for a table whose weights are all half floats, as model files
/// store them: each kept weight is one 32-bit word instead of a (float, class) pair of 8 bytes.
/// The float a half converts to has its 13 low mantissa bits clear, so the class sits there and
/// masking it off gives back the exact weight (the tagger's weights use the same packing). Scores
/// are bit-for-bit those of the dense table: each class adds the same weights in the same order.
/// </summary>
public sealed class HalfSparseWeightTable
{
    private const uint ClassBits = 0x1FFF;

    // Row r's weights are _entries[_rowStart[r] .. _rowStart[r + 1]).
    private readonly int[] _rowStart;
    private readonly uint[] _entries;

    private HalfSparseWeightTable(int bits, int classes, int[] rowStart, uint[] entries)
    {
        Bits = bits;
        Classes = classes;
        _rowStart = rowStart;
        _entries = entries;
    }

    public int Bits { get; }
    public int Classes { get; }

    /// <summary>Non-zero weights kept.</summary>
    public int Count => _entries.Length;

    /// <summary>Bytes the table's arrays take in memory.</summary>
    public long MemoryBytes => (_rowStart.LongLength + _entries.LongLength) * sizeof(uint);

    /// <summary>
    /// The packed copy of <paramref name="table"/>, or null when it has more classes than the low
    /// mantissa bits hold or a non-zero weight that is not exactly a finite half float.
    /// </summary>
    public static HalfSparseWeightTable? TryFrom(WeightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Classes > ClassBits + 1) return null;
        int rowCount = 1 << table.Bits;
        var rowStart = new int[rowCount + 1];
        var entries = new List<uint>();
        for (int row = 0; row < rowCount; row++)
        {
            rowStart[row] = entries.Count;
            ReadOnlySpan<float> weights = table.Row(row);
            for (int c = 0; c < weights.Length; c++)
            {
                if (weights[c] == 0) continue;
                if (!IsHalf(weights[c])) return null;
                entries.Add(BitConverter.SingleToUInt32Bits(weights[c]) | (uint)c);
            }
        }
        rowStart[rowCount] = entries.Count;
        return new HalfSparseWeightTable(table.Bits, table.Classes, rowStart, [.. entries]);
    }

    /// <summary>True when <paramref name="weight"/> is exactly a finite half float (so its 13 low mantissa bits are clear).</summary>
    internal static bool IsHalf(float weight)
    {
        var half = (Half)weight;
        return Half.IsFinite(half) && BitConverter.SingleToInt32Bits((float)half) == BitConverter.SingleToInt32Bits(weight);
    }

    /// <summary>Sets <paramref name="scores"/> to the summed rows of <paramref name="features"/>, as <see cref="WeightTable.Score"/> does.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) =>
        SparseRows.Score<uint, ReadPacked>(Bits, _rowStart, _entries, features, scores[..Classes]);

    private readonly struct ReadPacked : ISparseEntry<uint>
    {
        public static int Class(uint entry) => (int)(entry & ClassBits);

        public static float Weight(uint entry) => BitConverter.UInt32BitsToSingle(entry & ~ClassBits);
    }
}
