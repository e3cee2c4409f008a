namespace Sitrep.Entities;

/// <summary>
/// The features of one token for the tagger: the word, its shape, affixes, its neighbours and the
/// previous label. Features are strings, hashed to 64-bit keys so the model stays a flat table.
/// </summary>
internal static class NerFeatures
{
    public static void Extract(NerSentence sentence, int i, string previousLabel, string previous2Label, List<ulong> into)
    {
        into.Clear();
        string[] lower = sentence.Lower, shape = sentence.Shape, lex = sentence.Lex;
        int n = lower.Length;
        string here = lex[i];
        Add(into, "L", here);
        Add(into, "Lc", here + (char.IsUpper(sentence.Words[i][0]) ? "C" : "l"));
        Add(into, "L-1", i > 0 ? lex[i - 1] : "<s>");
        Add(into, "L+1", i + 1 < n ? lex[i + 1] : "</s>");
        string w = lower[i];
        Add(into, "b", "");
        Add(into, "w", w);
        Add(into, "s", shape[i]);
        Add(into, "p3", w.Length > 3 ? w[..3] : w);
        Add(into, "x3", w.Length > 3 ? w[^3..] : w);
        Add(into, "x2", w.Length > 2 ? w[^2..] : w);
        Add(into, "c", char.IsUpper(sentence.Words[i][0]) ? (i == 0 ? "first" : "cap") : "low");
        Add(into, "w-1", i > 0 ? lower[i - 1] : "<s>");
        Add(into, "w+1", i + 1 < n ? lower[i + 1] : "</s>");
        Add(into, "s-1", i > 0 ? shape[i - 1] : "<s>");
        Add(into, "s+1", i + 1 < n ? shape[i + 1] : "</s>");
        Add(into, "w-2", i > 1 ? lower[i - 2] : "<s>");
        Add(into, "w+2", i + 2 < n ? lower[i + 2] : "</s>");
        Add(into, "t-1", previousLabel);
        Add(into, "t-2t-1", previous2Label + "|" + previousLabel);
        Add(into, "t-1w", previousLabel + "|" + w);
        Add(into, "t-1s", previousLabel + "|" + shape[i]);
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

    private static void Add(List<ulong> into, string name, string value)
    {
        // FNV-1a over "name=value": stable across runs and platforms, unlike string.GetHashCode.
        ulong hash = 14695981039346656037UL;
        foreach (char c in name) hash = (hash ^ c) * 1099511628211UL;
        hash = (hash ^ '=') * 1099511628211UL;
        foreach (char c in value) hash = (hash ^ c) * 1099511628211UL;
        into.Add(hash);
    }
}
