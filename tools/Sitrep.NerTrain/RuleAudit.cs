using Sitrep.Entities;

namespace Sitrep.NerTrain;

/// <summary>
/// Lists the facility and military-unit mentions the rules (data/lexicons/entity-rules.en.tsv) add
/// to a model's output on held-out sentences, with their sentence, and how many of the model's own
/// mentions they replace, to audit the rules by reading.
/// </summary>
internal static class RuleAudit
{
    // Enough alternating runs that the processor clock's granularity and the machine's load even out.
    private const int Runs = 10;

    public static void Report(string name, NerModel model, IReadOnlyList<TaggedSentence> sentences)
    {
        var withRules = new EntityRecognizer(model, EntityRules.Default);
        var without = new EntityRecognizer(model, EntityRules.None);
        int added = 0, replaced = 0;
        var labels = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (TaggedSentence s in sentences)
        {
            string text = string.Join(' ', s.Words);
            var before = without.Recognize(text).ToHashSet();
            var after = withRules.Recognize(text);
            var fresh = after.Where(m => !before.Contains(m)).ToList();
            if (fresh.Count == 0) continue;
            replaced += before.Count(m => !after.Contains(m));
            foreach (EntityMention m in fresh)
            {
                added++;
                labels[m.Label] = labels.GetValueOrDefault(m.Label) + 1;
                Console.WriteLine($"{m.Label,-14} {m.Text,-36} | {text}");
            }
        }
        long tokens = sentences.Sum(s => s.Words.Length);
        string[] texts = [.. sentences.Select(s => string.Join(' ', s.Words))];
        // Alternate runs with and without the rules, so that the machine's load falls on both alike.
        double cpuWith = 0, cpuWithout = 0;
        for (int run = 0; run < Runs; run++)
        {
            // Which goes first alternates too, so that neither always follows the other's garbage.
            if (run % 2 == 0) cpuWithout += CpuSeconds(without, texts);
            cpuWith += CpuSeconds(withRules, texts);
            if (run % 2 == 1) cpuWithout += CpuSeconds(without, texts);
        }
        Console.WriteLine($"\n{name}: recogniser {Runs * tokens / cpuWithout:F0} tokens per processor second without rules, {Runs * tokens / cpuWith:F0} with");
        Console.WriteLine($"{name}: {added} rule mentions ({string.Join(", ", labels.Select(kv => $"{kv.Key} {kv.Value}"))}) replacing {replaced} model mentions in {sentences.Count} sentences");
    }

    private static double CpuSeconds(EntityRecognizer recognizer, string[] texts)
    {
        TimeSpan cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        foreach (string text in texts) recognizer.Recognize(text);
        return (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    }
}
