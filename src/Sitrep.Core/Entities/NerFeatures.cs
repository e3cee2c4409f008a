namespace Sitrep.Entities;

/// <summary>
/// The features of one token for the tagger: the word, its shape, affixes, lexicon and casing
/// classes, its neighbours (single words, word pairs, shapes two either side) and the previous
/// two labels. Features are strings, hashed to 64-bit keys so the model stays a flat table.
/// </summary>
internal static class NerFeatures
{
    // Each template's name hashed once ("name="); a feature continues the hash with its value.
    private static readonly ulong L = Start("L"), Lc = Start("Lc"), LBefore = Start("L-1"), LAfter = Start("L+1"), Bias = Start("b"),
        Word = Start("w"), ShapeHere = Start("s"), P3 = Start("p3"), X3 = Start("x3"), X2 = Start("x2"), P2 = Start("p2"),
        P4 = Start("p4"), X4 = Start("x4"), LBefore2 = Start("L-2"), LAfter2 = Start("L+2"), PairBefore = Start("w-1w"),
        PairAfter = Start("ww+1"), ShapeWindow = Start("s-1ss+1"), Capital = Start("c"), WordBefore = Start("w-1"),
        WordAfter = Start("w+1"), ShapeBefore = Start("s-1"), ShapeAfter = Start("s+1"), WordBefore2 = Start("w-2"),
        WordAfter2 = Start("w+2"), Label1 = Start("t-1"), Labels2 = Start("t-2t-1"), LabelWord = Start("t-1w"),
        LabelShape = Start("t-1s"), LabelLex = Start("t-1L"), CaseHere = Start("k"), CaseBefore = Start("k-1"),
        CaseAfter = Start("k+1"), ShapeBefore2 = Start("s-2"), ShapeAfter2 = Start("s+2"),
        Cluster1 = Start("c1"), Cluster2 = Start("c2"), Cluster3 = Start("c3"), Cluster2Before = Start("c2-1"), Cluster2After = Start("c2+1");

    public static void Extract(NerSentence sentence, int i, string previousLabel, string previous2Label, List<ulong> into) =>
        Extract(sentence, i, LabelContext.Of(previousLabel, previous2Label), into);

    /// <summary>As above, with the label features' hash prefixes computed beforehand (a model does so once per label pair).</summary>
    public static void Extract(NerSentence sentence, int i, LabelContext labels, List<ulong> into)
    {
        into.Clear();
        ExtractStatic(sentence, i, into);
        ExtractLabels(sentence, i, labels, into);
    }

    /// <summary>The features of the previous two labels (<paramref name="labels"/>), the word, its shape and lexicon class, added to <paramref name="into"/>.</summary>
    public static void ExtractLabels(NerSentence sentence, int i, LabelContext labels, List<ulong> into)
    {
        into.Add(labels.Label);
        into.Add(labels.Labels2);
        ExtractPrevious(sentence, i, labels, into);
    }

    /// <summary>The features joining the previous label with the word, its shape and lexicon class: the same for every label history with that last label.</summary>
    public static void ExtractPrevious(NerSentence sentence, int i, LabelContext labels, List<ulong> into)
    {
        into.Add(Mix(labels.LabelWord, sentence.Lower[i]));
        into.Add(Mix(labels.LabelShape, sentence.Shape[i]));
        into.Add(Mix(labels.LabelLex, sentence.Lex[i]));
    }

    /// <summary>The features that do not depend on labels, added to <paramref name="into"/>: the same for every label history, so a beam computes them once per token.</summary>
    public static void ExtractStatic(NerSentence sentence, int i, List<ulong> into)
    {
        string[] lower = sentence.Lower, shape = sentence.Shape, lex = sentence.Lex, casing = sentence.Casing;
        int n = lower.Length;
        string here = lex[i];
        string w = lower[i];
        string before = i > 0 ? lower[i - 1] : "<s>", after = i + 1 < n ? lower[i + 1] : "</s>";
        string shapeBefore = i > 0 ? shape[i - 1] : "<s>", shapeAfter = i + 1 < n ? shape[i + 1] : "</s>";
        bool capital = char.IsUpper(sentence.Words[i][0]);
        string position = capital ? (i == 0 ? "first" : "cap") : "low";
        into.Add(Mix(L, here));
        into.Add(Mix(Mix(Lc, here), capital ? "C" : "l"));
        into.Add(Mix(LBefore, i > 0 ? lex[i - 1] : "<s>"));
        into.Add(Mix(LAfter, i + 1 < n ? lex[i + 1] : "</s>"));
        into.Add(Bias);
        into.Add(Mix(Word, w));
        into.Add(Mix(ShapeHere, shape[i]));
        into.Add(Mix(P3, w.Length > 3 ? w.AsSpan(0, 3) : w));
        into.Add(Mix(X3, w.Length > 3 ? w.AsSpan(w.Length - 3) : w));
        into.Add(Mix(X2, w.Length > 2 ? w.AsSpan(w.Length - 2) : w));
        into.Add(Mix(P2, w.Length > 2 ? w.AsSpan(0, 2) : w));
        into.Add(Mix(P4, w.Length > 4 ? w.AsSpan(0, 4) : w));
        into.Add(Mix(X4, w.Length > 4 ? w.AsSpan(w.Length - 4) : w));
        into.Add(Mix(LBefore2, i > 1 ? lex[i - 2] : "<s>"));
        into.Add(Mix(LAfter2, i + 2 < n ? lex[i + 2] : "</s>"));
        into.Add(Mix(Mix(Mix(PairBefore, before), "|"), w));
        into.Add(Mix(Mix(Mix(PairAfter, w), "|"), after));
        into.Add(Mix(Mix(Mix(Mix(Mix(ShapeWindow, shapeBefore), "|"), shape[i]), "|"), shapeAfter));
        into.Add(Mix(Capital, position));
        into.Add(Mix(WordBefore, before));
        into.Add(Mix(WordAfter, after));
        into.Add(Mix(ShapeBefore, shapeBefore));
        into.Add(Mix(ShapeAfter, shapeAfter));
        into.Add(Mix(WordBefore2, i > 1 ? lower[i - 2] : "<s>"));
        into.Add(Mix(WordAfter2, i + 2 < n ? lower[i + 2] : "</s>"));
        into.Add(Mix(Mix(Mix(CaseHere, casing[i]), "|"), position));
        into.Add(Mix(CaseBefore, i > 0 ? casing[i - 1] : "<s>"));
        into.Add(Mix(CaseAfter, i + 1 < n ? casing[i + 1] : "</s>"));
        into.Add(Mix(ShapeBefore2, i > 1 ? shape[i - 2] : "<s>"));
        into.Add(Mix(ShapeAfter2, i + 2 < n ? shape[i + 2] : "</s>"));
        if (sentence.Clusters is NerWordClusters[] clusters)
        {
            NerWordClusters c = clusters[i];
            into.Add(Mix(Cluster1, c.Coarse));
            into.Add(Mix(Cluster2, c.Middle));
            into.Add(Mix(Cluster3, c.Fine));
            into.Add(Mix(Cluster2Before, i > 0 ? clusters[i - 1].Middle : -2));
            into.Add(Mix(Cluster2After, i + 1 < n ? clusters[i + 1].Middle : -2));
        }
    }

    /// <summary>
    /// The features of the previous two labels, or their hash prefixes where the word, shape or
    /// lexicon class follows: they depend on the labels alone, so a model computes them once per
    /// label pair instead of hashing label names at every token.
    /// </summary>
    internal readonly record struct LabelContext(ulong Label, ulong Labels2, ulong LabelWord, ulong LabelShape, ulong LabelLex)
    {
        /// <summary>The context of every label pair, at (previous + 1) × (labels + 1) + previous2 + 1 (index 0: the sentence start).</summary>
        public static LabelContext[] Table(IReadOnlyList<string> labels)
        {
            var table = new LabelContext[(labels.Count + 1) * (labels.Count + 1)];
            for (int p = -1; p < labels.Count; p++)
            {
                for (int p2 = -1; p2 < labels.Count; p2++)
                    table[(p + 1) * (labels.Count + 1) + p2 + 1] = Of(p < 0 ? "<s>" : labels[p], p2 < 0 ? "<s>" : labels[p2]);
            }
            return table;
        }

        public static LabelContext Of(string previous, string previous2) => new(
            Mix(NerFeatures.Label1, previous), Mix(Mix(Mix(NerFeatures.Labels2, previous2), "|"), previous),
            Mix(Mix(NerFeatures.LabelWord, previous), "|"), Mix(Mix(NerFeatures.LabelShape, previous), "|"), Mix(Mix(NerFeatures.LabelLex, previous), "|"));
    }

    /// <summary>"Baghdad" → "Xx", "AK-47" → "X-d", "al-Qaeda" → "x-Xx": character classes, runs collapsed.</summary>
    public static string Shape(string word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 12)];
        int n = 0;
        char last = '\0';
        foreach (char c in word)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last) continue;
            if (n == buffer.Length) break;
            buffer[n++] = k;
            last = k;
        }
        return new string(buffer[..n]);
    }

    // FNV-1a over "name=value", built up piece by piece so that no string is allocated: stable
    // across runs and platforms, unlike string.GetHashCode, and equal to hashing the joined string.
    private static ulong Start(string name) => Mix(Mix(14695981039346656037UL, name), "=");

    // A class id (−1: no class, −2: beyond the sentence) as one more character of the hash.
    private static ulong Mix(ulong hash, int value) => (hash ^ (uint)(value + 3)) * 1099511628211UL;

    private static ulong Mix(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (char c in value) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
