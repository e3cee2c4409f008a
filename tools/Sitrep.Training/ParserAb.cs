using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Parsing;

namespace Sitrep.Training;

/// <summary>
/// Times the deps stage in thread CPU time on a folder of articles (*.txt) already tokenized,
/// split and tagged, alternating in one process between the parser as loaded (compact tables) and
/// the same weights unpacked (as before), so both see the same machine load. Each round runs the
/// articles back to back (as a pipeline batch does) and then each after touching 64 MB, which
/// evicts every cache as the other stages' tables do between batches.
/// </summary>
internal static class ParserAb
{
    public static int Run(string folder, string modelsDir, int rounds)
    {
        var models = LanguageModels.Load(modelsDir);
        if (models.Value is null) { Console.Error.WriteLine(models.Problem); return 1; }
        IReadOnlyList<IPipelineStage> stages = models.Value.Stages();
        var upToPos = new DocumentPipeline(stages.Take(3));
        Document[] documents = [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => upToPos.Run(new Document(File.ReadAllText(path), new DocumentMetadata { Source = path })).Document)];
        long words = documents.Sum(d => (long)d.WordCount());
        ParserModel loaded = models.Value.Parser;
        ParserModel[] parsers = [models.Value.Parser, new(loaded.Labels, loaded.Transitions, loaded.LabelWeights, packedScoring: false)];
        DependencyParser[] variants = [.. parsers.Select(p => new DependencyParser(p, models.Value.Tagger))];
        string[] names = [$"packed ({parsers[0].ScoringBytes / 1e6:F1} MB)", $"unpacked ({parsers[1].ScoringBytes / 1e6:F1} MB)"];
        int n = variants.Length;
        Console.WriteLine($"{documents.Length} articles, {words} words; warming up");
        for (int i = 0; i < 20; i++) foreach (var stage in variants) foreach (Document d in documents) stage.Process(d, CancellationToken.None);
        byte[] flush = new byte[64 << 20];
        var warm = new List<double>[n];
        var cold = new List<double>[n];
        for (int v = 0; v < n; v++) { warm[v] = []; cold[v] = []; }
        for (int round = 0; round < rounds; round++)
        {
            for (int v = 0; v < n; v++)
            {
                int variant = (round + v) % n;
                DependencyParser stage = variants[variant];
                TimeSpan start = ThreadCpuClock.Now();
                foreach (Document d in documents) stage.Process(d, CancellationToken.None);
                warm[variant].Add((ThreadCpuClock.Now() - start).TotalMicroseconds / documents.Length);
                TimeSpan total = TimeSpan.Zero;
                foreach (Document d in documents)
                {
                    for (int at = 0; at < flush.Length; at += 64) flush[at]++;
                    TimeSpan before = ThreadCpuClock.Now();
                    stage.Process(d, CancellationToken.None);
                    total += ThreadCpuClock.Now() - before;
                }
                cold[variant].Add(total.TotalMicroseconds / documents.Length);
            }
        }
        for (int v = 0; v < n; v++)
            Console.WriteLine($"{names[v],-22} back to back {Median(warm[v]),7:F1} µs/article, after a 64 MB flush {Median(cold[v]),7:F1} µs/article (medians of {rounds} rounds)");
        for (int v = 1; v < n; v++)
            Console.WriteLine($"{names[v]} / {names[0]}: back to back {Median(Ratios(warm[v], warm[0])):F3}, flushed {Median(Ratios(cold[v], cold[0])):F3} (median of per-round ratios)");
        return 0;
    }

    private static List<double> Ratios(List<double> a, List<double> b) => [.. a.Zip(b, (x, y) => x / y)];

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
