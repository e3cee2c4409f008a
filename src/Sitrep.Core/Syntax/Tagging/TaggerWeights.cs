using System.Buffers.Binary;
using Sitrep.Syntax.Models;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// The tagger's weights: 2^Bits hashed feature buckets, each holding only its non-zero class
/// weights, stored contiguously (compressed sparse rows). After averaging and pruning a bucket has
/// about five weights out of some seventy classes, so scoring touches a fraction of the memory a
/// dense row would and a large hash space (few collisions) stays small. Each weight is one 32-bit
/// word: the float a half converts to has its 13 low mantissa bits clear, so the class sits there
/// and masking it off gives back the exact weight at half the memory of a (class, float) pair.
/// Immutable.
/// </summary>
public sealed class TaggerWeights
{
    private readonly int[] _start;
    private const uint ClassBits = 0x7F;
    private const uint ValueBits = ~0x1FFFu;
    private const int Chunk = 64;
    private readonly uint[] _weights;

    private TaggerWeights(int bits, int classes, int[] start, uint[] weights)
    {
        Bits = bits;
        Classes = classes;
        _start = start;
        _weights = weights;
    }

    public int Bits { get; }
    public int Classes { get; }

    /// <summary>The number of buckets holding at least one weight.</summary>
    public int Rows
    {
        get
        {
            int rows = 0;
            for (int b = 0; b + 1 < _start.Length; b++) if (_start[b + 1] > _start[b]) rows++;
            return rows;
        }
    }

    public int NonZero => _weights.Length;

    /// <summary>Keeps the weights of <paramref name="table"/> above <paramref name="prune"/>, rounded to half precision as the model file stores them.</summary>
    public static TaggerWeights From(WeightTable table, float prune)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Classes > TaggerLexicon.MaxClasses) throw new ArgumentException($"the tagger packs classes in 7 bits, so at most {TaggerLexicon.MaxClasses}", nameof(table));
        int buckets = 1 << table.Bits;
        var start = new int[buckets + 1];
        var weights = new List<uint>();
        for (int b = 0; b < buckets; b++)
        {
            start[b] = weights.Count;
            ReadOnlySpan<float> row = table.Row(b);
            for (int c = 0; c < row.Length; c++)
            {
                float w = (float)(Half)row[c];
                if (Math.Abs(row[c]) > prune && w != 0) weights.Add(Pack(c, (Half)row[c]));
            }
        }
        start[buckets] = weights.Count;
        return new TaggerWeights(table.Bits, table.Classes, start, [.. weights]);
    }

    /// <summary>Sets <paramref name="scores"/> to the summed weights of <paramref name="features"/> over every class.</summary>
    /// <remarks>
    /// The rows are scattered over megabytes, so scoring waits on memory, not arithmetic. Reading
    /// every row's bounds, then every row's first weight, before summing lets the processor fetch
    /// the rows in parallel instead of one cache miss after another. The sums run in feature order,
    /// as before, so the scores are the same to the bit.
    /// </remarks>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        Add(features, scores);
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/>, feature by feature in order.</summary>
    public void Add(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..Classes];
        for (int first = 0; first < features.Length; first += Chunk)
            AddChunk(features[first..Math.Min(features.Length, first + Chunk)], scores);
    }

    private void AddChunk(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> from = stackalloc int[features.Length];
        Span<int> to = stackalloc int[features.Length];
        int[] start = _start;
        for (int f = 0; f < features.Length; f++) from[f] = FeatureHash.Bucket(features[f], Bits);
        for (int f = 0; f < features.Length; f++)
        {
            int bucket = from[f];
            from[f] = start[bucket];
            to[f] = start[bucket + 1];
        }
        uint[] all = _weights;
        uint touched = 0;
        for (int f = 0; f < features.Length; f++) if (from[f] < to[f]) touched |= all[from[f]];
        for (int f = 0; f < features.Length; f++)
        {
            foreach (uint w in all.AsSpan(from[f], to[f] - from[f])) scores[(int)(w & ClassBits)] += Value(w);
        }
        // Keeps the touching loads alive; a weight word is never all ones.
        if (touched == uint.MaxValue) scores.Clear();
    }

    private static uint Pack(int c, Half value) => BitConverter.SingleToUInt32Bits((float)value) | (uint)c;

    private static float Value(uint w) => BitConverter.UInt32BitsToSingle(w & ValueBits);

    /// <summary>Writes the weights bucket by bucket as half floats, as one length-prefixed block.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Bits);
        writer.Write(Classes);
        using var block = new MemoryStream();
        using (var body = new BinaryWriter(block, ModelFile.Encoding, leaveOpen: true))
        {
            for (int b = 0; b + 1 < _start.Length; b++)
            {
                int count = _start[b + 1] - _start[b];
                if (count == 0) continue;
                body.Write(b);
                body.Write((byte)count);
                foreach (uint w in _weights.AsSpan(_start[b], count))
                {
                    body.Write((byte)(w & ClassBits));
                    body.Write((Half)Value(w));
                }
            }
        }
        writer.Write(checked((int)block.Length));
        writer.Write(block.GetBuffer(), 0, (int)block.Length);
    }

    public static TaggerWeights Read(BinaryReader reader, int expectedClasses)
    {
        int bits = reader.ReadInt32();
        int classes = reader.ReadInt32();
        if (bits is < 8 or > 24) throw new ModelFormatException($"tagger weight bits {bits} out of range [8, 24]");
        if (classes != expectedClasses || classes > TaggerLexicon.MaxClasses) throw new ModelFormatException($"tagger weights have {classes} classes, expected {expectedClasses}");
        int length = ModelFile.ReadCount(reader, 1 << 30);
        byte[] block = reader.ReadBytes(length);
        if (block.Length != length) throw new ModelFormatException("tagger weight block is truncated");
        int buckets = 1 << bits;
        var start = new int[buckets + 1];
        // Each weight takes 3 bytes and each bucket header 5, so this bounds the weight count.
        var weights = new uint[length / 3];
        int previous = -1, at = 0, n = 0;
        while (at < block.Length)
        {
            if (at + 5 > block.Length) throw new ModelFormatException("tagger weight block is truncated");
            int bucket = BinaryPrimitives.ReadInt32LittleEndian(block.AsSpan(at));
            int count = block[at + 4];
            at += 5;
            if (bucket <= previous || bucket >= buckets) throw new ModelFormatException($"tagger weight bucket {bucket} out of order or range");
            if (count == 0 || count > classes || at + 3 * count > block.Length) throw new ModelFormatException($"tagger weight bucket {bucket} is truncated or has {count} classes");
            for (int b = previous + 1; b <= bucket; b++) start[b] = n;
            previous = bucket;
            for (int i = 0; i < count; i++, at += 3)
            {
                int c = block[at];
                if (c >= classes) throw new ModelFormatException($"class {c} out of range in tagger weight bucket {bucket}");
                weights[n++] = Pack(c, BinaryPrimitives.ReadHalfLittleEndian(block.AsSpan(at + 1)));
            }
        }
        for (int b = previous + 1; b <= buckets; b++) start[b] = n;
        return new TaggerWeights(bits, classes, start, weights[..n]);
    }
}
