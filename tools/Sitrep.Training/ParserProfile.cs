using System.Diagnostics;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Training;

/// <summary>
/// Times the parser on pre-tagged treebank sentences in CPU seconds and prints a checksum of every
/// head and label, so a speed change can show it leaves the trees identical. With --phases it also
/// re-runs the decoding loop with a timestamp between phases (sentence set-up, transition features,
/// transition scoring, choice, label features and scoring, applying); the timestamps add their own
/// cost, so the shares matter more than the totals.
/// </summary>
internal static class ParserProfile
{
    public static int Run(string conllu, string modelsDir, int rounds, bool phases)
    {
        var models = LanguageModels.Load(modelsDir);
        if (models.Value is null) { Console.Error.WriteLine(models.Problem); return 1; }
        TaggerModel tagger = models.Value.Tagger;
        ParserModel parser = models.Value.Parser;
        var sentences = ConlluReader.ReadFile(conllu).Sentences.Select(UdEvaluator.Join).ToArray();
        int[][] tags = [.. sentences.Select(s => { int[] c = new int[s.Spans.Length]; tagger.Tag(s.Text, s.Spans, c); return c; })];
        long words = sentences.Sum(s => s.Spans.Length);
        int[] heads = new int[1024], labels = new int[1024];
        var workspace = new ParserWorkspace();
        ulong checksum = 14695981039346656037UL;
        for (int i = 0; i < sentences.Length; i++)
        {
            parser.Parse(sentences[i].Text, sentences[i].Spans, tags[i], workspace, heads, labels);
            for (int w = 0; w < sentences[i].Spans.Length; w++) checksum = FeatureHash.Mix(FeatureHash.Mix(checksum, heads[w]), labels[w]);
        }
        Console.WriteLine($"{sentences.Length} sentences, {words} words, trees checksum {checksum:x16}");
        Console.WriteLine($"scoring tables in memory: {parser.ScoringBytes / 1e6:F2} MB (dense transitions {(1L << parser.Transitions.Bits) * 3 * sizeof(float) / 1e6:F2} MB)");
        var process = Process.GetCurrentProcess();
        for (int round = 0; round < rounds; round++)
        {
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < sentences.Length; i++) parser.Parse(sentences[i].Text, sentences[i].Spans, tags[i], workspace, heads, labels);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            process.Refresh();
            double seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"round {round + 1}: {words / seconds:F0} words per CPU second ({seconds * 1e6 / words:F3} µs/word), {(double)allocated / words:F3} bytes allocated per word");
        }
        if (phases)
        {
            Describe("transitions", parser.Transitions);
            Describe("labels", parser.LabelWeights);
            Phases(parser, sentences, tags, words);
        }
        return 0;
    }

    private static void Describe(string name, WeightTable table)
    {
        int rows = 0;
        long entries = 0;
        for (int row = 0; row < 1 << table.Bits; row++)
        {
            int nonZero = 0;
            foreach (float w in table.Row(row)) if (w != 0) nonZero++;
            if (nonZero == 0) continue;
            rows++;
            entries += nonZero;
        }
        Console.WriteLine($"{name}: {table.Classes} classes, 2^{table.Bits} rows, {rows} non-zero ({100.0 * rows / (1 << table.Bits):F1} %), {(double)entries / Math.Max(1, rows):F1} non-zero weights per such row");
    }

    /// <summary>
    /// Replays the parser's own transitions with more and more of the work switched on (set-up and
    /// applying, then transition features, their scoring, then labelling), each mode timed in CPU
    /// seconds over the same rounds, so the differences give each phase's cost without timestamps.
    /// </summary>
    private static void Phases(ParserModel parser, (string Text, Documents.Span[] Spans)[] sentences, int[][] tags, long words)
    {
        var state = new ParserState();
        Span<ulong> f = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        Span<float> scores = stackalloc float[Math.Max(3, parser.Labels.Length)];
        var actions = new List<int>[sentences.Length];
        for (int i = 0; i < sentences.Length; i++)
        {
            actions[i] = [];
            state.Reset(sentences[i].Text, sentences[i].Spans);
            var features = new ParserFeatures(tags[i], state);
            while (!state.IsTerminal)
            {
                int n = features.Transition(f);
                parser.ScoreTransitions(f[..n], scores);
                int action = ParserModel.BestValid(state, scores);
                int label = action == ParserState.Shift ? ParserState.None : parser.BestLabel(features, state.HeadFor(action), state.Stack(0), f, scores);
                state.Apply(action, label);
                actions[i].Add(action * 256 + label + 1);
            }
        }
        // Each mode runs twice, interleaved: scoring with the dense tables as loaded, and as the parser scores.
        string[] names = ["set-up and apply", "+ transition features", "+ transition scores", "+ label features", "+ label scores"];
        var seconds = new double[2, names.Length];
        var process = Process.GetCurrentProcess();
        const int Rounds = 4;
        for (int round = 0; round < Rounds; round++)
        {
            for (int mode = 0; mode < names.Length; mode++)
            {
                for (int variant = 0; variant < 2; variant++)
                {
                    process.Refresh();
                    TimeSpan cpu = process.TotalProcessorTime;
                    float sink = 0;
                    for (int i = 0; i < sentences.Length; i++)
                    {
                        state.Reset(sentences[i].Text, sentences[i].Spans);
                        var features = new ParserFeatures(tags[i], state);
                        foreach (int step in actions[i])
                        {
                            int action = step >> 8, label = (step & 255) - 1;
                            int n = mode >= 1 ? features.Transition(f) : 0;
                            if (mode >= 2)
                            {
                                if (variant == 0) parser.Transitions.Score(f[..n], scores);
                                else parser.ScoreTransitions(f[..n], scores);
                                sink += scores[0];
                            }
                            if (mode == 3 && action != ParserState.Shift) sink += features.Label(state.HeadFor(action), state.Stack(0), f);
                            if (mode >= 4 && action != ParserState.Shift)
                            {
                                if (variant == 0)
                                {
                                    int m = features.Label(state.HeadFor(action), state.Stack(0), f);
                                    parser.LabelWeights.Score(f[..m], scores);
                                    sink += TaggerModel.ArgMax(scores[..parser.Labels.Length]);
                                }
                                else sink += parser.BestLabel(features, state.HeadFor(action), state.Stack(0), f, scores);
                            }
                            state.Apply(action, label);
                        }
                    }
                    process.Refresh();
                    if (round > 0) seconds[variant, mode] += (process.TotalProcessorTime - cpu).TotalSeconds;
                    if (sink == 1.5f) Console.Write("");
                }
            }
        }
        double perWord = 1e6 / ((Rounds - 1) * words);
        Console.WriteLine($"{"phase (replayed)",-22} {"dense",8} {"parser",8} µs/word");
        for (int mode = 0; mode < names.Length; mode++)
        {
            double plain = mode == 0 ? seconds[0, 0] : seconds[0, mode] - seconds[0, mode - 1];
            double current = mode == 0 ? seconds[1, 0] : seconds[1, mode] - seconds[1, mode - 1];
            Console.WriteLine($"{names[mode],-22} {plain * perWord,8:F3} {current * perWord,8:F3}");
        }
        long forced = 0, steps = 0;
        for (int i = 0; i < sentences.Length; i++)
        {
            state.Reset(sentences[i].Text, sentences[i].Spans);
            foreach (int step in actions[i])
            {
                steps++;
                if (state.Forced >= 0) forced++;
                state.Apply(step >> 8, (step & 255) - 1);
            }
        }
        Console.WriteLine($"forced transitions (only one valid, not scored by the parser): {100.0 * forced / steps:F1} %");
        Console.WriteLine($"{"all",-22} {seconds[0, names.Length - 1] * perWord,8:F3} {seconds[1, names.Length - 1] * perWord,8:F3}");
    }
}
