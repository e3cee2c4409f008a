using System.Runtime.InteropServices;

namespace Sitrep.Entities;

/// <summary>Adds the weights of features to label scores: the model's table, or a trainer's weights.</summary>
internal interface INerScorer
{
    /// <summary>How long a score buffer must be.</summary>
    int ScoreLength { get; }

    /// <summary>Sets <paramref name="scores"/> to the sums of the features' weights.</summary>
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}

/// <summary>
/// Beam decoding of a sentence: the best label sequences so far, extended one word at a time under
/// the BILOU constraints. The label-free features are scored once per word; only the five label
/// features are scored per sequence. Sequences that end in the same two labels are merged (the
/// features see no further back). At the end a sequence with an open mention loses to one without.
/// The trainer (<see cref="NerBeamTrainer"/>) decodes with the same code, following the gold sequence.
/// </summary>
internal sealed class NerBeam(INerScorer scorer, NerTransitions transitions, NerFeatures.LabelContext[] contexts, int labels, int width, bool frozen)
{
    // For a model's fixed weights, the scores of the two label-only features (the last label, the
    // last two) of every label pair, computed once; a trainer's changing weights are scored as needed.
    private readonly float[][]? _pairs = frozen ? PairScores(scorer, contexts) : null;

    private readonly record struct Item(float Score, int Previous, int Previous2, int History, bool Gold);

    // Best first; equal scores by label order, so decoding is deterministic. Negative: a before b.
    private static int BestFirst(in Item a, in Item b) =>
        b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Previous != b.Previous ? a.Previous.CompareTo(b.Previous) : a.Previous2.CompareTo(b.Previous2);

    public int Width { get; } = width >= 1 ? width : throw new ArgumentOutOfRangeException(nameof(width));

    /// <summary>The best label sequence (label indices) of the sentence.</summary>
    public int[] Decode(NerSentence sentence) => Decode(sentence, null, out _);

    /// <summary>
    /// Decodes following <paramref name="gold"/> (null: none): stops after the first word at which
    /// no sequence in the beam is the gold prefix. Returns the best sequence of the words decoded;
    /// <paramref name="goldBest"/> is true when it is the gold sequence of the whole sentence.
    /// </summary>
    public int[] Decode(NerSentence sentence, int[]? gold, out bool goldBest)
    {
        int n = sentence.Lower.Length;
        var history = new List<(int Label, int Parent)>(n * Width);
        var beam = new Item[Width];
        var kept = new Item[Width];
        beam[0] = new Item(0, -1, -1, -1, gold is not null);
        int size = 1;
        var features = new List<ulong>(40);
        var fixedScores = new float[scorer.ScoreLength];
        var previousScores = new float[scorer.ScoreLength];
        var pairScores = new float[scorer.ScoreLength];
        int decoded = n;
        for (int i = 0; i < n; i++)
        {
            features.Clear();
            NerFeatures.ExtractStatic(sentence, i, features);
            scorer.Score(CollectionsMarshal.AsSpan(features), fixedScores);
            int count = 0;
            // At the last word, sequences that close their mention come first; the others only when none does.
            bool last = i == n - 1, anyClosed = false;
            int scoredPrevious = int.MinValue;
            for (int pass = last ? 0 : 1; pass < 2 && !(pass == 1 && anyClosed); pass++)
            {
                for (int b = 0; b < size; b++)
                {
                    Item item = beam[b];
                    int context = (item.Previous + 1) * (labels + 1) + item.Previous2 + 1;
                    // Beam items sharing their last label (kept next to each other often enough) share these scores.
                    if (item.Previous != scoredPrevious)
                    {
                        features.Clear();
                        NerFeatures.ExtractPrevious(sentence, i, contexts[context], features);
                        scorer.Score(CollectionsMarshal.AsSpan(features), previousScores);
                        scoredPrevious = item.Previous;
                    }
                    ReadOnlySpan<float> pair = _pairs is not null ? _pairs[context] : ScorePair(contexts[context], pairScores, features);
                    bool[] allowed = transitions.Allowed(item.Previous);
                    for (int k = 0; k < labels; k++)
                    {
                        if (!allowed[k] || (pass == 0 && transitions.Opens(k))) continue;
                        anyClosed = true;
                        float score = item.Score + fixedScores[k] + (previousScores[k] + pair[k]);
                        // Most candidates fall below a full beam's last item: skip them before building an item.
                        if (count == Width && score < kept[count - 1].Score) continue;
                        count = Insert(kept, count, new Item(score, k, item.Previous, item.History, item.Gold && k == gold![i]));
                    }
                }
            }
            bool goldKept = false;
            for (int b = 0; b < count; b++)
            {
                history.Add((kept[b].Previous, kept[b].History));
                beam[b] = kept[b] with { History = history.Count - 1 };
                goldKept |= kept[b].Gold;
            }
            size = count;
            if (gold is not null && !goldKept) { decoded = i + 1; break; }
        }
        goldBest = decoded == n && beam[0].Gold;
        var result = new int[decoded];
        for (int h = beam[0].History, i = decoded - 1; h >= 0; h = history[h].Parent, i--) result[i] = history[h].Label;
        return result;
    }

    private float[] ScorePair(NerFeatures.LabelContext context, float[] into, List<ulong> features)
    {
        features.Clear();
        features.Add(context.Label);
        features.Add(context.Labels2);
        scorer.Score(CollectionsMarshal.AsSpan(features), into);
        return into;
    }

    private static float[][] PairScores(INerScorer scorer, NerFeatures.LabelContext[] contexts)
    {
        var table = new float[contexts.Length][];
        for (int c = 0; c < contexts.Length; c++)
        {
            table[c] = new float[scorer.ScoreLength];
            scorer.Score([contexts[c].Label, contexts[c].Labels2], table[c]);
        }
        return table;
    }

    // Keeps the best Width items of distinct (label, previous label), best first; returns the new count.
    private int Insert(Item[] kept, int count, Item item)
    {
        if (count == Width && BestFirst(item, kept[count - 1]) >= 0) return count;
        for (int j = 0; j < count; j++)
        {
            if (kept[j].Previous != item.Previous || kept[j].Previous2 != item.Previous2) continue;
            if (BestFirst(item, kept[j]) >= 0) return count;
            Array.Copy(kept, j + 1, kept, j, count - j - 1);
            count--;
            break;
        }
        int at = count < Width ? count : Width - 1;
        while (at > 0 && BestFirst(item, kept[at - 1]) < 0)
        {
            if (at < Width) kept[at] = kept[at - 1];
            at--;
        }
        kept[at] = item;
        return Math.Min(count + 1, Width);
    }
}
