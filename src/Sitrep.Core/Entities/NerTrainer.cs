using System.Collections.Immutable;

namespace Sitrep.Entities;

/// <summary>A training sentence: words and their BIO labels.</summary>
public sealed record TaggedSentence(ImmutableArray<string> Words, ImmutableArray<string> Labels);

/// <summary>
/// Trains an averaged perceptron (Collins 2002) with greedy decoding, the same decoder the model
/// uses, so training sees its own mistakes in the previous-label features.
/// </summary>
public static class NerTrainer
{
    public static NerModel Train(IReadOnlyList<TaggedSentence> sentences, int epochs, int seed, IReadOnlyDictionary<string, string> lexicon, Action<string>? log = null) =>
        Train(sentences, epochs, seed, lexicon, log, null);

    /// <summary>As <see cref="Train(IReadOnlyList{TaggedSentence}, int, int, IReadOnlyDictionary{string, string}, Action{string}?)"/>; <paramref name="checkpoint"/> gets the averaged model after each epoch, to score the epochs in one run.</summary>
    public static NerModel Train(IReadOnlyList<TaggedSentence> sentences, int epochs, int seed, IReadOnlyDictionary<string, string> lexicon,
        Action<string>? log, Action<int, NerModel>? checkpoint)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        // Casing classes come from the training text itself, so no held-out word informs them.
        IReadOnlyDictionary<string, string> casing = NerCasing.FromSentences(sentences);
        ArgumentNullException.ThrowIfNull(lexicon);
        // The corpora are BIO; the model learns BILOU, which tells it where each mention ends.
        string[][] gold = [.. sentences.Select(s => NerTransitions.ToBilou(s.Labels))];
        ImmutableArray<string> labels = [.. gold.SelectMany(l => l).Distinct().OrderBy(l => l == "O" ? "" : l, StringComparer.Ordinal)];
        var transitions = new NerTransitions(labels);
        var index = labels.Select((l, k) => (l, k)).ToDictionary(p => p.l, p => p.k, StringComparer.Ordinal);
        var weights = new Dictionary<ulong, float[]>();
        var totals = new Dictionary<ulong, double[]>();
        var stamps = new Dictionary<ulong, int[]>();
        var features = new List<ulong>(24);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        int step = 0;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int s in order)
            {
                TaggedSentence sentence = sentences[s];
                NerSentence prepared = NerSentence.Create(sentence.Words, lexicon, casing);
                string previous = "<s>", previous2 = "<s>";
                int previousIndex = -1;
                for (int i = 0; i < sentence.Words.Length; i++)
                {
                    step++;
                    NerFeatures.Extract(prepared, i, previous, previous2, features);
                    int guess = Predict(features, weights, transitions.Allowed(previousIndex));
                    int truth = index[gold[s][i]];
                    tokens++;
                    if (guess != truth)
                    {
                        errors++;
                        foreach (ulong f in features)
                        {
                            Update(f, truth, 1f, step, labels.Length, weights, totals, stamps);
                            Update(f, guess, -1f, step, labels.Length, weights, totals, stamps);
                        }
                    }
                    previous2 = previous;
                    previous = labels[guess];
                    previousIndex = guess;
                }
            }
            log?.Invoke($"epoch {epoch + 1}: {errors} errors in {tokens} tokens ({1 - (double)errors / tokens:P2} accurate)");
            checkpoint?.Invoke(epoch + 1, new NerModel(labels, Average(weights, totals, stamps, step), lexicon, casing));
        }
        return new NerModel(labels, Average(weights, totals, stamps, step), lexicon, casing);
    }

    private static Dictionary<ulong, float[]> Average(Dictionary<ulong, float[]> weights, Dictionary<ulong, double[]> totals, Dictionary<ulong, int[]> stamps, int step)
    {
        var averaged = new Dictionary<ulong, float[]>();
        foreach ((ulong f, float[] w) in weights)
        {
            double[] total = totals[f];
            int[] stamp = stamps[f];
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

    private static int Predict(List<ulong> features, Dictionary<ulong, float[]> weights, bool[] allowed)
    {
        Span<float> scores = stackalloc float[allowed.Length];
        foreach (ulong f in features)
        {
            if (!weights.TryGetValue(f, out float[]? w)) continue;
            for (int k = 0; k < w.Length; k++) scores[k] += w[k];
        }
        int best = -1;
        for (int k = 0; k < allowed.Length; k++)
        {
            if (allowed[k] && (best < 0 || scores[k] > scores[best])) best = k;
        }
        return best;
    }

    private static void Update(ulong f, int label, float delta, int step, int count,
        Dictionary<ulong, float[]> weights, Dictionary<ulong, double[]> totals, Dictionary<ulong, int[]> stamps)
    {
        if (!weights.TryGetValue(f, out float[]? w))
        {
            w = new float[count];
            weights[f] = w;
            totals[f] = new double[count];
            stamps[f] = new int[count];
        }
        totals[f][label] += (step - stamps[f][label]) * (double)w[label];
        stamps[f][label] = step;
        w[label] += delta;
    }
}
