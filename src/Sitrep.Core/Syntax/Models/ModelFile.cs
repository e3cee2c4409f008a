using System.Buffers.Binary;
using System.Text;

namespace Sitrep.Syntax.Models;

/// <summary>
/// The container format of Sitrep's binary models: the magic "SRMD", a format version, the model
/// kind, then the model's own fields. Readers check all three and throw
/// <see cref="ModelFormatException"/>, which loaders turn into a problem naming the file.
/// </summary>
public static class ModelFile
{
    public const uint Magic = 0x444D5253; // "SRMD" little-endian
    public const int FormatVersion = 1;

    public static void WriteHeader(BinaryWriter writer, string kind, int kindVersion)
    {
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(kind);
        writer.Write(kindVersion);
    }

    public static void ReadHeader(BinaryReader reader, string kind, int kindVersion)
    {
        if (reader.BaseStream.Length < 8 || reader.ReadUInt32() != Magic)
            throw new ModelFormatException("not a Sitrep model file (bad magic number)");
        int format = reader.ReadInt32();
        if (format != FormatVersion) throw new ModelFormatException($"model format version {format}, expected {FormatVersion}");
        string actualKind = reader.ReadString();
        if (actualKind != kind) throw new ModelFormatException($"holds a '{actualKind}' model, expected '{kind}'");
        int version = reader.ReadInt32();
        if (version != kindVersion) throw new ModelFormatException($"'{kind}' model version {version}, expected {kindVersion}");
    }

    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (string value in values) writer.Write(value);
    }

    public static string[] ReadStrings(BinaryReader reader, int max = 1 << 24)
    {
        int count = ReadCount(reader, max);
        var values = new string[count];
        for (int i = 0; i < count; i++) values[i] = reader.ReadString();
        return values;
    }

    public static int ReadCount(BinaryReader reader, int max)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > max) throw new ModelFormatException($"count {count} out of range [0, {max}]");
        return count;
    }

    /// <summary>
    /// Writes the non-zero weights row by row as half floats (rows are mostly sparse after
    /// averaging), as one length-prefixed block so loading can parse it from a single buffer.
    /// </summary>
    public static void WriteWeights(BinaryWriter writer, WeightTable table, float prune)
    {
        writer.Write(table.Bits);
        writer.Write(table.Classes);
        using var block = new MemoryStream();
        using (var body = new BinaryWriter(block, Encoding, leaveOpen: true))
        {
            int rows = 1 << table.Bits;
            var entries = new List<int>();
            for (int row = 0; row < rows; row++)
            {
                ReadOnlySpan<float> values = table.Row(row);
                entries.Clear();
                for (int c = 0; c < values.Length; c++) if (Math.Abs(values[c]) > prune) entries.Add(c);
                if (entries.Count == 0) continue;
                body.Write(row);
                body.Write((byte)Math.Min(entries.Count, 255));
                foreach (int c in entries.Take(255))
                {
                    body.Write((byte)c);
                    body.Write((Half)values[c]);
                }
            }
        }
        writer.Write(checked((int)block.Length));
        writer.Write(block.GetBuffer(), 0, (int)block.Length);
    }

    public static WeightTable ReadWeights(BinaryReader reader, int expectedClasses)
    {
        int bits = reader.ReadInt32();
        int classes = reader.ReadInt32();
        if (bits is < 8 or > 26) throw new ModelFormatException($"weight table bits {bits} out of range");
        if (classes != expectedClasses) throw new ModelFormatException($"weight table has {classes} classes, expected {expectedClasses}");
        int length = ReadCount(reader, 1 << 30);
        byte[] block = reader.ReadBytes(length);
        if (block.Length != length) throw new ModelFormatException("weight block is truncated");
        var weights = new float[(1 << bits) * classes];
        ReadOnlySpan<byte> data = block;
        int previous = -1, at = 0;
        while (at < data.Length)
        {
            if (at + 5 > data.Length) throw new ModelFormatException("weight block is truncated");
            int row = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
            int count = data[at + 4];
            at += 5;
            if (row <= previous || row >= 1 << bits) throw new ModelFormatException($"weight row {row} out of order or range");
            if (at + 3 * count > data.Length) throw new ModelFormatException("weight block is truncated");
            previous = row;
            for (int i = 0; i < count; i++, at += 3)
            {
                int c = data[at];
                if (c >= classes) throw new ModelFormatException($"class {c} out of range in row {row}");
                weights[row * classes + c] = (float)BinaryPrimitives.ReadHalfLittleEndian(data[(at + 1)..]);
            }
        }
        return new WeightTable(bits, classes, weights);
    }

    public static UTF8Encoding Encoding { get; } = new(false, true);
}

/// <summary>A model file is corrupt, truncated, or of another kind or version.</summary>
public sealed class ModelFormatException(string message) : Exception(message);
