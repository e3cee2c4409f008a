namespace Sitrep.Actors;

/// <summary>
/// A dictionary phrase as stored in a trie: what it means, the form the data file wrote, and the
/// exact (case-sensitive) words when the phrase is an acronym such as "JNIM" or "IS", which must
/// not match the ordinary word "is".
/// </summary>
internal sealed record AliasEntry(Actor Actor, string Alias, string[]? Exact)
{
    /// <summary>The condition under which this alias means <see cref="Actor"/>, if it has one.</summary>
    public AliasRule? Rule { get; init; }

    /// <summary>What the alias means when <see cref="Rule"/> fails; null: nothing.</summary>
    public Actor? Instead { get; init; }
}

/// <summary>What a word can begin, so the matcher looks a word up once instead of once per trie.</summary>
[Flags]
internal enum WordFlags
{
    None = 0,
    AliasStart = 1,
    CountryStart = 2,
    NounStart = 4,
    AnaphorStart = 8,
    Modifier = 16,
    GroupHead = 32,
    NameConnector = 64,
    NonGroup = 128,
}

internal enum CountryWordKind
{
    Name,
    Demonym,
    Place,
}

internal sealed record CountryWord(string Iso3, CountryWordKind Kind, string Form, string[]? Exact);

internal static class CaseRule
{
    /// <summary>
    /// Acronyms (letters, none lower-case) match only in the same case. A one-word name written
    /// capitalised ("Tanzim", "Organization") matches only a capitalised word: in lower case it is
    /// the ordinary noun ("a local lobby organization"). Other phrases ignore case.
    /// </summary>
    public static string[]? ExactWords(string phrase)
    {
        bool anyLetter = false, anyLower = false;
        foreach (char c in phrase)
        {
            if (char.IsLower(c)) anyLower = true;
            if (char.IsLetter(c)) anyLetter = true;
        }
        if (!anyLetter) return null;
        string[] words = [.. ActorTokenizer.Tokenize(phrase).Select(t => t.Exact)];
        if (!anyLower) return words;
        return words.Length == 1 && char.IsUpper(words[0][0]) ? words : null;
    }

    public static bool Accepts(string[]? exact, IReadOnlyList<WordToken> tokens, int start)
    {
        if (exact is null) return true;
        for (int i = 0; i < exact.Length; i++)
        {
            string word = tokens[start + i].Exact;
            bool ok = HasLower(exact[i]) ? word.Length > 0 && char.IsUpper(word[0]) : string.Equals(word, exact[i], StringComparison.Ordinal);
            if (!ok) return false;
        }
        return true;
    }

    private static bool HasLower(string word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c)) return true;
        }
        return false;
    }
}
