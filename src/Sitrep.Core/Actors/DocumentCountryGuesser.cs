namespace Sitrep.Actors;

/// <summary>
/// Guesses which country a document is about from the country names, demonyms and places it
/// mentions: the most mentioned wins, the earliest breaks ties, and the title counts double.
/// A stand-in until the geo stage can say where the events are.
/// </summary>
internal static class DocumentCountryGuesser
{
    public static string? Guess(ActorDictionary dictionary, string text, IReadOnlyList<WordToken> tokens, string? title)
    {
        var score = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(title)) Count(dictionary, title, ActorTokenizer.Tokenize(title), 2, -1, score, first);
        Count(dictionary, text, tokens, 1, 0, score, first);
        string? best = null;
        foreach ((string iso, int value) in score)
        {
            if (best is null || value > score[best] || value == score[best] && first[iso] < first[best]) best = iso;
        }
        return best;
    }

    private static void Count(ActorDictionary dictionary, string text, IReadOnlyList<WordToken> tokens, int weight, int order,
        Dictionary<string, int> score, Dictionary<string, int> first)
    {
        for (int i = 0; i < tokens.Count;)
        {
            PhraseMatch<CountryWord>? hit = CountryMatch.At(dictionary, text, tokens, i, includePlaces: true);
            if (hit is not PhraseMatch<CountryWord> match) { i++; continue; }
            string iso = match.Value.Iso3;
            score[iso] = score.GetValueOrDefault(iso) + weight;
            first.TryAdd(iso, order < 0 ? -1 : i);
            i += match.Length;
        }
    }
}

/// <summary>The longest country word at a position that passes the case rule.</summary>
internal static class CountryMatch
{
    public static PhraseMatch<CountryWord>? At(ActorDictionary dictionary, string text, IReadOnlyList<WordToken> tokens, int start, bool includePlaces)
    {
        // Country words are proper nouns: "turkey" and "chad" in lower case are something else.
        if (!char.IsUpper(text[tokens[start].Start])) return null;
        foreach (PhraseMatch<CountryWord> match in dictionary.CountryTrie.MatchesAt(text, tokens, start))
        {
            if (!includePlaces && match.Value.Kind == CountryWordKind.Place) continue;
            if (CaseRule.Accepts(match.Value.Exact, tokens, start)) return match;
        }
        return null;
    }
}
