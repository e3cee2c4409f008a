namespace Sitrep.Entities;

/// <summary>
/// The features of one token for the tagger: the word, its shape, affixes, lexicon classes, its
/// neighbours (single words and word pairs) and the previous two labels. Features are strings, hashed to 64-bit keys so the model stays a flat table.
/// </summary>
internal static class NerFeatures
{
    public static void Extract(NerSentence sentence, int i, string previousLabel, string previous2Label, List<ulong> into)
    {
        into.Clear();
        string[] lower = sentence.Lower, shape = sentence.Shape, lex = sentence.Lex;
        int n = lower.Length;
        string here = lex[i];
        string w = lower[i];
        string before = i > 0 ? lower[i - 1] : "<s>", after = i + 1 < n ? lower[i + 1] : "</s>";
        string shapeBefore = i > 0 ? shape[i - 1] : "<s>", shapeAfter = i + 1 < n ? shape[i + 1] : "</s>";
        bool capital = char.IsUpper(sentence.Words[i][0]);
        Add(into, "L", here);
        into.Add(Mix(Mix(Start("Lc"), here), capital ? "C" : "l"));
        Add(into, "L-1", i > 0 ? lex[i - 1] : "<s>");
        Add(into, "L+1", i + 1 < n ? lex[i + 1] : "</s>");
        Add(into, "b", "");
        Add(into, "w", w);
        Add(into, "s", shape[i]);
        Add(into, "p3", w.Length > 3 ? w.AsSpan(0, 3) : w);
        Add(into, "x3", w.Length > 3 ? w.AsSpan(w.Length - 3) : w);
        Add(into, "x2", w.Length > 2 ? w.AsSpan(w.Length - 2) : w);
        Add(into, "p2", w.Length > 2 ? w.AsSpan(0, 2) : w);
        Add(into, "p4", w.Length > 4 ? w.AsSpan(0, 4) : w);
        Add(into, "x4", w.Length > 4 ? w.AsSpan(w.Length - 4) : w);
        Add(into, "L-2", i > 1 ? lex[i - 2] : "<s>");
        Add(into, "L+2", i + 2 < n ? lex[i + 2] : "</s>");
        into.Add(Mix(Mix(Mix(Start("w-1w"), before), "|"), w));
        into.Add(Mix(Mix(Mix(Start("ww+1"), w), "|"), after));
        into.Add(Mix(Mix(Mix(Mix(Mix(Start("s-1ss+1"), shapeBefore), "|"), shape[i]), "|"), shapeAfter));
        Add(into, "c", capital ? (i == 0 ? "first" : "cap") : "low");
        Add(into, "w-1", before);
        Add(into, "w+1", after);
        Add(into, "s-1", shapeBefore);
        Add(into, "s+1", shapeAfter);
        Add(into, "w-2", i > 1 ? lower[i - 2] : "<s>");
        Add(into, "w+2", i + 2 < n ? lower[i + 2] : "</s>");
        Add(into, "t-1", previousLabel);
        into.Add(Mix(Mix(Mix(Start("t-2t-1"), previous2Label), "|"), previousLabel));
        into.Add(Mix(Mix(Mix(Start("t-1w"), previousLabel), "|"), w));
        into.Add(Mix(Mix(Mix(Start("t-1s"), previousLabel), "|"), shape[i]));
        into.Add(Mix(Mix(Mix(Start("t-1L"), previousLabel), "|"), here));
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
    private static void Add(List<ulong> into, string name, ReadOnlySpan<char> value) => into.Add(Mix(Start(name), value));

    private static ulong Start(string name) => Mix(Mix(14695981039346656037UL, name), "=");

    private static ulong Mix(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (char c in value) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
