using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sitrep.Errors;

namespace Sitrep.Entities;

/// <summary>
/// An averaged-perceptron sequence tagger over BILOU labels (or BIO, for older models), decoded
/// greedily left to right under the scheme's constraints (<see cref="NerTransitions"/>).
/// Immutable once loaded; thread-safe. The weights are kept as 16-bit integers with a scale per
/// feature (<see cref="NerWeightTable"/>); the file formats are <see cref="NerModelFile"/>'s.
/// </summary>
public sealed class NerModel
{
    // The float weights a model was built from, kept only for a trainer's model (and a version-1
    // file), so that pruning it drops exactly the weights the float model had below the threshold.
    private readonly IReadOnlyDictionary<ulong, float[]>? _source;

    internal NerModel(ImmutableArray<string> labels, IReadOnlyDictionary<ulong, float[]> weights, IReadOnlyDictionary<string, string> lexicon,
        IReadOnlyDictionary<string, string> casing)
        : this(labels, Quantize(labels.Length, weights), lexicon, casing)
    {
        _source = weights;
    }

    internal NerModel(ImmutableArray<string> labels, NerWeightTable table, IReadOnlyDictionary<string, string> lexicon, IReadOnlyDictionary<string, string> casing)
    {
        Labels = labels;
        Table = table;
        Lexicon = lexicon.ToFrozenDictionary(StringComparer.Ordinal);
        Casing = casing.ToFrozenDictionary(StringComparer.Ordinal);
        _transitions = new NerTransitions(labels);
        // Index 0 is the sentence start ("<s>"), k + 1 the label k.
        _labelContexts = new NerFeatures.LabelContext[(labels.Length + 1) * (labels.Length + 1)];
        for (int p = -1; p < labels.Length; p++)
        {
            for (int p2 = -1; p2 < labels.Length; p2++)
                _labelContexts[(p + 1) * (labels.Length + 1) + p2 + 1] = NerFeatures.LabelContext.Of(p < 0 ? "<s>" : labels[p], p2 < 0 ? "<s>" : labels[p2]);
        }
    }

    private readonly NerFeatures.LabelContext[] _labelContexts;

    private readonly NerTransitions _transitions;

    internal NerWeightTable Table { get; }

    /// <summary>Word classes from the actor dictionary (demonym, country, place, group word), part of the model so training and use agree.</summary>
    public FrozenDictionary<string, string> Lexicon { get; }

    /// <summary>How each training word is usually capitalised (<see cref="NerCasing"/>); empty for older models.</summary>
    public FrozenDictionary<string, string> Casing { get; }

    /// <summary>BILOU (or BIO) labels, "O" first.</summary>
    public ImmutableArray<string> Labels { get; }

    public int FeatureCount => Table.Count;

    /// <summary>Bytes of memory the weights take (rows and index).</summary>
    public long WeightBytes => Table.Bytes;

    /// <summary>The BIO label of every word (a BILOU model's U- and L- read as B- and I-).</summary>
    public string[] Tag(IReadOnlyList<string> words)
    {
        var result = new string[words.Count];
        var features = new List<ulong>(40);
        var scores = new float[Table.ScoreLength];
        int previous = -1, previous2 = -1;
        NerSentence sentence = NerSentence.Create(words, Lexicon, Casing);
        for (int i = 0; i < words.Count; i++)
        {
            NerFeatures.Extract(sentence, i, _labelContexts[(previous + 1) * (Labels.Length + 1) + previous2 + 1], features);
            Table.Score(CollectionsMarshal.AsSpan(features), scores);
            bool[] allowed = _transitions.Allowed(previous);
            int best = -1;
            for (int k = 0; k < Labels.Length; k++)
            {
                if (allowed[k] && (best < 0 || scores[k] > scores[best])) best = k;
            }
            result[i] = _transitions.Bio[best];
            previous2 = previous;
            previous = best;
        }
        return result;
    }

    private static NerWeightTable Quantize(int labels, IReadOnlyDictionary<ulong, float[]> weights)
    {
        var rows = new List<NerWeightRow>(weights.Count);
        foreach ((ulong key, float[] w) in weights)
        {
            if (w.Length != labels) throw new ArgumentException($"feature {key:x} has {w.Length} weights, not {labels}", nameof(weights));
            if (NerWeightRow.Quantize(key, w) is NerWeightRow row) rows.Add(row);
        }
        return new NerWeightTable(labels, rows);
    }

    /// <summary>The model without weights smaller than <paramref name="minimum"/> in magnitude, and without features left with none: smaller and faster, nearly as accurate.</summary>
    public NerModel Pruned(float minimum)
    {
        IEnumerable<KeyValuePair<ulong, float[]>> weights = _source
            ?? Table.Rows().Select(r => KeyValuePair.Create(r.Key, r.Dequantized()));
        var kept = new Dictionary<ulong, float[]>();
        foreach ((ulong key, float[] w) in weights)
        {
            float[] small = [.. w.Select(v => Math.Abs(v) < minimum ? 0f : v)];
            if (small.Any(v => v != 0)) kept[key] = small;
        }
        return new NerModel(Labels, kept, Lexicon, Casing);
    }

    /// <summary>Writes the model in the current file format (<see cref="NerModelFile"/>).</summary>
    public void Save(string path) => NerModelFile.Save(this, path);

    /// <summary>Loads a model file; a bad line comes back as a problem naming it.</summary>
    public static NerModelLoadResult Load(string path) => NerModelFile.Load(path);
}

/// <summary>A loaded model, or the problem that prevented loading it.</summary>
public sealed record NerModelLoadResult(NerModel? Model, Problem? Problem);
