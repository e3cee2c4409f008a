namespace Sitrep.Syntax.Models;

/// <summary>
/// A read-only copy of a three-class <see cref="WeightTable"/> (the parser's transitions) whose
/// weights all have their 13 low mantissa bits clear, as the half floats of a model file do: each
/// row's three weights are packed into one 64-bit word, 19 bits each, so a row is 8 bytes instead
/// of 12 and always lies inside one cache line. Still one memory access per feature (a compact
/// copy of only the non-zero rows needs a second, dependent one for its index, which costs more than
/// the smaller table saves). Scores are bit-for-bit those of <see cref="WeightTable.ScoreThreeClasses"/>:
/// the same floats are added in the same order.
/// </summary>
public sealed class PackedThreeClassTable
{
    private const int Classes = 3, FieldBits = 19, DroppedBits = 13;
    private const ulong FieldMask = (1UL << FieldBits) - 1;

    private readonly ulong[] _rows;

    private PackedThreeClassTable(int bits, ulong[] rows)
    {
        Bits = bits;
        _rows = rows;
    }

    public int Bits { get; }

    /// <summary>Bytes the table takes in memory.</summary>
    public long MemoryBytes => _rows.LongLength * sizeof(ulong);

    /// <summary>
    /// The packed copy of <paramref name="table"/>, or null when it has other than three classes or
    /// a weight with any of its 13 low mantissa bits set (a table straight from training).
    /// </summary>
    public static PackedThreeClassTable? TryFrom(WeightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Classes != Classes) return null;
        var rows = new ulong[1 << table.Bits];
        for (int row = 0; row < rows.Length; row++)
        {
            ReadOnlySpan<float> weights = table.Row(row);
            ulong packed = 0;
            for (int c = 0; c < Classes; c++)
            {
                uint bits = BitConverter.SingleToUInt32Bits(weights[c]);
                if ((bits & ((1u << DroppedBits) - 1)) != 0) return null;
                packed |= (ulong)(bits >> DroppedBits) << (c * FieldBits);
            }
            rows[row] = packed;
        }
        return new PackedThreeClassTable(table.Bits, rows);
    }

    /// <summary>Sets the first three <paramref name="scores"/> to the summed rows of <paramref name="features"/> (hashes, not yet bucketed).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ulong[] rows = _rows;
        int shift = 64 - Bits;
        // Every row is asked for before any is added, so the cache misses overlap.
        Span<int> at = stackalloc int[features.Length];
        for (int i = 0; i < features.Length; i++)
        {
            int row = (int)((features[i] * 0x9E3779B97F4A7C15UL) >> shift);
            at[i] = row;
            Prefetch.Element(rows, row);
        }
        float class0 = 0f, class1 = 0f, class2 = 0f;
        foreach (int row in at)
        {
            ulong packed = rows[row];
            class0 += Value(packed);
            class1 += Value(packed >> FieldBits);
            class2 += Value(packed >> (2 * FieldBits));
        }
        scores[0] = class0;
        scores[1] = class1;
        scores[2] = class2;
    }

    private static float Value(ulong field) => BitConverter.UInt32BitsToSingle((uint)(field & FieldMask) << DroppedBits);
}
