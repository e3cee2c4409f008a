using System.Collections.Immutable;

namespace Sitrep.Entities;

/// <summary>A training sentence: words and their BIO labels.</summary>
public sealed record TaggedSentence(ImmutableArray<string> Words, ImmutableArray<string> Labels);

/// <summary>
/// Trains an averaged perceptron (Collins 2002) with the decoder the model will use: greedy (each
/// word's label from the labels the model itself gave the words before, so training sees its own
/// mistakes in the previous-label features), or a beam (<see cref="NerBeamTrainer"/>).
/// </summary>
public static class NerTrainer
{
    public static NerModel Train(IReadOnlyList<TaggedSentence> sentences, int epochs, int seed, IReadOnlyDictionary<string, string> lexicon, Action<string>? log = null) =>
        Train(sentences, epochs, seed, lexicon, log, null, null, 1);

    /// <summary>As <see cref="Train(IReadOnlyList{TaggedSentence}, int, int, IReadOnlyDictionary{string, string}, Action{string}?)"/>; <paramref name="checkpoint"/> gets the averaged model after each epoch, to score the epochs in one run.</summary>
    public static NerModel Train(IReadOnlyList<TaggedSentence> sentences, int epochs, int seed, IReadOnlyDictionary<string, string> lexicon,
        Action<string>? log, Action<int, NerModel>? checkpoint) => Train(sentences, epochs, seed, lexicon, log, checkpoint, null, 1);

    /// <summary>As above, with word clusters as features (<see cref="NerClusters"/>; null for none, copied into the model) and a beam of <paramref name="beamWidth"/> (1: greedy).</summary>
    public static NerModel Train(IReadOnlyList<TaggedSentence> sentences, int epochs, int seed, IReadOnlyDictionary<string, string> lexicon,
        Action<string>? log, Action<int, NerModel>? checkpoint, IReadOnlyDictionary<string, NerWordClusters>? clusters, int beamWidth)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        // Casing classes come from the training text itself, so no held-out word informs them.
        IReadOnlyDictionary<string, string> casing = NerCasing.FromSentences(sentences);
        // The corpora are BIO; the model learns BILOU, which tells it where each mention ends.
        string[][] gold = [.. sentences.Select(s => NerTransitions.ToBilou(s.Labels))];
        ImmutableArray<string> labels = [.. gold.SelectMany(l => l).Distinct().OrderBy(l => l == "O" ? "" : l, StringComparer.Ordinal)];
        var transitions = new NerTransitions(labels);
        var index = labels.Select((l, k) => (l, k)).ToDictionary(p => p.l, p => p.k, StringComparer.Ordinal);
        int[][] goldIndex = [.. gold.Select(g => g.Select(l => index[l]).ToArray())];
        NerFeatures.LabelContext[] contexts = NerFeatures.LabelContext.Table(labels);
        var weights = new Weights(labels.Length);
        var beam = new NerBeam(weights, transitions, contexts, labels.Length, beamWidth, frozen: false);
        var features = new List<ulong>(40);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        int step = 0;
        NerModel Snapshot() => new NerModel(labels, weights.Average(step), lexicon, casing, clusters).WithBeamWidth(beamWidth);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int s in order)
            {
                NerSentence prepared = NerSentence.Create(sentences[s].Words, lexicon, casing, clusters);
                tokens += goldIndex[s].Length;
                if (beamWidth > 1)
                {
                    step += goldIndex[s].Length;
                    errors += NerBeamTrainer.Learn(prepared, goldIndex[s], beam, contexts, labels.Length, weights, step);
                    continue;
                }
                int previous = -1, previous2 = -1;
                for (int i = 0; i < goldIndex[s].Length; i++)
                {
                    step++;
                    features.Clear();
                    NerFeatures.Extract(prepared, i, contexts[(previous + 1) * (labels.Length + 1) + previous2 + 1], features);
                    int guess = weights.Predict(features, transitions.Allowed(previous));
                    int truth = goldIndex[s][i];
                    if (guess != truth)
                    {
                        errors++;
                        foreach (ulong f in features)
                        {
                            weights.Update(f, truth, 1f, step);
                            weights.Update(f, guess, -1f, step);
                        }
                    }
                    previous2 = previous;
                    previous = guess;
                }
            }
            log?.Invoke($"epoch {epoch + 1}: {errors} errors in {tokens} tokens ({1 - (double)errors / tokens:P2} accurate)");
            checkpoint?.Invoke(epoch + 1, Snapshot());
        }
        return Snapshot();
    }

    /// <summary>The perceptron's weights with the running totals for averaging (updated lazily, by the step of each weight's last change).</summary>
    internal sealed class Weights(int labels) : INerScorer
    {
        private readonly Dictionary<ulong, float[]> _weights = [];
        private readonly Dictionary<ulong, double[]> _totals = [];
        private readonly Dictionary<ulong, int[]> _stamps = [];

        public int Labels { get; } = labels;

        public int ScoreLength => Labels;

        public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
        {
            scores.Clear();
            foreach (ulong f in features)
            {
                if (!_weights.TryGetValue(f, out float[]? w)) continue;
                for (int k = 0; k < w.Length; k++) scores[k] += w[k];
            }
        }

        public int Predict(List<ulong> features, bool[] allowed)
        {
            Span<float> scores = stackalloc float[Labels];
            Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), scores);
            int best = -1;
            for (int k = 0; k < allowed.Length; k++)
            {
                if (allowed[k] && (best < 0 || scores[k] > scores[best])) best = k;
            }
            return best;
        }

        public void Update(ulong f, int label, float delta, int step)
        {
            if (!_weights.TryGetValue(f, out float[]? w))
            {
                w = new float[Labels];
                _weights[f] = w;
                _totals[f] = new double[Labels];
                _stamps[f] = new int[Labels];
            }
            _totals[f][label] += (step - _stamps[f][label]) * (double)w[label];
            _stamps[f][label] = step;
            w[label] += delta;
        }

        public Dictionary<ulong, float[]> Average(int step)
        {
            var averaged = new Dictionary<ulong, float[]>();
            foreach ((ulong f, float[] w) in _weights)
            {
                double[] total = _totals[f];
                int[] stamp = _stamps[f];
                var avg = new float[w.Length];
                bool any = false;
                for (int k = 0; k < w.Length; k++)
                {
                    double sum = total[k] + (step - stamp[k]) * (double)w[k];
                    avg[k] = (float)Math.Round(sum / step, 3);
                    any |= avg[k] != 0;
                }
                if (any) averaged[f] = avg;
            }
            return averaged;
        }
    }
}
