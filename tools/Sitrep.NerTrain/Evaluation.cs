using System.Diagnostics;
using Sitrep.Entities;

namespace Sitrep.NerTrain;

/// <summary>Exact-span precision, recall and F1 per label, and tagging speed.</summary>
internal static class Evaluation
{
    public static void Report(string name, NerModel model, IReadOnlyList<TaggedSentence> sentences)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal); // label -> [true positive, predicted, gold]
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        var predictions = sentences.Select(s => model.Tag(s.Words)).ToList();
        clock.Stop();
        for (int i = 0; i < sentences.Count; i++)
        {
            tokens += sentences[i].Words.Length;
            var gold = Spans(sentences[i].Labels);
            var predicted = Spans(predictions[i]);
            foreach (string g in gold) Count(counts, g)[2]++;
            foreach (string p in predicted)
            {
                Count(counts, p)[1]++;
                if (gold.Contains(p)) Count(counts, p)[0]++;
            }
        }
        Console.WriteLine($"\n{name}: {sentences.Count} sentences, {tokens} tokens, tagged at {tokens / clock.Elapsed.TotalSeconds:F0} tokens/s");
        Console.WriteLine("label          P      R      F1   gold");
        int tp = 0, pr = 0, go = 0;
        foreach ((string label, int[] c) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{label,-12} {Ratio(c[0], c[1]),6:F3} {Ratio(c[0], c[2]),6:F3} {F1(c[0], c[1], c[2]),6:F3} {c[2],6}");
            tp += c[0]; pr += c[1]; go += c[2];
        }
        Console.WriteLine($"{"overall",-12} {Ratio(tp, pr),6:F3} {Ratio(tp, go),6:F3} {F1(tp, pr, go),6:F3} {go,6}");
    }

    private static int[] Count(Dictionary<string, int[]> counts, string span)
    {
        string label = span[..span.IndexOf('@')];
        if (!counts.TryGetValue(label, out int[]? c)) counts[label] = c = new int[3];
        return c;
    }

    /// <summary>Entity spans as "LABEL@start-end" strings.</summary>
    private static HashSet<string> Spans(IReadOnlyList<string> labels)
    {
        var spans = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == "O") continue;
            string type = labels[i][2..];
            int j = i + 1;
            while (j < labels.Count && labels[j] == "I-" + type) j++;
            spans.Add($"{type}@{i}-{j}");
            i = j - 1;
        }
        return spans;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(int tp, int predicted, int gold)
    {
        double p = Ratio(tp, predicted), r = Ratio(tp, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
