namespace Sitrep.Syntax.Models;

/// <summary>How a sparse table's entry gives its class and weight (a struct, so the summing loop is compiled for each layout).</summary>
internal interface ISparseEntry<TEntry>
{
    static abstract int Class(TEntry entry);

    static abstract float Weight(TEntry entry);
}

/// <summary>
/// The scoring loop shared by the sparse tables: row r's entries are <c>entries[rowStart[r] .. rowStart[r + 1])</c>,
/// and a feature's row is its multiplicative hash's top <c>bits</c> bits, as in <see cref="WeightTable"/>.
/// </summary>
internal static class SparseRows
{
    /// <summary>Sets <paramref name="scores"/> to the summed rows of <paramref name="features"/>, as <see cref="WeightTable.Score"/> does.</summary>
    public static void Score<TEntry, TRead>(int bits, int[] rowStart, TEntry[] entries, ReadOnlySpan<ulong> features, Span<float> scores)
        where TEntry : unmanaged
        where TRead : struct, ISparseEntry<TEntry>
    {
        scores.Clear();
        int shift = 64 - bits;
        // All rows' starts, then all their entries, are asked for before any is added, so the cache
        // misses overlap; the additions then scatter over classes in feature order, as the dense table's do.
        Span<int> rows = stackalloc int[features.Length];
        for (int i = 0; i < features.Length; i++)
        {
            rows[i] = (int)((features[i] * 0x9E3779B97F4A7C15UL) >> shift);
            Prefetch.Element(rowStart, rows[i]);
        }
        Span<int> starts = stackalloc int[features.Length];
        for (int i = 0; i < features.Length; i++)
        {
            starts[i] = rowStart[rows[i]];
            Prefetch.Element(entries, starts[i]);
        }
        for (int i = 0; i < features.Length; i++)
        {
            int end = rowStart[rows[i] + 1];
            for (int e = starts[i]; e < end; e++)
            {
                TEntry entry = entries[e];
                scores[TRead.Class(entry)] += TRead.Weight(entry);
            }
        }
    }
}
