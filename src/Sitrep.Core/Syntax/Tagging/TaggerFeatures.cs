using Sitrep.Documents;
using Sitrep.Syntax.Models;

namespace Sitrep.Syntax.Tagging;

/// <summary>The tagger's feature templates: the word, its affixes and shape, its neighbours and the two previous tags.</summary>
internal static class TaggerFeatures
{
    public const int MaxFeatures = 32;
    private const int Boundary = -1;

    /// <summary>Writes the features of token <paramref name="i"/>; <paramref name="known"/> holds each token's tag-dictionary class, or -1.</summary>
    public static int Extract(string text, ReadOnlySpan<Span> tokens, int i, int previous1, int previous2, Span<ulong> output, ReadOnlySpan<int> known)
    {
        ReadOnlySpan<char> word = Word(text, tokens, i);
        int n = 0;
        output[n++] = FeatureHash.Start(0);
        output[n++] = FeatureHash.MixLower(FeatureHash.Start(1), word);
        for (int k = 1; k <= 4; k++)
            output[n++] = FeatureHash.MixLower(FeatureHash.Start(1 + k), word[Math.Max(0, word.Length - k)..]);
        output[n++] = FeatureHash.MixLower(FeatureHash.Start(6), word[..Math.Min(1, word.Length)]);
        output[n++] = FeatureHash.MixLower(FeatureHash.Start(7), word[..Math.Min(3, word.Length)]);
        output[n++] = WordShape.Mix(FeatureHash.Start(8), word);
        output[n++] = FeatureHash.Mix(FeatureHash.Start(9), previous1);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(10), previous1), previous2);
        output[n++] = FeatureHash.MixLower(FeatureHash.Mix(FeatureHash.Start(11), previous1), word);
        output[n++] = Neighbour(12, text, tokens, i - 1);
        output[n++] = Neighbour(13, text, tokens, i - 2);
        output[n++] = Neighbour(14, text, tokens, i + 1);
        output[n++] = Neighbour(15, text, tokens, i + 2);
        output[n++] = Suffix3(16, text, tokens, i - 1);
        output[n++] = Suffix3(17, text, tokens, i + 1);
        output[n++] = FeatureHash.MixExact(FeatureHash.Start(18), word);
        output[n++] = FeatureHash.MixLower(Neighbour(19, text, tokens, i + 1), word);
        output[n++] = FeatureHash.MixLower(Neighbour(20, text, tokens, i - 1), word);
        output[n++] = i + 1 < tokens.Length ? WordShape.Mix(FeatureHash.Start(21), Word(text, tokens, i + 1)) : FeatureHash.Mix(FeatureHash.Start(21), Boundary);
        output[n++] = WordShape.Mix(FeatureHash.Mix(FeatureHash.Start(22), i == 0 ? 1 : 0), word);
        output[n++] = FeatureHash.MixLower(FeatureHash.Mix(FeatureHash.Start(23), previous1), word[Math.Max(0, word.Length - 3)..]);
        int next1 = i + 1 < tokens.Length ? known[i + 1] : -2, next2 = i + 2 < tokens.Length ? known[i + 2] : -2;
        output[n++] = FeatureHash.Mix(FeatureHash.Start(24), next1);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(25), next1), next2);
        output[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(26), previous1), next1);
        output[n++] = FeatureHash.MixLower(FeatureHash.Mix(FeatureHash.Start(27), next1), word);
        output[n++] = FeatureHash.MixLower(FeatureHash.Start(28), word[Math.Max(0, word.Length - 5)..]);
        output[n++] = FeatureHash.MixLower(FeatureHash.Start(29), word[..Math.Min(2, word.Length)]);
        output[n++] = FeatureHash.MixLower(Neighbour(30, text, tokens, i + 1), word[Math.Max(0, word.Length - 2)..]);
        return n;
    }

    public static ReadOnlySpan<char> Word(string text, ReadOnlySpan<Span> tokens, int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    private static ulong Neighbour(int template, string text, ReadOnlySpan<Span> tokens, int j) =>
        j < 0 || j >= tokens.Length
            ? FeatureHash.Mix(FeatureHash.Start(template), j < 0 ? Boundary : Boundary - 1)
            : FeatureHash.MixLower(FeatureHash.Start(template), Word(text, tokens, j));

    private static ulong Suffix3(int template, string text, ReadOnlySpan<Span> tokens, int j)
    {
        if (j < 0 || j >= tokens.Length) return FeatureHash.Mix(FeatureHash.Start(template), j < 0 ? Boundary : Boundary - 1);
        ReadOnlySpan<char> w = Word(text, tokens, j);
        return FeatureHash.MixLower(FeatureHash.Start(template), w[Math.Max(0, w.Length - 3)..]);
    }
}
