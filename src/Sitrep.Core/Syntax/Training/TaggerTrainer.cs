using Sitrep.Syntax.Models;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>Trains the UPOS|XPOS tagger: class inventory, tag dictionary, then greedy perceptron epochs over shuffled sentences.</summary>
public sealed class TaggerTrainer(int epochs, int bits, int seed, int minClassCount = 10)
{

    public TaggerModel Train(List<TreebankSentence> train, List<TreebankSentence>? dev, TextWriter log)
    {
        var pairCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in train)
            foreach (var w in s.Source.Words) pairCounts[w.Upos + "|" + w.Xpos] = pairCounts.GetValueOrDefault(w.Upos + "|" + w.Xpos) + 1;
        string[] classes = [.. pairCounts.Where(p => p.Value >= minClassCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        int ClassOf(string upos, string xpos)
        {
            if (classIndex.TryGetValue(upos + "|" + xpos, out int c)) return c;
            int byXpos = Array.FindIndex(classes, k => k.EndsWith("|" + xpos, StringComparison.Ordinal));
            return byXpos >= 0 ? byXpos : Math.Max(0, Array.FindIndex(classes, k => k.StartsWith(upos + "|", StringComparison.Ordinal)));
        }

        var gold = train.Select(s => s.Source.Words.Select(w => ClassOf(w.Upos, w.Xpos)).ToArray()).ToList();
        var dictionary = BuildTagDictionary(train, gold);
        var knownBySentence = train.Select(s => s.Source.Words.Select(w => dictionary.TryGetValue(w.Form, out int c) ? c : -1).ToArray()).ToList();
        var model = new AveragedPerceptron(bits, classes.Length);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[classes.Length];
        string[] upos = [.. classes.Select(c => c[..c.IndexOf('|')])];
        string[] xpos = [.. classes.Select(c => c[(c.IndexOf('|') + 1)..])];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int index in order)
            {
                TreebankSentence sentence = train[index];
                int[] tags = gold[index];
                int[] known = knownBySentence[index];
                int previous1 = -1, previous2 = -1;
                for (int i = 0; i < sentence.Words.Length; i++)
                {
                    int guess;
                    if (known[i] >= 0) guess = known[i];
                    else
                    {
                        int n = TaggerFeatures.Extract(sentence.Text, sentence.Words, i, previous1, previous2, features, known);
                        model.Score(features[..n], scores);
                        guess = TaggerModel.ArgMax(scores);
                        model.Update(features[..n], tags[i], guess);
                        model.Tick();
                    }
                    if (guess == tags[i]) correct++;
                    total++;
                    previous2 = previous1;
                    previous1 = guess;
                }
            }
            log.WriteLine($"tagger epoch {epoch}: train accuracy {100.0 * correct / total:F2} %");
        }
        var result = new TaggerModel([.. upos], [.. xpos], model.Average(), dictionary);
        return result;
    }

    private static Dictionary<string, int> BuildTagDictionary(List<TreebankSentence> train, List<int[]> gold)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (int s = 0; s < train.Count; s++)
        {
            for (int i = 0; i < gold[s].Length; i++)
            {
                string form = train[s].Source.Words[i].Form;
                if (!counts.TryGetValue(form, out var byClass)) counts[form] = byClass = [];
                byClass[gold[s][i]] = byClass.GetValueOrDefault(gold[s][i]) + 1;
            }
        }
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, byClass) in counts)
        {
            int total = byClass.Values.Sum();
            var best = byClass.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First();
            if (total >= 20 && best.Value >= 0.995 * total) dictionary[form] = best.Key;
        }
        return dictionary;
    }
}
