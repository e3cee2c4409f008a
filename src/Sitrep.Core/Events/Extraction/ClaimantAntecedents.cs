using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Sitrep.Events.Extraction;

/// <summary>
/// News style introduces a source once in full and then shortens it: "police spokesperson Alfred Alabo"
/// becomes "Mr Alabo", "a security official" becomes "the official". A shortened source is also printed
/// as the fuller phrase that introduced it earlier in the article, so it codes as the same claimant.
/// </summary>
internal static partial class ClaimantAntecedents
{
    private static readonly ImmutableHashSet<string> Titles = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Gen", "Gen.", "Col", "Col.", "Maj", "Maj.", "Capt", "Capt.", "Lt", "Lt.",
        "Sgt", "Sgt.", "Gov", "Gov.", "Sen", "Sen.", "Rep", "Rep.", "President", "Minister", "General", "Colonel", "Major", "Captain");

    // Nouns naming a person or body speaking for others; "the official" is read back to "a security official".
    private static readonly ImmutableHashSet<string> SourceNouns = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "officer", "commander",
        "resident", "residents", "witness", "witnesses", "leader", "group", "statement", "doctor", "medic");

    /// <summary>
    /// The fuller names an earlier mention gives a short source phrase; none when it has no antecedent.
    /// Only a definite noun ("the official") points back; "an official" introduces someone new.
    /// </summary>
    public static IEnumerable<string> Find(string text, int before, string phrase, bool definite)
    {
        string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string prior = text[..Math.Clamp(before, 0, text.Length)];
        if (Surname(words) is string surname) return FullName(prior, surname);
        if (definite && words.Length == 1 && SourceNouns.Contains(words[0])) return Introduced(prior, words[0]);
        return [];
    }

    // "Mr Alabo", "Gov. Aureoles": a title and one capitalised name.
    private static string? Surname(string[] words) =>
        words.Length == 2 && Titles.Contains(words[0]) && IsName(words[1]) ? words[1] : null;

    // The last "Firstname Surname" before the short mention (the introduction closest to it).
    private static IEnumerable<string> FullName(string prior, string surname)
    {
        Match? last = null;
        foreach (Match m in FirstNames().Matches(prior))
            if (m.Groups["last"].Value == surname && !Titles.Contains(m.Groups["first"].Value)) last = m;
        return last is null ? [] : [last.Value];
    }

    // The last "a/an MODIFIER noun" before "the noun": "a security official" for "the official".
    private static IEnumerable<string> Introduced(string prior, string noun)
    {
        Match? last = null;
        foreach (Match m in IndefiniteModified().Matches(prior))
            if (string.Equals(m.Groups["noun"].Value, noun, StringComparison.OrdinalIgnoreCase)) last = m;
        return last is null ? [] : [$"{last.Groups["mod"].Value} {last.Groups["noun"].Value}"];
    }

    private static bool IsName(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'');

    [GeneratedRegex(@"\b(?<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?<last>[A-Z][A-Za-z'\-]+)\b")]
    private static partial Regex FirstNames();

    [GeneratedRegex(@"\b(?:[Aa]|[Aa]n)\s+(?<mod>[a-z]+|[A-Z]{2,})\s+(?<noun>[a-z]+)\b")]
    private static partial Regex IndefiniteModified();
}
