using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>
/// The state, province or country a name is qualified with after a comma: "Springfield, Ill.",
/// "Columbus, Ohio", "London, Ontario", "Kidal, Mali". A list ("Iraq, Libya and Syria") is not a
/// qualifier: the name after the comma must not be followed by another list item.
/// </summary>
internal sealed partial class ToponymFinder
{
    /// <summary>The qualifier's admin area or country, and the mention an abbreviated one makes of its own.</summary>
    private readonly record struct Qualifier(string? Admin, string? CountryIso3, RawToponym? Abbreviation, int NextWord);

    private Qualifier? QualifierAfter(string text, ImmutableArray<TextWord> words, string nameKey, int end, int nextWord)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ' || nextWord >= words.Length || words[nextWord].Start != end + 2) return null;
        int at = end + 2;
        if (lexicon.Abbreviations.At(text, at) is ({ } abbreviation, int abbreviationEnd))
        {
            if (IsAreaOutside(nameKey, NameNormalizer.Normalize(abbreviation.Admin1), null)) return null;
            var mention = new RawToponym(new Span(at, abbreviationEnd), NameNormalizer.Normalize(abbreviation.Admin1), Known: true)
            {
                PreferredKind = PlaceKind.Admin1, ContextCountry = abbreviation.CountryIso3,
            };
            int next = nextWord;
            while (next < words.Length && words[next].Start < abbreviationEnd) next++;
            return new Qualifier(abbreviation.Admin1, abbreviation.CountryIso3, mention, next);
        }
        if (!words[nextWord].Capitalised) return null;
        int runEnd = RunEnd(text, words, nextWord);
        int best = LongestKnown(text, words, nextWord, runEnd, out string key, out _);
        // "Paris, Texas Rangers" names a team; "London, Ontario on Friday" runs on through a connector.
        if (best < 0 || best != runEnd && words[best + 1].Capitalised || lexicon.IsNotPlace(key) || ContinuesList(text, words[best].End)) return null;
        string? admin = null, country = null;
        foreach (GazetteerEntry e in gazetteer.LookupNormalized(key))
        {
            if (e.Kind == PlaceKind.Country) country ??= e.CountryIso3;
            else if (e.Kind is PlaceKind.Admin1 or PlaceKind.Admin2) admin ??= text[words[nextWord].Start..words[best].End];
        }
        // "NIAMEY, Niger" is in the country, "Athens, Georgia" in the US state: when the qualifier
        // names both, it is the one that holds a place of the qualified name (the country if both do).
        if (country is not null && admin is not null)
        {
            GazetteerMatches named = gazetteer.LookupNormalized(nameKey);
            string adminKey = NameNormalizer.Normalize(admin);
            if (named.Any(e => e.CountryIso3 == country) || !named.Any(e => Geocoder.AdminMatches(e, adminKey))) admin = null;
            else country = null;
        }
        if (admin is null && country is null || IsAreaOutside(nameKey, admin is null ? null : NameNormalizer.Normalize(admin), country)) return null;
        return new Qualifier(admin, country, null, nextWord);
    }

    /// <summary>
    /// "Delaware, Idaho, Maine", "Georgia, Idaho": a state or country followed by a state it has no
    /// reading inside is the previous item of a list, not a place the state qualifies. "Kidal, Mali"
    /// (the region holds the town) and "Washington, D.C." (the capital lies in the district) still qualify.
    /// </summary>
    private bool IsAreaOutside(string nameKey, string? adminKey, string? countryIso3)
    {
        GazetteerMatches named = gazetteer.LookupNormalized(nameKey);
        if (!named.Any(e => e.Kind is PlaceKind.Admin1 or PlaceKind.Country)) return false;
        return !named.Any(e => e.Kind != PlaceKind.Country &&
                               (adminKey is not null ? Geocoder.AdminMatches(e, adminKey) : e.CountryIso3 == countryIso3));
    }

    // ", Libya and Syria", ", Guam, Alaska": more items follow, so the comma separated list items.
    private static bool ContinuesList(string text, int end)
    {
        ReadOnlySpan<char> rest = text.AsSpan(end, Math.Min(text.Length - end, 8));
        if (rest.StartsWith(" and ", StringComparison.Ordinal) || rest.StartsWith(" or ", StringComparison.Ordinal) ||
            rest.StartsWith(", and ", StringComparison.Ordinal) || rest.StartsWith(", or ", StringComparison.Ordinal)) return true;
        return rest.Length >= 3 && rest[0] == ',' && rest[1] == ' ' && char.IsUpper(rest[2]);
    }
}
