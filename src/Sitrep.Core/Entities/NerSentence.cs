namespace Sitrep.Entities;

/// <summary>A sentence prepared once for feature extraction: words, lower-cased forms, shapes, lexicon and casing classes.</summary>
internal sealed record NerSentence(IReadOnlyList<string> Words, string[] Lower, string[] Shape, string[] Lex, string[] Casing)
{
    public static NerSentence Create(IReadOnlyList<string> words, IReadOnlyDictionary<string, string> lexicon, IReadOnlyDictionary<string, string> casing)
    {
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
        }
        return new NerSentence(words, lower, shape, lex, cased);
    }
}
