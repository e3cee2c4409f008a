using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Syntax.Models;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// A greedy left-to-right averaged-perceptron tagger whose classes are UPOS|XPOS pairs, with a tag
/// dictionary that settles frequent unambiguous words without scoring. Immutable and thread-safe.
/// </summary>
public sealed class TaggerModel
{
    public const string Kind = "pos-tagger";
    public const int Version = 1;
    private const int Start = -1;

    public TaggerModel(ImmutableArray<string> upos, ImmutableArray<string> xpos, WeightTable weights, IReadOnlyDictionary<string, int> tagDictionary)
    {
        if (upos.Length != xpos.Length || upos.Length != weights.Classes)
            throw new ArgumentException("class lists and weight table disagree on the number of classes");
        Upos = upos;
        Xpos = xpos;
        Weights = weights;
        TagDictionary = tagDictionary.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public ImmutableArray<string> Upos { get; }
    public ImmutableArray<string> Xpos { get; }
    public WeightTable Weights { get; }
    public FrozenDictionary<string, int> TagDictionary { get; }
    public int Classes => Upos.Length;

    /// <summary>Writes the class of each token of one sentence into <paramref name="classes"/>.</summary>
    public void Tag(string text, ReadOnlySpan<Span> tokens, Span<int> classes)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Classes];
        var lookup = TagDictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        int previous1 = Start, previous2 = Start;
        // Dictionary classes first, so each word's features can look ahead at the next two.
        for (int i = 0; i < tokens.Length; i++)
            classes[i] = lookup.TryGetValue(TaggerFeatures.Word(text, tokens, i), out int known) ? known : -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            int best = classes[i];
            if (best < 0)
            {
                int n = TaggerFeatures.Extract(text, tokens, i, previous1, previous2, features, classes);
                Weights.Score(features[..n], scores);
                best = ArgMax(scores);
            }
            classes[i] = best;
            previous2 = previous1;
            previous1 = best;
        }
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path), ModelFile.Encoding);
        ModelFile.WriteHeader(writer, Kind, Version);
        ModelFile.WriteStrings(writer, Upos);
        ModelFile.WriteStrings(writer, Xpos);
        var entries = TagDictionary.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        writer.Write(entries.Length);
        foreach (var entry in entries)
        {
            writer.Write(entry.Key);
            writer.Write((byte)entry.Value);
        }
        ModelFile.WriteWeights(writer, Weights, prune: 0.0005f);
    }

    public static TaggerModel Read(BinaryReader reader)
    {
        ModelFile.ReadHeader(reader, Kind, Version);
        string[] upos = ModelFile.ReadStrings(reader, 255);
        string[] xpos = ModelFile.ReadStrings(reader, 255);
        if (upos.Length != xpos.Length) throw new ModelFormatException("UPOS and XPOS class lists differ in length");
        int count = ModelFile.ReadCount(reader, 1 << 22);
        var dictionary = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string word = reader.ReadString();
            int c = reader.ReadByte();
            if (c >= upos.Length) throw new ModelFormatException($"tag dictionary class {c} out of range");
            dictionary[word] = c;
        }
        return new TaggerModel([.. upos], [.. xpos], ModelFile.ReadWeights(reader, upos.Length), dictionary);
    }
}
