using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Sitrep.Errors;

namespace Sitrep.Entities;

/// <summary>
/// An averaged-perceptron sequence tagger over BILOU labels (or BIO, for older models), decoded
/// greedily left to right under the scheme's constraints (<see cref="NerTransitions"/>).
/// Immutable once loaded; thread-safe.
/// File format: '#' comments, a "labels" line, "lex" and "case" lines (word, TAB, class), then one line per feature: hex key, TAB, and
/// space-separated "labelIndex:weight" pairs.
/// </summary>
public sealed class NerModel
{
    private readonly FrozenDictionary<ulong, float[]> _weights;

    internal NerModel(ImmutableArray<string> labels, IReadOnlyDictionary<ulong, float[]> weights, IReadOnlyDictionary<string, string> lexicon,
        IReadOnlyDictionary<string, string> casing)
    {
        Labels = labels;
        _weights = weights.ToFrozenDictionary();
        // One flat array of weights, each feature an offset into it: a lookup then reads adjacent
        // memory instead of following a pointer to an array of its own.
        _flat = new float[weights.Count * labels.Length];
        var offsets = new Dictionary<ulong, int>(weights.Count);
        int next = 0;
        foreach ((ulong key, float[] w) in weights)
        {
            offsets[key] = next;
            w.AsSpan(0, Math.Min(w.Length, labels.Length)).CopyTo(_flat.AsSpan(next));
            next += labels.Length;
        }
        _offsets = new NerWeightTable(offsets);
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
    private readonly NerWeightTable _offsets;
    private readonly float[] _flat;

    /// <summary>Word classes from the actor dictionary (demonym, country, place, group word), part of the model so training and use agree.</summary>
    public FrozenDictionary<string, string> Lexicon { get; }

    /// <summary>How each training word is usually capitalised (<see cref="NerCasing"/>); empty for older models.</summary>
    public FrozenDictionary<string, string> Casing { get; }

    /// <summary>BILOU (or BIO) labels, "O" first.</summary>
    public ImmutableArray<string> Labels { get; }

    public int FeatureCount => _weights.Count;

    /// <summary>The BIO label of every word (a BILOU model's U- and L- read as B- and I-).</summary>
    public string[] Tag(IReadOnlyList<string> words)
    {
        var result = new string[words.Count];
        var features = new List<ulong>(32);
        var scores = new float[Labels.Length];
        int previous = -1, previous2 = -1;
        NerSentence sentence = NerSentence.Create(words, Lexicon, Casing);
        for (int i = 0; i < words.Count; i++)
        {
            NerFeatures.Extract(sentence, i, _labelContexts[(previous + 1) * (Labels.Length + 1) + previous2 + 1], features);
            Array.Clear(scores);
            foreach (ulong f in features)
            {
                if (!_offsets.TryGetOffset(f, out int offset)) continue;
                Add(_flat.AsSpan(offset, scores.Length), scores);
            }
            bool[] allowed = _transitions.Allowed(previous);
            int best = -1;
            for (int k = 0; k < scores.Length; k++)
            {
                if (allowed[k] && (best < 0 || scores[k] > scores[best])) best = k;
            }
            result[i] = _transitions.Bio[best];
            previous2 = previous;
            previous = best;
        }
        return result;
    }

    // Vectorised row addition; each score still sums its weights in feature order, so results equal the scalar loop's.
    private static void Add(ReadOnlySpan<float> row, Span<float> scores)
    {
        int k = 0;
        for (; k <= row.Length - Vector<float>.Count; k += Vector<float>.Count)
            (new Vector<float>(scores[k..]) + new Vector<float>(row[k..])).CopyTo(scores[k..]);
        for (; k < row.Length; k++) scores[k] += row[k];
    }

    /// <summary>The model without weights smaller than <paramref name="minimum"/> in magnitude, and without features left with none: smaller and faster, nearly as accurate.</summary>
    public NerModel Pruned(float minimum)
    {
        var kept = new Dictionary<ulong, float[]>();
        foreach ((ulong key, float[] w) in _weights)
        {
            float[] small = [.. w.Select(v => Math.Abs(v) < minimum ? 0f : v)];
            if (small.Any(v => v != 0)) kept[key] = small;
        }
        return new NerModel(Labels, kept, Lexicon, Casing);
    }

    public void Save(string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("# Sitrep NER model: averaged perceptron, BILOU labels (see scripts/ner/README.md).");
        writer.WriteLine("labels\t" + string.Join('\t', Labels));
        foreach ((string word, string kind) in Lexicon.OrderBy(kv => kv.Key, StringComparer.Ordinal)) writer.WriteLine($"lex\t{word}\t{kind}");
        foreach ((string word, string kind) in Casing.OrderBy(kv => kv.Key, StringComparer.Ordinal)) writer.WriteLine($"case\t{word}\t{kind}");
        foreach ((ulong key, float[] w) in _weights.OrderBy(kv => kv.Key))
        {
            IEnumerable<string> pairs = w.Select((v, k) => (v, k)).Where(p => p.v != 0).Select(p => $"{p.k}:{p.v.ToString("R", CultureInfo.InvariantCulture)}");
            writer.WriteLine(key.ToString("x", CultureInfo.InvariantCulture) + "\t" + string.Join(' ', pairs));
        }
    }

    /// <summary>Loads a model file; a bad line comes back as a problem naming it.</summary>
    public static NerModelLoadResult Load(string path)
    {
        if (!File.Exists(path)) return new NerModelLoadResult(null, new Problem(ErrorCodes.DataFileMissing, path, "model file not found"));
        ImmutableArray<string> labels = [];
        var weights = new Dictionary<ulong, float[]>();
        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        var casing = new Dictionary<string, string>(StringComparer.Ordinal);
        int line = 0;
        foreach (string text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#')) continue;
            string[] cells = text.Split('\t');
            if (cells[0] == "labels")
            {
                labels = [.. cells.Skip(1)];
                if (labels.IsEmpty || labels[0] != "O") return Bad(path, line, "the labels line must start with O");
                continue;
            }
            if (labels.IsEmpty) return Bad(path, line, "feature line before the labels line");
            if (cells[0] == "lex")
            {
                if (cells.Length != 3 || !lexicon.TryAdd(cells[1], cells[2])) return Bad(path, line, "expected lex, a word and its class, each word once");
                continue;
            }
            if (cells[0] == "case")
            {
                if (cells.Length != 3 || !casing.TryAdd(cells[1], cells[2])) return Bad(path, line, "expected case, a word and its casing class, each word once");
                continue;
            }
            if (cells.Length != 2 || !ulong.TryParse(cells[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong key))
                return Bad(path, line, "expected a hex feature key, a TAB and label:weight pairs");
            var w = new float[labels.Length];
            foreach (string pair in cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = pair.IndexOf(':');
                if (colon < 0 || !int.TryParse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture, out int k) || k < 0 || k >= labels.Length
                    || !float.TryParse(pair.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out float v))
                    return Bad(path, line, $"bad weight '{pair}'");
                w[k] = v;
            }
            if (!weights.TryAdd(key, w)) return Bad(path, line, $"feature {cells[0]} listed twice");
        }
        if (labels.IsEmpty) return Bad(path, line, "no labels line");
        return new NerModelLoadResult(new NerModel(labels, weights, lexicon, casing), null);
    }

    private static NerModelLoadResult Bad(string path, int line, string message) =>
        new(null, new Problem(ErrorCodes.MalformedDataFile, path, message) { Line = line });
}

/// <summary>A loaded model, or the problem that prevented loading it.</summary>
public sealed record NerModelLoadResult(NerModel? Model, Problem? Problem);
