using Sitrep.Documents;
using Sitrep.Syntax.Evaluation;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Trains the sentence-boundary classifier on a treebank's rebuilt raw text: our own tokenizer
/// runs on it (so training sees the tokens the splitter will see), each gap inside a paragraph
/// is a candidate labelled by whether a gold sentence ends there, and perceptron epochs run over
/// paragraphs in a fixed-seed shuffle. The sentence length feature follows the model's own
/// earlier decisions, as it does when splitting.
/// </summary>
public sealed class SentenceBoundaryTrainer(int epochs, int bits, int seed)
{
    public SentenceBoundaryModel Train(UdRawText raw, TokenizerLexicon lexicon, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(log);
        string text = raw.Text;
        IReadOnlyList<Span> tokens = new Tokenizer(lexicon).Tokenize(text);
        var rules = new SentenceSplitter(lexicon);
        var goldEnds = new HashSet<int>(raw.Sentences.Select(s => s.End));
        var paragraphs = new List<TokenRun>();
        for (int start = 0; start < tokens.Count;)
        {
            int end = SentenceSplitter.ParagraphEnd(text, tokens, start);
            paragraphs.Add(new TokenRun(start, end));
            start = end + 1;
        }
        var votes = new bool[tokens.Count];
        for (int i = 0; i < tokens.Count; i++) votes[i] = i + 1 < tokens.Count && rules.RuleEnds(text, tokens, i);

        var model = new AveragedPerceptron(bits, 2);
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, paragraphs.Count)];
        Span<ulong> features = stackalloc ulong[BoundaryFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[2];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, candidates = 0;
            foreach (int p in order)
            {
                TokenRun run = paragraphs[p];
                int first = run.First;
                for (int i = run.First; i < run.Last; i++)
                {
                    int n = BoundaryFeatures.Extract(text, tokens, i, i - first + 1, run.Last - i, votes[i], features);
                    model.Score(features[..n], scores);
                    int guess = scores[1] > scores[0] ? 1 : 0;
                    int truth = goldEnds.Contains(tokens[i].End) ? 1 : 0;
                    model.Update(features[..n], truth, guess);
                    model.Tick();
                    if (guess != truth) errors++;
                    candidates++;
                    if (guess == 1) first = i + 1;
                }
            }
            log.WriteLine($"sentence boundaries epoch {epoch}: {errors} errors in {candidates} candidates");
        }
        return new SentenceBoundaryModel(model.Average());
    }

    private readonly record struct TokenRun(int First, int Last);
}
