using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Errors;

namespace Sitrep.Entities;

/// <summary>
/// An averaged-perceptron sequence tagger over BIO labels, decoded greedily left to right with
/// the BIO constraint (I-X only after B-X or I-X). Immutable once loaded; thread-safe.
/// File format: '#' comments, a "labels" line, then one line per feature: hex key, TAB, and
/// space-separated "labelIndex:weight" pairs.
/// </summary>
public sealed class NerModel
{
    private readonly FrozenDictionary<ulong, float[]> _weights;

    internal NerModel(ImmutableArray<string> labels, IReadOnlyDictionary<ulong, float[]> weights, IReadOnlyDictionary<string, string> lexicon)
    {
        Labels = labels;
        _weights = weights.ToFrozenDictionary();
        Lexicon = lexicon.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Word classes from the actor dictionary (demonym, country, place, group word), part of the model so training and use agree.</summary>
    public FrozenDictionary<string, string> Lexicon { get; }

    /// <summary>BIO labels, "O" first.</summary>
    public ImmutableArray<string> Labels { get; }

    public int FeatureCount => _weights.Count;

    /// <summary>The BIO label of every word.</summary>
    public string[] Tag(IReadOnlyList<string> words)
    {
        var result = new string[words.Count];
        var features = new List<ulong>(24);
        var scores = new float[Labels.Length];
        string previous = "<s>", previous2 = "<s>";
        NerSentence sentence = NerSentence.Create(words, Lexicon);
        for (int i = 0; i < words.Count; i++)
        {
            NerFeatures.Extract(sentence, i, previous, previous2, features);
            Array.Clear(scores);
            foreach (ulong f in features)
            {
                if (!_weights.TryGetValue(f, out float[]? w)) continue;
                for (int k = 0; k < w.Length; k++) scores[k] += w[k];
            }
            int best = 0;
            for (int k = 1; k < scores.Length; k++)
            {
                if (Allowed(previous, Labels[k]) && scores[k] > scores[best]) best = k;
            }
            result[i] = Labels[best];
            previous2 = previous;
            previous = Labels[best];
        }
        return result;
    }

    internal static bool Allowed(string previous, string label) =>
        !label.StartsWith("I-", StringComparison.Ordinal) || previous.Length > 2 && previous.AsSpan(2).SequenceEqual(label.AsSpan(2));

    public void Save(string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("# Sitrep NER model: averaged perceptron, BIO labels (see scripts/ner/README.md).");
        writer.WriteLine("labels\t" + string.Join('\t', Labels));
        foreach ((string word, string kind) in Lexicon.OrderBy(kv => kv.Key, StringComparer.Ordinal)) writer.WriteLine($"lex\t{word}\t{kind}");
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
        return new NerModelLoadResult(new NerModel(labels, weights, lexicon), null);
    }

    private static NerModelLoadResult Bad(string path, int line, string message) =>
        new(null, new Problem(ErrorCodes.MalformedDataFile, path, message) { Line = line });
}

/// <summary>A loaded model, or the problem that prevented loading it.</summary>
public sealed record NerModelLoadResult(NerModel? Model, Problem? Problem);
