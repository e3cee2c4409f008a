using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Trains the arc-hybrid parser with a dynamic oracle (Goldberg and Nivre 2013): at each step the
/// perceptron is corrected towards the best zero-cost transition, and after the first epoch the
/// trainer follows its own prediction 90 % of the time so it learns to recover from mistakes.
/// Tags come from the tagger, as at parse time; non-projective trees are projectivized by lifting.
/// </summary>
public sealed class ParserTrainer(int epochs, int transitionBits, int labelBits, int seed)
{
    /// <summary>After the first epoch, how often the trainer follows its own prediction rather than the oracle's.</summary>
    public double Explore { get; init; } = 0.9;

    public ParserModel Train(List<TreebankSentence> train, TaggerModel tagger, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var tags = new List<int[]>(train.Count);
        foreach (TreebankSentence sentence in train)
        {
            int[] classes = new int[sentence.Words.Length];
            tagger.Tag(sentence.Text, sentence.Words, classes);
            tags.Add(classes);
        }
        return Train(train, tags, log);
    }

    /// <summary>Trains on sentences whose tags were predicted beforehand (ideally by a tagger that did not see them).</summary>
    public ParserModel Train(List<TreebankSentence> train, IReadOnlyList<int[]> predictedTags, TextWriter log, Func<ParserModel, string>? devScore = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(predictedTags);
        ArgumentNullException.ThrowIfNull(log);
        var labelCounts = train.SelectMany(s => s.Source.Words).GroupBy(w => w.Relation, StringComparer.Ordinal)
            .Select(g => (g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
        string[] labels = [.. labelCounts.Select(l => l.Key)];
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);

        var examples = new List<Example>();
        int lifted = 0;
        for (int t = 0; t < train.Count; t++)
        {
            TreebankSentence sentence = train[t];
            int n = sentence.Words.Length;
            int[] heads = new int[n + 1];
            heads[0] = -1;
            for (int i = 0; i < n; i++) heads[i + 1] = sentence.Source.Words[i].Head + 1;
            if (!IsProjective(heads)) { lifted++; Projectivizer.Lift(heads); }
            int[] tags = predictedTags[t];
            int[] goldLabels = [-1, .. sentence.Source.Words.Select(w => labelIndex[w.Relation])];
            examples.Add(new Example(sentence, tags, heads, goldLabels));
        }
        log.WriteLine($"parser: {examples.Count} training sentences, {lifted} non-projective lifted, {labels.Length} labels");

        var transitions = new AveragedPerceptron(transitionBits, 3);
        var labeller = new AveragedPerceptron(labelBits, labels.Length);
        var random = new Random(seed);
        var state = new ParserState();
        int[] order = [.. Enumerable.Range(0, examples.Count)];
        Span<ulong> f = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        Span<ulong> lf = stackalloc ulong[ParserFeatures.MaxLabelFeatures];
        Span<float> scores = stackalloc float[3];
        Span<float> labelScores = stackalloc float[labels.Length];
        Span<int> costs = stackalloc int[3];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long correctArcs = 0, arcs = 0;
            foreach (int index in order)
            {
                Example example = examples[index];
                state.Reset(example.Sentence.Text, example.Sentence.Words);
                var features = new ParserFeatures(example.Tags, state);
                while (!state.IsTerminal)
                {
                    int count = features.Transition(f);
                    transitions.Score(f[..count], scores);
                    int predicted = ParserModel.BestValid(state, scores);
                    int minCost = int.MaxValue;
                    for (int a = 0; a < 3; a++)
                    {
                        costs[a] = state.IsValid(a) ? state.Cost(a, example.Heads) : int.MaxValue;
                        minCost = Math.Min(minCost, costs[a]);
                    }
                    int best = -1;
                    for (int a = 0; a < 3; a++)
                        if (costs[a] == minCost && (best < 0 || scores[a] > scores[best])) best = a;
                    if (costs[predicted] > minCost) transitions.Update(f[..count], best, predicted);
                    transitions.Tick();
                    int follow = epoch > 1 && random.NextDouble() < Explore ? predicted : best;
                    int label = ParserState.None;
                    if (follow != ParserState.Shift)
                    {
                        int head = state.HeadFor(follow), dependent = state.Stack(0);
                        int lc = features.Label(head, dependent, lf);
                        labeller.Score(lf[..lc], labelScores);
                        label = TaggerModel.ArgMax(labelScores);
                        arcs++;
                        if (example.Heads[dependent] == head)
                        {
                            correctArcs++;
                            labeller.Update(lf[..lc], example.Labels[dependent], label);
                            labeller.Tick();
                        }
                    }
                    state.Apply(follow, label);
                }
            }
            string dev = devScore is not null
                ? ", " + devScore(new ParserModel([.. labels], transitions.Average(), labeller.Average())) : "";
            log.WriteLine($"parser epoch {epoch}: followed arcs correct {100.0 * correctArcs / Math.Max(1, arcs):F2} %{dev}");
        }
        return new ParserModel([.. labels], transitions.Average(), labeller.Average());
    }

    /// <summary>True when no two arcs cross (heads are node indices, node 0 the root).</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        for (int d1 = 1; d1 < heads.Length; d1++)
        {
            int a = Math.Min(d1, heads[d1]), b = Math.Max(d1, heads[d1]);
            for (int d2 = 1; d2 < heads.Length; d2++)
            {
                int c = Math.Min(d2, heads[d2]), d = Math.Max(d2, heads[d2]);
                if (a < c && c < b && b < d) return false;
            }
        }
        return true;
    }

    private sealed record Example(TreebankSentence Sentence, int[] Tags, int[] Heads, int[] Labels);
}
