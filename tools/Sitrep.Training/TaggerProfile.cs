using System.Diagnostics;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Training;

/// <summary>
/// Splits the tagger's time into phases (lexicon look-up, feature hashing, weight look-up and
/// scoring, arg-max, lemmatizing) by re-running its decoding loop with a timestamp between phases.
/// The timestamps add their own cost, so the phase shares matter more than the totals.
/// </summary>
internal static class TaggerProfile
{
    public static int Run(string conllu, string modelsDir, int rounds)
    {
        var models = LanguageModels.Load(modelsDir);
        if (models.Value is null) { Console.Error.WriteLine(models.Problem); return 1; }
        PosTagger posTagger = models.Value.PosTagger;
        var sentences = ConlluReader.ReadFile(conllu).Sentences.Select(UdEvaluator.Join).ToArray();
        long words = (long)sentences.Sum(s => s.Spans.Length) * rounds;
        var ticks = new long[5];
        long settled = 0;
        for (int round = 0; round <= rounds; round++)
        {
            if (round == 1) { Array.Clear(ticks); settled = 0; }
            foreach (var (text, spans) in sentences) settled += Sentence(posTagger, text, spans, ticks);
        }
        string[] names = ["lexicon", "features", "score", "argmax", "lemma"];
        double total = ticks.Sum();
        for (int p = 0; p < names.Length; p++)
            Console.WriteLine($"{names[p],-9} {ticks[p] * 1e6 / Stopwatch.Frequency / words,7:F3} µs/word  {100 * ticks[p] / total,5:F1} %");
        Console.WriteLine($"total     {total * 1e6 / Stopwatch.Frequency / words,7:F3} µs/word; settled without scoring {100.0 * settled / words:F1} % of words");
        return 0;
    }

    private static int Sentence(PosTagger posTagger, string text, Sitrep.Documents.Span[] tokens, long[] ticks)
    {
        TaggerModel tagger = posTagger.Tagger;
        int n = tokens.Length, settled = 0;
        long t0 = Stopwatch.GetTimestamp();
        int origin = tokens[0].Start, length = tokens[n - 1].End - origin;
        char[] lower = new char[length];
        text.AsSpan(origin, length).ToLowerInvariant(lower);
        var words = new WordClasses[n];
        var known = new int[n];
        var ambiguity = new ulong[n];
        var rows = new int[n];
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[tagger.Classes];
        tagger.Prepare(text, tokens, words, rows, known, ambiguity);
        long t1 = Stopwatch.GetTimestamp();
        ticks[0] += t1 - t0;
        int previous1 = -1, previous2 = -1;
        var classes = new int[n];
        for (int i = 0; i < n; i++)
        {
            int best;
            if (words[i].Settled) { best = words[i].Frequent; settled++; }
            else
            {
                long a = Stopwatch.GetTimestamp();
                bool row = rows[i] >= 0;
                int count = row
                    ? TaggerFeatures.ExtractContext(text, lower, origin, tokens, i, previous1, previous2, features, known, ambiguity)
                    : TaggerFeatures.Extract(text, lower, origin, tokens, i, previous1, previous2, features, known, ambiguity);
                long b = Stopwatch.GetTimestamp();
                if (row)
                {
                    tagger.Lexical.Row(rows[i]).CopyTo(scores);
                    tagger.Weights.Add(features[..count], scores);
                }
                else tagger.Weights.Score(features[..count], scores);
                long c = Stopwatch.GetTimestamp();
                best = TaggerModel.ArgMax(scores[..tagger.Classes]);
                long d = Stopwatch.GetTimestamp();
                ticks[1] += b - a;
                ticks[2] += c - b;
                ticks[3] += d - c;
            }
            classes[i] = best;
            previous2 = previous1;
            previous1 = best;
        }
        long l0 = Stopwatch.GetTimestamp();
        for (int i = 0; i < n; i++) posTagger.Lemmatize(text.AsSpan(tokens[i].Start, tokens[i].Length), classes[i]);
        ticks[4] += Stopwatch.GetTimestamp() - l0;
        return settled;
    }
}
