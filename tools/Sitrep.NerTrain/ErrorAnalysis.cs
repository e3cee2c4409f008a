using Sitrep.Entities;

namespace Sitrep.NerTrain;

/// <summary>
/// Sorts a model's mistakes on held-out sentences: a gold mention missed outright, found with the
/// wrong label, found with wrong boundaries, or both; and spurious mentions. Prints counts per
/// gold label and examples, to choose what to fix.
/// </summary>
internal static class ErrorAnalysis
{
    private sealed record Mention(int Start, int End, string Label);

    public static void Report(NerModel model, IReadOnlyList<TaggedSentence> sentences, int examples)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var samples = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (TaggedSentence s in sentences)
        {
            string[] predicted = model.Tag(s.Words);
            List<Mention> gold = Mentions(s.Labels), guess = Mentions(predicted);
            foreach (Mention g in gold)
            {
                if (guess.Contains(g)) continue;
                Mention? same = guess.FirstOrDefault(p => p.Start == g.Start && p.End == g.End);
                Mention? overlap = guess.FirstOrDefault(p => p.Start < g.End && g.Start < p.End);
                string kind = same is not null ? $"label {g.Label}->{same.Label}"
                    : overlap is null ? $"missed {g.Label}"
                    : overlap.Label == g.Label ? $"boundary {g.Label}" : $"boundary+label {g.Label}->{overlap.Label}";
                Note(counts, samples, kind, Show(s.Words, g, overlap), examples);
            }
            foreach (Mention p in guess)
            {
                if (gold.Any(g => g.Start < p.End && p.Start < g.End)) continue;
                Note(counts, samples, $"spurious {p.Label}", Show(s.Words, p, null), examples);
            }
        }
        foreach ((string kind, int n) in counts.OrderByDescending(kv => kv.Value))
        {
            Console.WriteLine($"{n,6}  {kind}");
            foreach (string line in samples[kind]) Console.WriteLine("          " + line);
        }
    }

    private static void Note(SortedDictionary<string, int> counts, Dictionary<string, List<string>> samples, string kind, string sample, int examples)
    {
        counts[kind] = counts.GetValueOrDefault(kind) + 1;
        if (!samples.TryGetValue(kind, out List<string>? list)) samples[kind] = list = [];
        if (list.Count < examples) list.Add(sample);
    }

    private static string Show(IReadOnlyList<string> words, Mention gold, Mention? guess)
    {
        int from = Math.Max(0, Math.Min(gold.Start, guess?.Start ?? gold.Start) - 4);
        int to = Math.Min(words.Count, Math.Max(gold.End, guess?.End ?? gold.End) + 3);
        string context = string.Join(' ', words.Skip(from).Take(to - from));
        string said = guess is null ? "" : $"  => {guess.Label}[{string.Join(' ', words.Skip(guess.Start).Take(guess.End - guess.Start))}]";
        return $"{gold.Label}[{string.Join(' ', words.Skip(gold.Start).Take(gold.End - gold.Start))}]{said}   | {context}";
    }

    private static List<Mention> Mentions(IReadOnlyList<string> labels)
    {
        var mentions = new List<Mention>();
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == "O") continue;
            string type = labels[i][2..];
            int j = i + 1;
            while (j < labels.Count && labels[j] == "I-" + type) j++;
            mentions.Add(new Mention(i, j, type));
            i = j - 1;
        }
        return mentions;
    }
}
