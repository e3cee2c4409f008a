using Sitrep.Documents;
using Sitrep.Syntax.Models;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// The tagger's feature templates: the word, its affixes and shape, its neighbours, the two
/// previous tags, and a look-ahead at the next words' commonest classes and ambiguity classes.
/// </summary>
internal static class TaggerFeatures
{
    public const int MaxFeatures = 40;
    private const int Boundary = -1;
    private const int EndOfSentence = -2;

    /// <summary>
    /// Writes the features of token <paramref name="i"/>. <paramref name="lower"/> is the sentence's
    /// text lower-cased once, from offset <paramref name="origin"/> of <paramref name="text"/> (hashing
    /// it exactly equals hashing the original with <see cref="FeatureHash.MixLower"/>, at a fraction
    /// of the cost). <paramref name="known"/> holds each token's commonest class in the lexicon (-1
    /// when unlisted), <paramref name="ambiguity"/> a hash of its ambiguity class (0 when unlisted).
    /// </summary>
    public static int Extract(string text, ReadOnlySpan<char> lower, int origin, ReadOnlySpan<Span> tokens, int i, int previous1, int previous2, Span<ulong> output, ReadOnlySpan<int> known, ReadOnlySpan<ulong> ambiguity)
    {
        int n = ExtractWord(Word(text, tokens, i), Lower(lower, origin, tokens, i), output);
        return n + ExtractContext(text, lower, origin, tokens, i, previous1, previous2, output[n..], known, ambiguity);
    }

    /// <summary>The number of features <see cref="ExtractWord"/> writes: those of the word alone, which come first.</summary>
    public const int WordFeatures = 9;

    /// <summary>Writes the features that depend on the word alone (<paramref name="lw"/> is it lower-cased): the first <see cref="WordFeatures"/> of <see cref="Extract"/>.</summary>
    public static int ExtractWord(ReadOnlySpan<char> word, ReadOnlySpan<char> lw, Span<ulong> output)
    {
        int n = 0;
        output[n++] = FeatureHash.Start(0);
        output[n++] = FeatureHash.MixExact(FeatureHash.Start(1), lw);
        for (int k = 1; k <= 4; k++)
            output[n++] = FeatureHash.MixExact(FeatureHash.Start(1 + k), lw[Math.Max(0, word.Length - k)..]);
        output[n++] = FeatureHash.MixExact(FeatureHash.Start(6), lw[..Math.Min(1, word.Length)]);
        output[n++] = FeatureHash.MixExact(FeatureHash.Start(7), lw[..Math.Min(3, word.Length)]);
        output[n++] = WordShape.Mix(FeatureHash.Start(8), word);
        return n;
    }

    /// <summary>Writes the rest of <see cref="Extract"/>'s features, those that look at the context, from the start of <paramref name="output"/>.</summary>
    public static int ExtractContext(string text, ReadOnlySpan<char> lower, int origin, ReadOnlySpan<Span> tokens, int i, int previous1, int previous2, Span<ulong> output, ReadOnlySpan<int> known, ReadOnlySpan<ulong> ambiguity)
    {
        ReadOnlySpan<char> word = Word(text, tokens, i);
        ReadOnlySpan<char> lw = Lower(lower, origin, tokens, i);
        int n = 0;
        output[n++] = FeatureHash.Mix(FeatureHash.Start(9), previous1);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(10), previous1), previous2);
        output[n++] = FeatureHash.MixExact(FeatureHash.Mix(FeatureHash.Start(11), previous1), lw);
        output[n++] = Neighbour(12, lower, origin, tokens, i - 1);
        output[n++] = Neighbour(13, lower, origin, tokens, i - 2);
        output[n++] = Neighbour(14, lower, origin, tokens, i + 1);
        output[n++] = Neighbour(15, lower, origin, tokens, i + 2);
        output[n++] = Suffix3(16, lower, origin, tokens, i - 1);
        output[n++] = Suffix3(17, lower, origin, tokens, i + 1);
        output[n++] = FeatureHash.MixExact(FeatureHash.Start(18), word);
        output[n++] = FeatureHash.MixExact(Neighbour(19, lower, origin, tokens, i + 1), lw);
        output[n++] = FeatureHash.MixExact(Neighbour(20, lower, origin, tokens, i - 1), lw);
        output[n++] = i + 1 < tokens.Length ? WordShape.Mix(FeatureHash.Start(21), Word(text, tokens, i + 1)) : FeatureHash.Mix(FeatureHash.Start(21), Boundary);
        output[n++] = WordShape.Mix(FeatureHash.Mix(FeatureHash.Start(22), i == 0 ? 1 : 0), word);
        output[n++] = FeatureHash.MixExact(FeatureHash.Mix(FeatureHash.Start(23), previous1), lw[Math.Max(0, word.Length - 3)..]);
        int next1 = i + 1 < tokens.Length ? known[i + 1] : EndOfSentence, next2 = i + 2 < tokens.Length ? known[i + 2] : EndOfSentence;
        output[n++] = FeatureHash.Mix(FeatureHash.Start(24), next1);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(25), next1), next2);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(26), previous1), next1);
        output[n++] = FeatureHash.MixExact(FeatureHash.Mix(FeatureHash.Start(27), next1), lw);
        output[n++] = FeatureHash.MixExact(FeatureHash.Start(28), lw[Math.Max(0, word.Length - 5)..]);
        output[n++] = FeatureHash.MixExact(FeatureHash.Start(29), lw[..Math.Min(2, word.Length)]);
        output[n++] = FeatureHash.MixExact(Neighbour(30, lower, origin, tokens, i + 1), lw[Math.Max(0, word.Length - 2)..]);
        ulong nextAmbiguity = i + 1 < tokens.Length ? ambiguity[i + 1] : 1;
        output[n++] = Wide(FeatureHash.Start(31), ambiguity[i]);
        output[n++] = FeatureHash.Mix(Wide(FeatureHash.Start(32), ambiguity[i]), previous1);
        output[n++] = Wide(Wide(FeatureHash.Start(33), ambiguity[i]), nextAmbiguity);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(Wide(FeatureHash.Start(34), ambiguity[i]), previous1), next1);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(35), previous2), next1);
        output[n++] = FeatureHash.MixExact(FeatureHash.Mix(FeatureHash.Start(36), previous2), lw);
        return n;
    }

    private static ulong Wide(ulong hash, ulong value) => FeatureHash.Mix(FeatureHash.Mix(hash, (uint)value), (uint)(value >> 32));

    public static ReadOnlySpan<char> Word(string text, ReadOnlySpan<Span> tokens, int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> lower, int origin, ReadOnlySpan<Span> tokens, int i) => lower.Slice(tokens[i].Start - origin, tokens[i].Length);

    private static ulong Neighbour(int template, ReadOnlySpan<char> lower, int origin, ReadOnlySpan<Span> tokens, int j) =>
        j < 0 || j >= tokens.Length
            ? FeatureHash.Mix(FeatureHash.Start(template), j < 0 ? Boundary : Boundary - 1)
            : FeatureHash.MixExact(FeatureHash.Start(template), Lower(lower, origin, tokens, j));

    private static ulong Suffix3(int template, ReadOnlySpan<char> lower, int origin, ReadOnlySpan<Span> tokens, int j)
    {
        if (j < 0 || j >= tokens.Length) return FeatureHash.Mix(FeatureHash.Start(template), j < 0 ? Boundary : Boundary - 1);
        ReadOnlySpan<char> w = Lower(lower, origin, tokens, j);
        return FeatureHash.MixExact(FeatureHash.Start(template), w[Math.Max(0, w.Length - 3)..]);
    }
}
