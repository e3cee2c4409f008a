namespace Sitrep.Syntax.Models;

/// <summary>
/// A read-only copy of a <see cref="WeightTable"/> with many classes that keeps, per row, only its
/// non-zero weights and their classes. The parser's label table has 51 classes but about four
/// non-zero weights per used row: densely that is 27 MB read three cache lines per feature, sparse
/// it is under 3 MB and one line. Scores are bit-for-bit those of the dense table, because each
/// class adds the same non-zero weights in the same order (adding a zero changes no float sum).
/// </summary>
public sealed class SparseWeightTable
{
    // Row r's weights are _entries[_rowStart[r] .. _rowStart[r + 1]).
    private readonly int[] _rowStart;
    private readonly SparseWeight[] _entries;

    private SparseWeightTable(int bits, int classes, int[] rowStart, SparseWeight[] entries)
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
    public long MemoryBytes => _rowStart.LongLength * sizeof(int) + _entries.LongLength * 8;

    public static SparseWeightTable From(WeightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int rowCount = 1 << table.Bits;
        var rowStart = new int[rowCount + 1];
        var entries = new List<SparseWeight>();
        for (int row = 0; row < rowCount; row++)
        {
            rowStart[row] = entries.Count;
            ReadOnlySpan<float> weights = table.Row(row);
            for (int c = 0; c < weights.Length; c++) if (weights[c] != 0) entries.Add(new SparseWeight(weights[c], c));
        }
        rowStart[rowCount] = entries.Count;
        return new SparseWeightTable(table.Bits, table.Classes, rowStart, [.. entries]);
    }

    /// <summary>Sets <paramref name="scores"/> to the summed rows of <paramref name="features"/>, as <see cref="WeightTable.Score"/> does.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) =>
        SparseRows.Score<SparseWeight, ReadSparseWeight>(Bits, _rowStart, _entries, features, scores[..Classes]);

    private readonly record struct SparseWeight(float Weight, int Class);

    private readonly struct ReadSparseWeight : ISparseEntry<SparseWeight>
    {
        public static int Class(SparseWeight entry) => entry.Class;

        public static float Weight(SparseWeight entry) => entry.Weight;
    }
}
