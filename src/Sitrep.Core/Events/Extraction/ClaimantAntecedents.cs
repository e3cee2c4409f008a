using System.Text.RegularExpressions;

namespace Sitrep.Events.Extraction;

/// <summary>
/// News style introduces a source once in full and then shortens it: "police spokesperson Alfred Alabo"
/// becomes "Mr Alabo", "a security official" becomes "the official", "the militant group JNIM" becomes
/// "the group". A shortened source is also printed as the fuller phrase that introduced it earlier in
/// the article, so it codes as the same claimant. Titles, source nouns and body nouns are lexicon kinds
/// (title, sourcenoun, bodynoun).
/// </summary>
internal sealed partial class ClaimantAntecedents(EventCues cues)
{
    private const int MaxBodyWords = 3;

    /// <summary>
    /// The fuller names an earlier mention gives a short source phrase; none when it has no antecedent.
    /// Only a definite noun ("the official") points back; "an official" introduces someone new.
    /// </summary>
    public IEnumerable<string> Find(string text, int before, string phrase, bool definite)
    {
        string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string prior = text[..Math.Clamp(before, 0, text.Length)];
        if (Surname(words) is string surname) return FullName(prior, surname);
        if (definite && words.Length == 1 && cues.Lists(CueKind.SourceNoun, words[0])) return Introduced(prior, words[0]);
        return [];
    }

    /// <summary>
    /// The name of the body a definite "the group", "the rights group", "the ministry" stands for: the
    /// last one the text introduced before <paramref name="before"/> as "NAME, a group that ...", "the
    /// militant group NAME" or "the Abu Gouta Resistance Committee"; null when none was.
    /// </summary>
    public Documents.Span? NamedBody(string text, int before, string phrase)
    {
        string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxBodyWords || !cues.Lists(CueKind.BodyNoun, words[^1])) return null;
        string noun = Regex.Escape(words[^1].ToLowerInvariant());
        string titled = char.ToUpperInvariant(noun[0]) + noun[1..];
        int limit = Math.Clamp(before, 0, text.Length);
        var patterns = new[]
        {
            // "The Emergency Lawyers, a group that documents ...": a name described by the noun after a comma.
            new Regex($@"(?<name>{Name})(?:\s+\(\p{{Lu}}{{2,}}\))?,\s+(?:a|an|the)\s+(?:[\p{{L}}-]+\s+){{0,4}}?(?i:{noun})\b", RegexOptions.CultureInvariant),
            // "the militant group JNIM": the noun right before the name.
            new Regex($@"\b(?i:{noun})\s+(?<name>{Name})", RegexOptions.CultureInvariant),
            // "the Abu Gouta Resistance Committee", "Russia's Defense Ministry": the noun closing the name.
            new Regex($@"(?<name>(?:\p{{Lu}}[\p{{L}}'’-]*\s+){{1,5}}{titled})\b", RegexOptions.CultureInvariant),
        };
        Documents.Span? last = null;
        foreach (Regex pattern in patterns)
        {
            foreach (Match m in pattern.Matches(text[..limit]))
            {
                Group g = m.Groups["name"];
                var span = new Documents.Span(g.Index, g.Index + g.Length);
                if (last is not Documents.Span l || span.End > l.End) last = span;
            }
        }
        return last;
    }

    // Capitalised words, possibly joined by the small words of organisation names ("Group for Support of Islam").
    private const string Name = @"\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:of|for|the|and|al|el|wa|ul)\s+)?\p{Lu}[\p{L}\d'’-]*){0,5}";

    // "Mr Alabo", "Gov. Aureoles": a title and one capitalised name.
    private string? Surname(string[] words) =>
        words.Length == 2 && cues.Lists(CueKind.Title, words[0]) && IsName(words[1]) ? words[1] : null;

    // The last "Firstname Surname" before the short mention (the introduction closest to it).
    private IEnumerable<string> FullName(string prior, string surname)
    {
        Match? last = null;
        foreach (Match m in FirstNames().Matches(prior))
            if (m.Groups["last"].Value == surname && !cues.Lists(CueKind.Title, m.Groups["first"].Value)) last = m;
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
