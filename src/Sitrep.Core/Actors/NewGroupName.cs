namespace Sitrep.Actors;

/// <summary>
/// Finds names of armed groups the dictionary lacks: two or more capitalised words (lower-case
/// connectors such as "of" or "al" allowed inside) ending in a group noun ("Macina Liberation
/// Front", "Zamfara Defence Brigade"). Such a name becomes an actor marked known=false rather than
/// being dropped.
/// </summary>
internal static class NewGroupName
{
    private const int MaxWords = 9;

    /// <summary>The end word index of a new group name starting at <paramref name="start"/>, or 0.</summary>
    /// <remarks><paramref name="flags"/> are the words' <see cref="ActorDictionary.FlagsOf"/>, so each word is looked up once per text.</remarks>
    public static int At(string text, IReadOnlyList<WordToken> tokens, WordFlags[] flags, int start)
    {
        if (!Capitalised(text, tokens[start]) || (flags[start] & WordFlags.NameConnector) != 0) return 0;
        int lastHead = -1;
        for (int i = start; i < tokens.Count && i - start < MaxWords; i++)
        {
            if (i > start && !ActorTokenizer.Adjacent(text, tokens[i - 1], tokens[i])) break;
            bool capitalised = Capitalised(text, tokens[i]);
            if (!capitalised && !(i > start && (flags[i] & WordFlags.NameConnector) != 0)) break;
            if ((flags[i] & WordFlags.NonGroup) != 0) return 0;
            if (capitalised && i > start && (flags[i] & WordFlags.GroupHead) != 0) lastHead = i;
        }
        return lastHead > start ? lastHead + 1 : 0;
    }

    /// <summary>A parenthesised acronym right after a name: "Macina Liberation Front (FLM)"; returns its word index or -1.</summary>
    public static int AcronymAfter(string text, IReadOnlyList<WordToken> tokens, int end)
    {
        if (end >= tokens.Count) return -1;
        WordToken word = tokens[end];
        if (text.AsSpan(tokens[end - 1].End, word.Start - tokens[end - 1].End).Trim().ToString() != "(") return -1;
        if (word.End >= text.Length || text[word.End] != ')' || word.Exact.Length is < 2 or > 10) return -1;
        foreach (char c in word.Exact)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c)) return -1;
        }
        return end;
    }

    private static bool Capitalised(string text, WordToken word) => char.IsUpper(text[word.Start]);
}
