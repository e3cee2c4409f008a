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

    /// <summary>Writes the non-zero weights row by row as half floats: rows are mostly sparse after averaging.</summary>
    public static void WriteWeights(BinaryWriter writer, WeightTable table, float prune)
    {
        writer.Write(table.Bits);
        writer.Write(table.Classes);
        int rows = 1 << table.Bits;
        var entries = new List<int>();
        for (int row = 0; row < rows; row++)
        {
            ReadOnlySpan<float> values = table.Row(row);
            entries.Clear();
            for (int c = 0; c < values.Length; c++) if (Math.Abs(values[c]) > prune) entries.Add(c);
            if (entries.Count == 0) continue;
            writer.Write(row);
            writer.Write((byte)Math.Min(entries.Count, 255));
            foreach (int c in entries.Take(255))
            {
                writer.Write((byte)c);
                writer.Write((Half)values[c]);
            }
        }
        writer.Write(-1);
    }

    public static WeightTable ReadWeights(BinaryReader reader, int expectedClasses)
    {
        int bits = reader.ReadInt32();
        int classes = reader.ReadInt32();
        if (bits is < 8 or > 26) throw new ModelFormatException($"weight table bits {bits} out of range");
        if (classes != expectedClasses) throw new ModelFormatException($"weight table has {classes} classes, expected {expectedClasses}");
        var weights = new float[(1 << bits) * classes];
        int previous = -1;
        while (true)
        {
            int row = reader.ReadInt32();
            if (row == -1) break;
            if (row <= previous || row >= 1 << bits) throw new ModelFormatException($"weight row {row} out of order or range");
            previous = row;
            int count = reader.ReadByte();
            for (int i = 0; i < count; i++)
            {
                int c = reader.ReadByte();
                if (c >= classes) throw new ModelFormatException($"class {c} out of range in row {row}");
                weights[row * classes + c] = (float)reader.ReadHalf();
            }
        }
        return new WeightTable(bits, classes, weights);
    }

    public static UTF8Encoding Encoding { get; } = new(false, true);
}

/// <summary>A model file is corrupt, truncated, or of another kind or version.</summary>
public sealed class ModelFormatException(string message) : Exception(message);
