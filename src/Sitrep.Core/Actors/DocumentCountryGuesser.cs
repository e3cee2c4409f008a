namespace Sitrep.Actors;

/// <summary>
/// Guesses which country a document is about from the country names, demonyms and places it
/// mentions: the most mentioned wins, the earliest breaks ties, and the title counts double.
/// A demonym counts half a name or place: it often gives a foreign actor's nationality ("Russian
/// mercenaries", "French troops") where a country or town name says where things happen.
/// A stand-in until the geo stage can say where the events are.
/// </summary>
internal static class DocumentCountryGuesser
{
    /// <remarks><paramref name="flags"/> are the words' <see cref="ActorDictionary.FlagsOf"/>: only words that can start a country word are tried.</remarks>
    public static string? Guess(ActorDictionary dictionary, string text, IReadOnlyList<WordToken> tokens, WordFlags[] flags, string? title)
    {
        var score = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var buffer = new List<PhraseMatch<CountryWord>>(4);
        if (!string.IsNullOrEmpty(title))
        {
            List<WordToken> titleTokens = ActorTokenizer.Tokenize(title);
            Count(dictionary, title, titleTokens, dictionary.FlagsOf(titleTokens), 2, -1, score, first, buffer);
        }
        Count(dictionary, text, tokens, flags, 1, 0, score, first, buffer);
        string? best = null;
        foreach ((string iso, int value) in score)
        {
            if (best is null || value > score[best] || value == score[best] && first[iso] < first[best]) best = iso;
        }
        return best;
    }

    private static void Count(ActorDictionary dictionary, string text, IReadOnlyList<WordToken> tokens, WordFlags[] flags, int weight, int order,
        Dictionary<string, int> score, Dictionary<string, int> first, List<PhraseMatch<CountryWord>> buffer)
    {
        for (int i = 0; i < tokens.Count;)
        {
            PhraseMatch<CountryWord>? hit = (flags[i] & WordFlags.CountryStart) == 0 ? null
                : CountryMatch.At(dictionary, text, tokens, i, includePlaces: true, buffer);
            if (hit is not PhraseMatch<CountryWord> match) { i++; continue; }
            string iso = match.Value.Iso3;
            score[iso] = score.GetValueOrDefault(iso) + (match.Value.Kind == CountryWordKind.Demonym ? weight : 2 * weight);
            first.TryAdd(iso, order < 0 ? -1 : i);
            i += match.Length;
        }
    }
}

/// <summary>The longest country word at a position that passes the case rule.</summary>
internal static class CountryMatch
{
    /// <remarks><paramref name="buffer"/> is scratch space the caller reuses across calls.</remarks>
    public static PhraseMatch<CountryWord>? At(ActorDictionary dictionary, string text, IReadOnlyList<WordToken> tokens, int start, bool includePlaces,
        List<PhraseMatch<CountryWord>> buffer)
    {
        // Country words are proper nouns: "turkey" and "chad" in lower case are something else.
        if (!char.IsUpper(text[tokens[start].Start])) return null;
        dictionary.CountryTrie.MatchesAt(text, tokens, start, buffer);
        foreach (PhraseMatch<CountryWord> match in buffer)
        {
            if (!includePlaces && match.Value.Kind == CountryWordKind.Place) continue;
            if (CaseRule.Accepts(match.Value.Exact, tokens, start)) return match;
        }
        return null;
    }
}
