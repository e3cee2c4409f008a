namespace Sitrep.Syntax.Tagging;

/// <summary>Word shape ("Xxxx", "dd.d", "X-xx") folded straight into a feature hash, at most five symbols long.</summary>
internal static class WordShape
{
    public static ulong Mix(ulong hash, ReadOnlySpan<char> word)
    {
        char last = '\0';
        int written = 0;
        foreach (char c in word)
        {
            char symbol = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            if (symbol == last) continue;
            hash = Models.FeatureHash.Mix(hash, symbol);
            last = symbol;
            if (++written == 5) break;
        }
        return Models.FeatureHash.Mix(hash, word.Length > 3 ? 4 : word.Length);
    }
}
