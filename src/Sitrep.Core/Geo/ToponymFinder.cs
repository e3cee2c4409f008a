using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>
/// Finds place names in raw text: runs of capitalised words (with connectors like "al", "de")
/// that the gazetteer knows, longest first, or unknown names after a strong cue ("the village of").
/// Skips titles + names (persons), names + organisation heads ("Mali Airlines"), "University of X",
/// demonyms and capitalised common words.
/// </summary>
internal sealed partial class ToponymFinder(Gazetteer gazetteer, ToponymLexicon lexicon, ToponymOptions options)
{
    public List<RawToponym> Find(string text, CancellationToken cancellationToken)
    {
        ImmutableArray<TextWord> words = TextWords.Scan(text);
        HashSet<string> surnames = Surnames(text, words);
        var found = new List<RawToponym>();
        // "Tacoma, Washington": a name that qualifies the one before it reads as the state, not the capital.
        int qualifierWord = -1;
        int i = 0;
        while (i < words.Length)
        {
            if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            TextWord word = words[i];
            if (!word.Capitalised)
            {
                i++;
                continue;
            }
            int runEnd = PossessiveNameEnd(text, words, i, RunEnd(text, words, i));
            if (IsPersonOrOrganisationContext(text, words, i))
            {
                i = runEnd + 1;
                continue;
            }
            int best = LongestKnown(text, words, i, runEnd, out string key, out int notPlaceEnd);
            // "North America", "Latin America": a listed phrase is not a place even where a word in it is ("America").
            if (notPlaceEnd > best)
            {
                i = notPlaceEnd + 1;
                continue;
            }
            CueReading cue = ToponymCues.Before(text, word.Start, lexicon);
            // "near the town of Hawija", "the village of Tyotkino": a cued name the gazetteer spells otherwise.
            if (best < 0 && cue.Cue is not null && KnownVariant(text, words, i, runEnd) is (int variantEnd, string variant)) (best, key) = (variantEnd, variant);
            if (best >= 0 && (NextIsOrgHead(text, words, best) || IsPrefixOfUnknownName(text, words, i, best, runEnd, key)))
            {
                i = runEnd + 1;
                continue;
            }
            if (best == i && runEnd == i + 1 && cue.Kind is null && IsPersonPair(text, words, i))
            {
                i = runEnd + 1;
                continue;
            }
            if (best >= 0 && (lexicon.IsNotPlace(key) || IsDemonym(text, words[i].Start, words[best].End, key) ||
                              best == i && runEnd == i && surnames.Contains(key) && IsMinor(key) ||
                              best == i && (IsMinor(key) && (IsSurname(text, words, i) || cue.Kind is null && runEnd == i + 1 && IsFirstName(text, words, i)) || IsAcronym(text, words[i], key)))) best = -1;
            int last = best;
            if (best < 0)
            {
                bool strongCue = cue.Kind == "near" || (cue.Cue?.EndsWith(" of", StringComparison.OrdinalIgnoreCase) ?? false);
                if (!strongCue && !FollowedByParenthetical(text, words[runEnd].End)) { i++; continue; }
                last = UnknownNameEnd(text, words, i, runEnd);
                key = NameNormalizer.Normalize(text.AsSpan(word.Start, words[last].End - word.Start));
                if (lexicon.IsNotPlace(key) || key.Length < 2) { i = runEnd + 1; continue; }
            }
            var span = new Span(word.Start, words[last].End);
            PlaceKind? preferred = cue.Kind switch { "admin1" => PlaceKind.Admin1, "admin2" => PlaceKind.Admin2, _ => i == qualifierWord ? PlaceKind.Admin1 : null };
            if (ToponymCues.After(text, span.End, lexicon) is SuffixReading suffix)
            {
                preferred = suffix.Suffix.Kind == "admin1" ? PlaceKind.Admin1 : PlaceKind.Admin2;
                span = new Span(span.Start, suffix.End);
            }
            var raw = new RawToponym(span, key, best >= 0) { Cue = cue, PreferredKind = preferred };
            int next = last + 1;
            Match paren = Parenthetical().Match(text, span.End);
            if (paren.Success && paren.Index == span.End)
            {
                raw = WithParenthetical(raw, paren.Groups[1].Value);
                int parenEnd = paren.Index + paren.Length;
                while (next < words.Length && words[next].Start < parenEnd) next++;
            }
            while (next < words.Length && words[next].Start < span.End) next++;
            RawToponym? abbreviation = null;
            if (raw.AdminContext.Count == 0 && raw.ContextCountry is null && QualifierAfter(text, words, raw.Key, span.End, next) is Qualifier q)
            {
                raw = raw with { AdminContext = q.Admin is null ? [] : [q.Admin], ContextCountry = q.CountryIso3 };
                abbreviation = q.Abbreviation;
                next = q.NextWord;
                if (q.Admin is string admin && abbreviation is null && gazetteer.Lookup(admin).Any(e => e.Kind == PlaceKind.Admin1 && NameNormalizer.NormalizesTo(e.Name, NameNormalizer.Normalize(admin))))
                    qualifierWord = next;
            }
            if (raw.ContextCountry is null && CountryBefore(text, span.Start) is string country) raw = raw with { ContextCountry = country };
            if (raw.AdminContext.Count == 0 && AdminAfter(text, span.End) is string area) raw = raw with { AdminContext = [area], AdminFromProse = true };
            found.Add(raw);
            if (abbreviation is not null) found.Add(abbreviation);
            i = next;
        }
        return found;
    }

    private RawToponym WithParenthetical(RawToponym raw, string inside)
    {
        var admins = new List<string>();
        string? country = null;
        foreach (string part in inside.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            GazetteerMatches matches = gazetteer.Lookup(part);
            if (matches.IsEmpty) continue;
            GazetteerEntry? asCountry = matches.FirstOrDefault(e => e.Kind == PlaceKind.Country);
            if (asCountry is not null) country ??= asCountry.CountryIso3;
            else admins.Add(part);
        }
        return raw with { AdminContext = admins, ContextCountry = country };
    }

    private bool FollowedByParenthetical(string text, int end)
    {
        Match paren = Parenthetical().Match(text, end);
        return paren.Success && paren.Index == end &&
               paren.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries).Any(p => p.Length > 0 && !gazetteer.Lookup(p).IsEmpty);
    }

    /// <summary>The last word of the capitalised run starting at <paramref name="start"/> (connectors allowed inside).</summary>
    private int RunEnd(string text, ImmutableArray<TextWord> words, int start)
    {
        int end = start;
        for (int j = start + 1; j < words.Length && j - start < options.MaxNameWords; j++)
        {
            if (!TextWords.Adjacent(text, words[j - 1], words[j])) break;
            if (words[j].NameWord) end = j;
            else if (!IsConnector(Word(text, words[j]))) break;
        }
        return end;
    }

    /// <summary>
    /// "People's Republic of China": a run that goes on after a possessive is one name when the
    /// gazetteer knows it whole; otherwise ("Nigeria's Health Ministry") the run ends at the possessive.
    /// </summary>
    private int PossessiveNameEnd(string text, ImmutableArray<TextWord> words, int start, int runEnd)
    {
        int next = runEnd + 1;
        if (next >= words.Length || !words[next].Capitalised || !TextWords.PossessiveBetween(text, words[runEnd], words[next])) return runEnd;
        int extended = RunEnd(text, words, next);
        return LongestKnown(text, words, start, extended, out _, out _) > runEnd ? extended : runEnd;
    }

    // Checked for every lower-case word after a capitalised one, so normalised on the stack.
    private bool IsConnector(ReadOnlySpan<char> word)
    {
        if (word.Length > NameNormalizer.MaxStackName) return lexicon.IsConnector(NameNormalizer.Normalize(word));
        Span<char> buffer = stackalloc char[NameNormalizer.BufferLength(word.Length)];
        return lexicon.IsConnector(buffer[..NameNormalizer.NormalizeInto(word, buffer)]);
    }

    // An unknown name stops before "and": "between Ngouboua and Bagassola" names two places.
    private static int UnknownNameEnd(string text, ImmutableArray<TextWord> words, int start, int runEnd)
    {
        int last = start;
        for (int j = start + 1; j <= runEnd; j++)
        {
            if (Word(text, words[j]).SequenceEqual("and")) break;
            if (words[j].NameWord) last = j;
        }
        return last;
    }

    /// <summary>The last word of the longest known name starting the run, or -1; and the last word of the longest multi-word not-place phrase there, or -1.</summary>
    /// <summary>The last word of the longest run from <paramref name="start"/> whose transliteration variant the gazetteer holds, and that variant.</summary>
    private (int End, string Key)? KnownVariant(string text, ImmutableArray<TextWord> words, int start, int runEnd)
    {
        for (int end = Math.Min(runEnd, start + options.MaxNameWords - 1); end >= start; end--)
        {
            string key = NameNormalizer.Normalize(text.AsSpan(words[start].Start, words[end].End - words[start].Start));
            if (lexicon.IsNotPlace(key)) continue;
            foreach (string variant in NameVariants.Of(key))
            {
                if (gazetteer.ContainsNormalized(variant)) return (end, variant);
            }
        }
        return null;
    }

    private int LongestKnown(string text, ImmutableArray<TextWord> words, int start, int runEnd, out string key, out int notPlaceEnd)
    {
        key = "";
        notPlaceEnd = -1;
        int best = -1;
        int limit = Math.Min(runEnd, start + Math.Min(options.MaxNameWords, gazetteer.MaxNameWords) - 1);
        // Every n-gram is normalised into one stack buffer; a string is made only for the one kept.
        // Each n-gram extends the one before, so only its new chars are folded.
        Span<char> buffer = stackalloc char[NameNormalizer.BufferLength(NameNormalizer.MaxStackName)];
        int folded = 0, consumed = words[start].Start;
        bool pendingSpace = false;
        for (int j = start; j <= limit; j++)
        {
            ReadOnlySpan<char> ngram = text.AsSpan(words[start].Start, words[j].End - words[start].Start);
            if (ngram.Length <= NameNormalizer.MaxStackName)
            {
                folded = NameNormalizer.NormalizeAppend(text.AsSpan(consumed, words[j].End - consumed), buffer, folded, ref pendingSpace);
                consumed = words[j].End;
            }
            if (!words[j].NameWord) continue;
            ReadOnlySpan<char> candidate = ngram.Length <= NameNormalizer.MaxStackName ? buffer[..folded] : NameNormalizer.Normalize(ngram);
            if (gazetteer.ContainsNormalized(candidate))
            {
                best = j;
                key = candidate.ToString();
            }
            if (j > start && lexicon.IsNotPlace(candidate)) notPlaceEnd = j;
        }
        return best;
    }

    private bool IsPersonOrOrganisationContext(string text, ImmutableArray<TextWord> words, int i)
    {
        if (i == 0) return false;
        TextWord previous = words[i - 1];
        ReadOnlySpan<char> gap = text.AsSpan(previous.End, words[i].Start - previous.End);
        if (previous.Capitalised && gap is " " or ". " && lexicon.IsTitle(NameNormalizer.Normalize(Word(text, previous)))) return true;
        // "University of Maryland", "Bank of Kigali".
        return i >= 2 && gap is " " && Word(text, previous).SequenceEqual("of") && TextWords.Adjacent(text, words[i - 2], previous) &&
               lexicon.IsOrgPrefix(NameNormalizer.Normalize(Word(text, words[i - 2])));
    }

    /// <summary>
    /// Last names of the people the document names ("Mr Moore", "President Obama", "David Jones"),
    /// so that later bare mentions ("Moore said") are not taken for the towns that share them.
    /// </summary>
    private HashSet<string> Surnames(string text, ImmutableArray<TextWord> words)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            if (!words[i].Capitalised) continue;
            int runEnd = RunEnd(text, words, i);
            if (runEnd > i && words[runEnd].Capitalised && (IsPersonOrOrganisationContext(text, words, i) && !IsOrgContext(text, words, i) ||
                                                            runEnd == i + 1 && IsPersonPair(text, words, i) ||
                                                            runEnd == i + 1 && gazetteer.Lookup(Word(text, words[i])).IsEmpty && IsSurname(text, words, runEnd)))
                surnames.Add(NameNormalizer.Normalize(Word(text, words[runEnd])));
            else if (runEnd == i && IsPersonOrOrganisationContext(text, words, i) && !IsOrgContext(text, words, i))
                surnames.Add(NameNormalizer.Normalize(Word(text, words[i])));
            i = runEnd;
        }
        return surnames;
    }

    // "David Jones": two capitalised words, each a place on its own but not together, the second a
    // small place and the first no country or state, are a person's first and last name.
    private bool IsPersonPair(string text, ImmutableArray<TextWord> words, int i)
    {
        if (i + 1 >= words.Length || !TextWords.Adjacent(text, words[i], words[i + 1])) return false;
        string first = NameNormalizer.Normalize(Word(text, words[i])), second = NameNormalizer.Normalize(Word(text, words[i + 1]));
        if (!gazetteer.ContainsNormalized(first) || !gazetteer.ContainsNormalized(second) || lexicon.IsNotPlace(first) || lexicon.IsNotPlace(second)) return false;
        if (gazetteer.ContainsNormalized(first + " " + second) || lexicon.Suffixes.Any(x => x.Phrase == second) || !lexicon.CuesEndingWith(first).IsEmpty) return false;
        foreach (GazetteerEntry e in gazetteer.LookupNormalized(first))
        {
            if (e.Kind is PlaceKind.Country or PlaceKind.Admin1) return false;
        }
        return IsMinor(second);
    }

    private bool IsOrgContext(string text, ImmutableArray<TextWord> words, int i) =>
        i >= 2 && Word(text, words[i - 1]).SequenceEqual("of") && lexicon.IsOrgPrefix(NameNormalizer.Normalize(Word(text, words[i - 2])));

    // "David Jones", "Barack Obama": a lone name right after a capitalised word that is not itself
    // a place or a cue is the second half of a person's name.
    private bool IsSurname(string text, ImmutableArray<TextWord> words, int i)
    {
        if (i == 0 || !words[i - 1].Capitalised || !TextWords.Adjacent(text, words[i - 1], words[i])) return false;
        Span<char> buffer = stackalloc char[NameNormalizer.BufferLength(NameNormalizer.MaxStackName)];
        ReadOnlySpan<char> word = Word(text, words[i - 1]);
        ReadOnlySpan<char> previous = word.Length <= NameNormalizer.MaxStackName ? buffer[..NameNormalizer.NormalizeInto(word, buffer)] : NameNormalizer.Normalize(word);
        return !gazetteer.ContainsNormalized(previous) && lexicon.CuesEndingWith(previous).IsEmpty && !lexicon.IsNotPlace(previous);
    }

    // "David Cameron said": a lone name followed by one capitalised word that is neither a place
    // nor an admin word ("Gao Region") is the first half of a person's name. Longer runs
    // ("Damasak Internally Displaced Persons camp") are facilities named after the place.
    private bool IsFirstName(string text, ImmutableArray<TextWord> words, int i)
    {
        if (i + 1 >= words.Length || !words[i + 1].Capitalised || !TextWords.Adjacent(text, words[i], words[i + 1])) return false;
        string next = NameNormalizer.Normalize(Word(text, words[i + 1]));
        return !gazetteer.ContainsNormalized(next) && !lexicon.Suffixes.Any(s => s.Phrase == next) && !lexicon.IsNotPlace(next);
    }

    // Person-name filters apply only to names whose every reading is a small place: "Paris Hilton"
    // is rare next to "Paris High School", which places its story in Paris.
    private bool IsMinor(string key)
    {
        foreach (GazetteerEntry e in gazetteer.LookupNormalized(key))
        {
            if (e.Kind is PlaceKind.Country or PlaceKind.Admin1 || e.Population >= options.MinPopulationOfMajorPlace) return false;
        }
        return true;
    }

    // Acronyms (NATO, APC, BA) collide with small places; only countries and states go by letters (US, DRC).
    private bool IsAcronym(string text, TextWord word, string key)
    {
        ReadOnlySpan<char> span = Word(text, word);
        if (span.Length < 2 || span.Length > 4 || span.ContainsAnyInRange('a', 'z')) return false;
        return !gazetteer.LookupNormalized(key).Any(e => e.Kind is PlaceKind.Country or PlaceKind.Admin1);
    }

    // "Mali Airlines", and "Baltic Sea": a natural feature is not the town that shares its first word.
    private bool NextIsOrgHead(string text, ImmutableArray<TextWord> words, int last) =>
        last + 1 < words.Length && words[last + 1].Capitalised && TextWords.Adjacent(text, words[last], words[last + 1]) &&
        (lexicon.IsOrgHead(NameNormalizer.Normalize(Word(text, words[last + 1]))) || lexicon.IsFeatureHead(NameNormalizer.Normalize(Word(text, words[last + 1]))));

    // "Beni Suef", "Abu Shok", "Kasba Bonli": a small place's one-word name followed by one or two
    // capitalised words the gazetteer does not know starts a longer name, not a mention of that place.
    // Longer runs ("Damasak Internally Displaced Persons camp") are facilities named after it.
    private bool IsPrefixOfUnknownName(string text, ImmutableArray<TextWord> words, int start, int best, int runEnd, string key)
    {
        if (best != start || best == runEnd || runEnd - best > 2 || !words[best + 1].Capitalised) return false;
        string next = NameNormalizer.Normalize(Word(text, words[best + 1]));
        return !gazetteer.ContainsNormalized(next) && !lexicon.Suffixes.Any(x => x.Phrase == next || x.Phrase.StartsWith(next + " ", StringComparison.Ordinal)) &&
               !lexicon.IsNotPlace(next) && IsMinor(key);
    }

    // "Malian soldiers", "Chadian troops": a demonym names people, even where a village shares its spelling.
    private bool IsDemonym(string text, int start, int end, string key) =>
        gazetteer.CountryOfDemonym(text[start..end]) is not null &&
        !gazetteer.LookupNormalized(key).Any(e => e.Kind == PlaceKind.Country);

    private static ReadOnlySpan<char> Word(string text, TextWord word) => text.AsSpan(word.Start, word.End - word.Start);

    [GeneratedRegex(@"\G\s?\(([^()\n]{1,80})\)")]
    private static partial Regex Parenthetical();
}
