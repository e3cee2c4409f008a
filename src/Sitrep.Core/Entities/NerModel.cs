using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sitrep.Errors;

namespace Sitrep.Entities;

/// <summary>
/// An averaged-perceptron sequence tagger over BILOU labels (or BIO, for older models), decoded
/// left to right under the scheme's constraints (<see cref="NerTransitions"/>): greedily, or with
/// a beam (<see cref="NerBeam"/>) for a model trained for one (the file's "beam" line).
/// Immutable once loaded; thread-safe. The weights are kept as 16-bit integers with a scale per
/// feature (<see cref="NerWeightTable"/>); the file formats are <see cref="NerModelFile"/>'s.
/// </summary>
public sealed class NerModel
{
    // The float weights a model was built from, kept only for a trainer's model (and a version-1
    // file), so that pruning it drops exactly the weights the float model had below the threshold.
    private readonly IReadOnlyDictionary<ulong, float[]>? _source;

    internal NerModel(ImmutableArray<string> labels, IReadOnlyDictionary<ulong, float[]> weights, IReadOnlyDictionary<string, string> lexicon,
        IReadOnlyDictionary<string, string> casing, IReadOnlyDictionary<string, NerWordClusters>? clusters = null)
        : this(labels, Quantize(labels.Length, weights), lexicon, casing, clusters, weights)
    {
    }

    internal NerModel(ImmutableArray<string> labels, NerWeightTable table, IReadOnlyDictionary<string, string> lexicon, IReadOnlyDictionary<string, string> casing,
        IReadOnlyDictionary<string, NerWordClusters>? clusters = null, IReadOnlyDictionary<ulong, float[]>? source = null)
    {
        _source = source;
        Clusters = (clusters ?? new Dictionary<string, NerWordClusters>()).ToFrozenDictionary(StringComparer.Ordinal);
        Labels = labels;
        Table = table;
        Lexicon = lexicon.ToFrozenDictionary(StringComparer.Ordinal);
        Casing = casing.ToFrozenDictionary(StringComparer.Ordinal);
        _transitions = new NerTransitions(labels);
        _labelContexts = NerFeatures.LabelContext.Table(labels);
    }

    private readonly NerFeatures.LabelContext[] _labelContexts;

    private NerBeam? _beam;

    private readonly NerTransitions _transitions;

    internal NerTransitions Transitions => _transitions;

    /// <summary>How many label sequences the decoder keeps (1: greedy; <see cref="NerBeam"/>); a model file's "beam" line.</summary>
    public int BeamWidth
    {
        get;
        private init
        {
            field = value;
            _beam = value > 1 ? new NerBeam(Table, _transitions, _labelContexts, Labels.Length, value, frozen: true) : null;
        }
    } = 1;

    /// <summary>The same model decoded with a beam of <paramref name="width"/> (1: greedy).</summary>
    public NerModel WithBeamWidth(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        return new NerModel(Labels, Table, Lexicon, Casing, Clusters, _source) { BeamWidth = width };
    }

    internal NerWeightTable Table { get; }

    /// <summary>Word classes from the actor dictionary (demonym, country, place, group word), part of the model so training and use agree.</summary>
    public FrozenDictionary<string, string> Lexicon { get; }

    /// <summary>How each training word is usually capitalised (<see cref="NerCasing"/>); empty for older models.</summary>
    public FrozenDictionary<string, string> Casing { get; }

    /// <summary>Word clusters (<see cref="NerClusters"/>) copied into the model, so training and use agree; empty for older models, which then get no cluster features.</summary>
    public FrozenDictionary<string, NerWordClusters> Clusters { get; }

    /// <summary>BILOU (or BIO) labels, "O" first.</summary>
    public ImmutableArray<string> Labels { get; }

    public int FeatureCount => Table.Count;

    /// <summary>Bytes of memory the weights take (rows and index).</summary>
    public long WeightBytes => Table.Bytes;

    /// <summary>The BIO label of every word (a BILOU model's U- and L- read as B- and I-).</summary>
    public string[] Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (BeamWidth > 1 && words.Count > 0)
        {
            int[] best = _beam!.Decode(NerSentence.Create(words, Lexicon, Casing, Clusters));
            return [.. best.Select(k => _transitions.Bio[k])];
        }
        var result = new string[words.Count];
        var features = new List<ulong>(40);
        var scores = new float[Table.ScoreLength];
        int previous = -1, previous2 = -1;
        NerSentence sentence = NerSentence.Create(words, Lexicon, Casing, Clusters);
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
        return new NerModel(Labels, kept, Lexicon, Casing, Clusters) { BeamWidth = BeamWidth };
    }

    /// <summary>Writes the model in the current file format (<see cref="NerModelFile"/>).</summary>
    public void Save(string path) => NerModelFile.Save(this, path);

    /// <summary>Loads a model file; a bad line comes back as a problem naming it.</summary>
    public static NerModelLoadResult Load(string path) => NerModelFile.Load(path);
}

/// <summary>A loaded model, or the problem that prevented loading it.</summary>
public sealed record NerModelLoadResult(NerModel? Model, Problem? Problem);
