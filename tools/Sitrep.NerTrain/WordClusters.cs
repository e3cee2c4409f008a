using System.Diagnostics;
using Sitrep.Entities;

namespace Sitrep.NerTrain;

/// <summary>Builds the cluster file: the words seen at least <see cref="MinCount"/> times, clustered at three granularities.</summary>
internal static class WordClusters
{
    public const int MinCount = 3;

    private static readonly int[] Granularities = [16, 64, 256];

    private const int MaxIterations = 8;

    public static void Build(string shared, IEnumerable<TaggedSentence> training, IReadOnlyDictionary<string, string> lexicon, string output, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        List<string[]> sentences = [.. ClusterText.Read(shared, training, lexicon)];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string[] s in sentences)
        {
            foreach (string w in s) counts[w] = counts.GetValueOrDefault(w) + 1;
        }
        string[] vocabulary = [.. counts.Where(kv => kv.Value >= MinCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key)];
        var id = vocabulary.Select((w, k) => (w, k)).ToDictionary(p => p.w, p => p.k, StringComparer.Ordinal);
        int[][] text = [.. sentences.Select(s => s.Select(w => id.GetValueOrDefault(w, -1)).ToArray())];
        log($"{sentences.Count} sentences, {text.Sum(s => s.Length)} words, {vocabulary.Length} words seen {MinCount}+ times");
        var classes = new int[Granularities.Length][];
        for (int g = 0; g < Granularities.Length; g++) classes[g] = ExchangeClustering.Cluster(vocabulary.Length, text, Granularities[g], MaxIterations, log);
        var words = new Dictionary<string, NerWordClusters>(StringComparer.Ordinal);
        // Hashtags ("#news", from WNUT) are left out of the file, where '#' starts a comment.
        for (int k = 0; k < vocabulary.Length; k++)
        {
            if (!vocabulary[k].StartsWith('#')) words[vocabulary[k]] = new NerWordClusters(classes[0][k], classes[1][k], classes[2][k]);
        }
        new NerClusters(Granularities, words).Save(output,
            $"Sitrep word clusters for the entity recogniser (exchange algorithm, class bigram likelihood), written by\n" +
            $"tools/Sitrep.NerTrain --clusters from the GMB and re3d training parts, WNUT 2017, UD English EWT and the geoparsing\n" +
            $"articles: {text.Sum(s => s.Length)} words; those seen {MinCount}+ times, lower case, except hashtags, {MaxIterations} iterations at most. Regenerate, do not edit.");
        log($"clusters written to {output} in {clock.Elapsed.TotalSeconds:F0} s");
    }
}
