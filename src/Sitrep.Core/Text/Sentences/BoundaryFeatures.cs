using Sitrep.Documents;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Text.Sentences;

/// <summary>
/// The features of one candidate boundary (after token i): the hand-written rule's vote, the two
/// words either side with their shapes, the gap between them, and how far the candidate sits
/// from the sentence start and the paragraph end. Web text ends sentences without punctuation
/// ("All: Please…", signatures, list items); these features let a classifier learn where.
/// </summary>
internal static class BoundaryFeatures
{
    public const int MaxFeatures = 40;

    public static int Extract(string text, IReadOnlyList<Span> tokens, int i, int sinceStart, int toEnd, bool rule, Span<ulong> features)
    {
        ReadOnlySpan<char> w0 = Word(text, tokens, i);
        ReadOnlySpan<char> w1 = Word(text, tokens, i + 1);
        ReadOnlySpan<char> wp = Word(text, tokens, i - 1);
        ReadOnlySpan<char> w2 = Word(text, tokens, i + 2);
        int vote = rule ? 1 : 0;
        int gap = Gap(text, tokens, i);
        ulong s0 = WordShape.Mix(FeatureHash.Start(0), w0), s1 = WordShape.Mix(FeatureHash.Start(0), w1);
        ulong sp = WordShape.Mix(FeatureHash.Start(0), wp), s2 = WordShape.Mix(FeatureHash.Start(0), w2);
        int since = Bucket(sinceStart), left = Bucket(toEnd);
        int n = 0;
        features[n++] = FeatureHash.Start(1);
        features[n++] = FeatureHash.Mix(FeatureHash.Start(2), vote);
        features[n++] = FeatureHash.MixLower(FeatureHash.Start(3), w0);
        features[n++] = FeatureHash.MixLower(FeatureHash.Start(4), w1);
        features[n++] = FeatureHash.MixLower(FeatureHash.Start(5), wp);
        features[n++] = FeatureHash.MixLower(FeatureHash.Start(6), w2);
        features[n++] = FeatureHash.Mix(FeatureHash.Start(7), (uint)s0);
        features[n++] = FeatureHash.Mix(FeatureHash.Start(8), (uint)s1);
        features[n++] = FeatureHash.Mix(FeatureHash.Start(9), (uint)sp);
        features[n++] = FeatureHash.Mix(FeatureHash.Start(10), (uint)s2);
        features[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(11), gap), vote);
        features[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(12), gap), (uint)s0), (uint)s1);
        features[n++] = FeatureHash.MixLower(FeatureHash.MixLower(FeatureHash.Start(13), w0), w1);
        features[n++] = FeatureHash.Mix(FeatureHash.MixLower(FeatureHash.Start(14), w0), (uint)s1);
        features[n++] = FeatureHash.MixLower(FeatureHash.Mix(FeatureHash.Start(15), (uint)s0), w1);
        features[n++] = FeatureHash.Mix(FeatureHash.Start(16), since);
        features[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(17), since), vote);
        features[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(18), (uint)s1), vote);
        features[n++] = FeatureHash.MixLower(FeatureHash.MixLower(FeatureHash.Start(19), wp), w0);
        features[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(20), (uint)sp), (uint)s0), (uint)s1);
        features[n++] = FeatureHash.Mix(FeatureHash.MixLower(FeatureHash.Start(21), w1), (uint)s2);
        features[n++] = FeatureHash.Mix(FeatureHash.Start(22), left);
        features[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(23), left), vote);
        features[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(24), since), (uint)s1);
        features[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(25), vote), (uint)s0), w1.IsEmpty ? 0 : w1[0]);
        features[n++] = FeatureHash.Mix(FeatureHash.MixLower(FeatureHash.Start(26), w0), vote);
        features[n++] = FeatureHash.Mix(FeatureHash.MixLower(FeatureHash.Start(27), w1), vote);
        features[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.MixLower(FeatureHash.Start(28), w0), since), (uint)sp);
        features[n++] = FeatureHash.MixLower(FeatureHash.MixLower(FeatureHash.Start(29), w1), w2);
        features[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(30), w0.IsEmpty ? 0 : w0[^1]), w1.IsEmpty ? 0 : w1[0]);
        features[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(31), since), left), vote);
        return n;
    }

    private static ReadOnlySpan<char> Word(string text, IReadOnlyList<Span> tokens, int i)
    {
        if (i < 0) return "<s>";
        if (i >= tokens.Count) return "</s>";
        Span span = tokens[i];
        return text.AsSpan(span.Start, Math.Min(span.Length, 24));
    }

    /// <summary>0: the tokens touch; 1: spaces; 2: a line break.</summary>
    private static int Gap(string text, IReadOnlyList<Span> tokens, int i)
    {
        if (i + 1 >= tokens.Count) return 2;
        ReadOnlySpan<char> gap = text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End);
        return gap.IsEmpty ? 0 : gap.Contains('\n') ? 2 : 1;
    }

    private static int Bucket(int count) => count switch
    {
        <= 3 => count,
        <= 5 => 4,
        <= 10 => 5,
        <= 20 => 6,
        <= 40 => 7,
        _ => 8,
    };
}
