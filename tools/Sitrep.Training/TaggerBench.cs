using System.Diagnostics;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Lemmas;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Training;

/// <summary>
/// Times tagging plus lemmatizing alone, in process CPU time (wall time means little on a shared
/// machine), and the bytes it allocates, over a treebank's words repeated a number of rounds.
/// </summary>
internal static class TaggerBench
{
    public static int Run(string conllu, string modelsDir, int rounds)
    {
        var process = Process.GetCurrentProcess();
        TimeSpan cpu = process.TotalProcessorTime;
        var tagger = LanguageModels.ReadBinary(Path.Combine(modelsDir, LanguageModels.TaggerFile), TaggerModel.Read).Value!;
        var lemmatizer = LanguageModels.ReadBinary(Path.Combine(modelsDir, LanguageModels.LemmatizerFile), LemmatizerModel.Read).Value!;
        var posTagger = new PosTagger(tagger, lemmatizer);
        process.Refresh();
        Console.WriteLine($"tagger and lemmatizer loaded in {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms of CPU time");
        var sentences = ConlluReader.ReadFile(conllu).Sentences.Select(UdEvaluator.Join).ToArray();
        int words = sentences.Sum(s => s.Spans.Length);
        int[] classes = new int[4096];
        ulong checksum = Pass(posTagger, sentences, classes);
        Console.WriteLine($"tags and lemmas checksum {checksum:x16} (equal checksums: the same output)");
        process.Refresh();
        cpu = process.TotalProcessorTime;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int round = 0; round < rounds; round++) Pass(posTagger, sentences, classes);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        process.Refresh();
        double seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"tag+lemma: {(double)words * rounds / seconds:F0} tokens per CPU-second over {rounds} rounds of {words} tokens; {(double)allocated / ((double)words * rounds):F2} bytes allocated per token");
        return 0;
    }

    /// <summary>Tags and lemmatizes every sentence once and returns a hash of the classes and lemmas.</summary>
    private static ulong Pass(PosTagger posTagger, (string Text, Sitrep.Documents.Span[] Spans)[] sentences, int[] classes)
    {
        ulong checksum = FeatureHash.Start(0);
        foreach (var (text, spans) in sentences)
        {
            posTagger.Tagger.Tag(text, spans, classes.AsSpan(0, spans.Length));
            for (int i = 0; i < spans.Length; i++)
            {
                string lemma = posTagger.Lemmatize(text.AsSpan(spans[i].Start, spans[i].Length), classes[i]);
                checksum = FeatureHash.MixExact(FeatureHash.Mix(checksum, classes[i]), lemma);
            }
        }
        return checksum;
    }
}
