namespace Sitrep.Entities;

/// <summary>
/// A sentence prepared once for feature extraction: words, lower-cased forms, shapes, lexicon and
/// casing classes, and word clusters (null for a model without them; −1 for a word without one).
/// </summary>
internal sealed record NerSentence(IReadOnlyList<string> Words, string[] Lower, string[] Shape, string[] Lex, string[] Casing, NerWordClusters[]? Clusters)
{
    private static readonly NerWordClusters NoCluster = new(-1, -1, -1);

    public static NerSentence Create(IReadOnlyList<string> words, IReadOnlyDictionary<string, string> lexicon, IReadOnlyDictionary<string, string> casing) =>
        Create(words, lexicon, casing, null);

    public static NerSentence Create(IReadOnlyList<string> words, IReadOnlyDictionary<string, string> lexicon, IReadOnlyDictionary<string, string> casing,
        IReadOnlyDictionary<string, NerWordClusters>? clusters)
    {
        NerWordClusters[]? clustered = clusters is null || clusters.Count == 0 ? null : new NerWordClusters[words.Count];
        var lower = new string[words.Count];
        var shape = new string[words.Count];
        var lex = new string[words.Count];
        var cased = new string[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            lower[i] = words[i].ToLowerInvariant();
            shape[i] = NerFeatures.Shape(words[i]);
            lex[i] = lexicon.GetValueOrDefault(lower[i], "-");
            cased[i] = casing.GetValueOrDefault(lower[i], "-");
            if (clustered is not null) clustered[i] = clusters!.GetValueOrDefault(lower[i], NoCluster);
        }
        return new NerSentence(words, lower, shape, lex, cased, clustered);
    }
}
