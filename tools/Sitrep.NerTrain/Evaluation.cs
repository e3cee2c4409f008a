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
        // A first pass warms the JIT; the second is timed.
        var predictions = sentences.Select(s => model.Tag(s.Words)).ToList();
        // On a shared machine wall-clock time mostly measures the other processes, so the speed is
        // also given per second of this thread's processor time.
        var clock = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        predictions = sentences.Select(s => model.Tag(s.Words)).ToList();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
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
        Console.WriteLine($"\n{name}: {sentences.Count} sentences, {tokens} tokens, tagged at {tokens / clock.Elapsed.TotalSeconds:F0} tokens/s wall-clock, {tokens / cpu.TotalSeconds:F0} tokens per processor second");
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

    /// <summary>"[GPE Baghdad] said ..." for reading a labelled sentence.</summary>
    public static string Bracket(IReadOnlyList<string> words, IReadOnlyList<string> labels)
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < words.Count; i++)
        {
            bool open = labels[i].StartsWith("B-", StringComparison.Ordinal);
            bool closes = labels[i] != "O" && (i + 1 == words.Count || !labels[i + 1].StartsWith("I-", StringComparison.Ordinal));
            text.Append(open ? $" [{labels[i][2..]} " : " ").Append(words[i]).Append(closes ? "]" : "");
        }
        return text.ToString().Trim();
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(int tp, int predicted, int gold)
    {
        double p = Ratio(tp, predicted), r = Ratio(tp, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
