namespace Sitrep.Entities;

/// <summary>
/// The features of one token for the tagger: the word, its shape, affixes, its neighbours and the
/// previous label. Features are strings, hashed to 64-bit keys so the model stays a flat table.
/// </summary>
internal static class NerFeatures
{
    public static void Extract(IReadOnlyList<string> words, int i, string previousLabel, string previous2Label, List<ulong> into)
    {
        into.Clear();
        string w = words[i];
        string lower = w.ToLowerInvariant();
        Add(into, "b", "");
        Add(into, "w", lower);
        Add(into, "s", Shape(w));
        Add(into, "p3", lower.Length > 3 ? lower[..3] : lower);
        Add(into, "x3", lower.Length > 3 ? lower[^3..] : lower);
        Add(into, "x2", lower.Length > 2 ? lower[^2..] : lower);
        Add(into, "c", char.IsUpper(w[0]) ? (i == 0 ? "first" : "cap") : "low");
        Add(into, "w-1", i > 0 ? words[i - 1].ToLowerInvariant() : "<s>");
        Add(into, "w+1", i + 1 < words.Count ? words[i + 1].ToLowerInvariant() : "</s>");
        Add(into, "s-1", i > 0 ? Shape(words[i - 1]) : "<s>");
        Add(into, "s+1", i + 1 < words.Count ? Shape(words[i + 1]) : "</s>");
        Add(into, "w-2", i > 1 ? words[i - 2].ToLowerInvariant() : "<s>");
        Add(into, "w+2", i + 2 < words.Count ? words[i + 2].ToLowerInvariant() : "</s>");
        Add(into, "t-1", previousLabel);
        Add(into, "t-2t-1", previous2Label + "|" + previousLabel);
        Add(into, "t-1w", previousLabel + "|" + lower);
        Add(into, "t-1s", previousLabel + "|" + Shape(w));
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
