using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Trains the UPOS|XPOS tagger: class inventory, lexicon (ambiguity classes and settled words),
/// then greedy perceptron epochs over shuffled sentences, each word scored only over the classes
/// the lexicon allows it, as at tagging time.
/// </summary>
/// <param name="lexiconMinCount">How often a form must occur to enter the lexicon (its look-ahead and ambiguity-class features).</param>
/// <param name="restrictMinCount">How often a form must occur to be scored only over the classes it was seen with.</param>
public sealed class TaggerTrainer(int epochs, int bits, int seed, int minClassCount = 10, int lexiconMinCount = 2, int restrictMinCount = 20)
{
    /// <summary>Weights no larger than this are dropped when the model is compacted.</summary>
    public const float Prune = 0.0005f;

    public TaggerModel Train(List<TreebankSentence> train, List<TreebankSentence>? dev, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(log);
        var inventory = TaggerClasses.From(train, minClassCount);
        var gold = train.Select(s => s.Source.Words.Select(w => inventory.ClassOf(w.Upos, w.Xpos)).ToArray()).ToList();
        var builder = new TaggerLexiconBuilder(train, gold, inventory.Count, lexiconMinCount, restrictMinCount);
        var lexicon = builder.Lexicon();
        var prepared = train.Select((s, i) => Prepared.Of(s.Text, builder.HeldOut(s, gold[i]))).ToList();
        var model = new AveragedPerceptron(bits, inventory.Count);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[inventory.Count];
        Span<int> candidates = stackalloc int[inventory.Count];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int index in order)
            {
                TreebankSentence sentence = train[index];
                int[] tags = gold[index];
                Prepared p = prepared[index];
                int previous1 = -1, previous2 = -1;
                for (int i = 0; i < sentence.Words.Length; i++)
                {
                    WordClasses word = p.Words[i];
                    int guess;
                    if (word.Settled) guess = word.Frequent;
                    else
                    {
                        int n = TaggerFeatures.Extract(sentence.Text, p.Lower, 0, sentence.Words, i, previous1, previous2, features, p.Known, p.Ambiguity);
                        model.Score(features[..n], scores);
                        guess = word.Decision == WordDecision.Score ? TaggerModel.ArgMax(scores) : TaggerModel.ArgMax(scores, TaggerModel.Expand(word.Candidates, candidates));
                        model.Update(features[..n], tags[i], guess);
                        model.Tick();
                    }
                    if (guess == tags[i]) correct++;
                    total++;
                    previous2 = previous1;
                    previous1 = guess;
                }
            }
            string devReport = dev is null ? "" : $", dev UPOS {100 * UposAccuracy(Build(inventory, model, lexicon), dev):F2} %";
            log.WriteLine($"tagger epoch {epoch}: train accuracy {100.0 * correct / total:F2} %{devReport}");
        }
        return Build(inventory, model, lexicon);
    }

    private static TaggerModel Build(TaggerClasses inventory, AveragedPerceptron model, TaggerLexicon lexicon) =>
        new([.. inventory.Upos], [.. inventory.Xpos], TaggerWeights.From(model.Average(), Prune), lexicon);

    public static double UposAccuracy(TaggerModel tagger, List<TreebankSentence> sentences)
    {
        int words = 0, right = 0;
        foreach (TreebankSentence sentence in sentences)
        {
            int[] classes = new int[sentence.Words.Length];
            tagger.Tag(sentence.Text, sentence.Words, classes);
            for (int i = 0; i < classes.Length; i++, words++) if (tagger.Upos[classes[i]] == sentence.Source.Words[i].Upos) right++;
        }
        return (double)right / Math.Max(1, words);
    }

    /// <summary>A training sentence's held-out lexicon entries and what the features derive from them, as <see cref="TaggerModel.Tag"/> does per sentence.</summary>
    private sealed record Prepared(string Lower, WordClasses[] Words, int[] Known, ulong[] Ambiguity)
    {
        public static Prepared Of(string text, WordClasses[] words)
        {
            var p = new Prepared(text.ToLowerInvariant(), words, new int[words.Length], new ulong[words.Length]);
            TaggerModel.Describe(words, p.Known, p.Ambiguity);
            return p;
        }
    }
}
