using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Lemmas;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Training;

/// <summary>Measures model load time per file and warm tagging and parsing throughput on a treebank's words.</summary>
internal static class Bench
{
    public static int Run(string conllu, string modelsDir)
    {
        var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var tagger = LanguageModels.ReadBinary(Path.Combine(modelsDir, LanguageModels.TaggerFile), TaggerModel.Read).Value!;
        Console.WriteLine($"tagger loaded in {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        var lemmatizer = LanguageModels.ReadBinary(Path.Combine(modelsDir, LanguageModels.LemmatizerFile), LemmatizerModel.Read).Value!;
        Console.WriteLine($"lemmatizer loaded in {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        var parser = LanguageModels.ReadBinary(Path.Combine(modelsDir, LanguageModels.ParserFile), ParserModel.Read).Value!;
        Console.WriteLine($"parser loaded in {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        _ = LanguageModels.ReadBinary(Path.Combine(modelsDir, LanguageModels.SentenceFile), Sitrep.Text.Sentences.SentenceBoundaryModel.Read).Value!;
        Console.WriteLine($"sentence boundaries loaded in {watch.ElapsedMilliseconds} ms");
        process.Refresh();
        Console.WriteLine($"all models: {(process.TotalProcessorTime - cpuBefore).TotalMilliseconds:F0} ms of CPU time (wall time suffers when the machine is shared)");
        var sentences = ConlluReader.ReadFile(conllu).Sentences.Select(UdEvaluator.Join).ToArray();
        int words = sentences.Sum(s => s.Spans.Length);
        int[] classes = new int[1024], heads = new int[1024], labels = new int[1024];
        var workspace = new ParserWorkspace();
        for (int round = 0; round < 3; round++)
        {
            long tagTicks = 0, lemmaTicks = 0, parseTicks = 0;
            foreach (var (text, spans) in sentences)
            {
                long t0 = Stopwatch.GetTimestamp();
                tagger.Tag(text, spans, classes.AsSpan(0, spans.Length));
                long t1 = Stopwatch.GetTimestamp();
                for (int i = 0; i < spans.Length; i++) lemmatizer.Lemmatize(text.AsSpan(spans[i].Start, spans[i].Length), tagger.Xpos[classes[i]]);
                long t2 = Stopwatch.GetTimestamp();
                parser.Parse(text, spans, classes.AsSpan(0, spans.Length), workspace, heads, labels);
                long t3 = Stopwatch.GetTimestamp();
                tagTicks += t1 - t0; lemmaTicks += t2 - t1; parseTicks += t3 - t2;
            }
            Console.WriteLine($"round {round + 1}: tagging {words / Seconds(tagTicks):F0} words/s, lemmatizing {words / Seconds(lemmaTicks):F0} words/s, parsing {words / Seconds(parseTicks):F0} words/s");
        }
        ParseAlone(parser, sentences, tagger, words);
        return 0;
    }

    /// <summary>
    /// Parsing by itself on pre-tagged sentences, timed in CPU seconds (wall time means little on a
    /// shared machine), with the bytes the parsing thread allocates per word.
    /// </summary>
    private static void ParseAlone(ParserModel parser, (string Text, Span[] Spans)[] sentences, TaggerModel tagger, int words)
    {
        int[][] tags = [.. sentences.Select(s => { int[] c = new int[s.Spans.Length]; tagger.Tag(s.Text, s.Spans, c); return c; })];
        int[] heads = new int[1024], labels = new int[1024];
        var workspace = new ParserWorkspace();
        const int Repeats = 5;
        var process = Process.GetCurrentProcess();
        process.Refresh();
        TimeSpan cpu = process.TotalProcessorTime;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int r = 0; r < Repeats; r++)
            for (int i = 0; i < sentences.Length; i++) parser.Parse(sentences[i].Text, sentences[i].Spans, tags[i], workspace, heads, labels);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        process.Refresh();
        double seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"parsing alone: {Repeats * words / seconds:F0} words per CPU second, {(double)allocated / (Repeats * words):F3} bytes allocated per word");
    }

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
