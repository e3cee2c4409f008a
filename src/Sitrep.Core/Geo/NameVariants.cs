namespace Sitrep.Geo;

/// <summary>
/// Other spellings a place name has in transliteration, tried only for a name the gazetteer does not hold:
/// Russian ё written "yo" where GeoNames has "e" ("Tyotkino", Tëtkino), and the Arabic article and final ta
/// marbuta left out ("Hawija", Al Ḩawījah; "Qaim", Al Qā'im). Keys are normalised (<see cref="NameNormalizer"/>).
/// </summary>
public static class NameVariants
{
    private const string Article = "al ";

    /// <summary>The variants of a normalised key, most specific first; the key itself is not among them.</summary>
    public static IEnumerable<string> Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinLength) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal) { key };
        foreach (string variant in Candidates(key))
        {
            if (seen.Add(variant)) yield return variant;
        }
    }

    /// <summary>Shorter keys are too often words ("Aba", "Ola") for guessed spellings to be safe.</summary>
    private const int MinLength = 4;

    private static IEnumerable<string> Candidates(string key)
    {
        if (key.Contains("yo", StringComparison.Ordinal)) yield return key.Replace("yo", "e", StringComparison.Ordinal);
        string bare = key.StartsWith(Article, StringComparison.Ordinal) || key.StartsWith("el ", StringComparison.Ordinal) ? key[3..] : key;
        if (bare.Length < MinLength) yield break;
        bool endsA = bare.EndsWith('a'), endsAh = bare.EndsWith("ah", StringComparison.Ordinal);
        if (endsA) yield return bare + "h";
        if (endsAh) yield return bare[..^1];
        if (endsA) yield return Article + bare + "h";
        if (endsAh) yield return Article + bare[..^1];
        yield return Article + bare;
        if (bare != key) yield return bare;
    }
}
