using System.Text.RegularExpressions;

namespace Sitrep.Geo;

/// <summary>What the words before a name say about it: the cue text and its kind (near, exact, admin1, admin2).</summary>
internal readonly record struct CueReading(string? Cue, string? Kind);

/// <summary>An admin word after a name ("region", "local government area") and where it ends.</summary>
internal readonly record struct SuffixReading(CuePhrase Suffix, int End);

/// <summary>Reads the cue before a place name: a phrase from the lexicon, or a distance and bearing ("15 miles southwest of").</summary>
internal static partial class ToponymCues
{
    private const int Window = 80;

    public static CueReading Before(string text, int start, ToponymLexicon lexicon)
    {
        int from = Math.Max(0, start - Window);
        ReadOnlySpan<char> raw = text.AsSpan(from, start - from);
        int lineBreak = raw.LastIndexOf('\n');
        if (lineBreak >= 0) raw = raw[(lineBreak + 1)..];
        // Punctuation right before the name ("in Gao, Mali" is fine; "said. Gao" is not a cue).
        ReadOnlySpan<char> trimmed = raw.TrimEnd();
        if (trimmed.IsEmpty || !char.IsLetterOrDigit(trimmed[^1])) return default;
        // The distance pattern is costly to try everywhere; it can only match after "of", "from" or "outside".
        if (trimmed.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(" from", StringComparison.OrdinalIgnoreCase) ||
            trimmed.EndsWith(" outside", StringComparison.OrdinalIgnoreCase))
        {
            Match distance = DistancePattern().Match(raw.ToString());
            if (distance.Success) return new CueReading(distance.Value.Trim(), "near");
        }
        // Runs before every capitalised word, so the window is normalised on the stack; strings are made only for a cue found.
        Span<char> buffer = stackalloc char[NameNormalizer.BufferLength(Window)];
        ReadOnlySpan<char> key = buffer[..NameNormalizer.NormalizeInto(raw, buffer)];
        int lastSpace = key.LastIndexOf(' ');
        foreach (CuePhrase cue in lexicon.CuesEndingWith(key[(lastSpace + 1)..]))
        {
            if (key.Length == cue.Phrase.Length ? key.SequenceEqual(cue.Phrase) :
                key.EndsWith(cue.Phrase, StringComparison.Ordinal) && key[^(cue.Phrase.Length + 1)] == ' ')
                return new CueReading(raw[^Math.Min(raw.Length, CueLength(raw, cue.Phrase))..].Trim().ToString(), cue.Kind);
        }
        return default;
    }

    /// <summary>The admin suffix right after a name ("Mopti region", "Bama local government area"), with where it ends.</summary>
    public static SuffixReading? After(string text, int end, ToponymLexicon lexicon)
    {
        int stop = Math.Min(text.Length, end + 32);
        if (end >= text.Length || text[end] != ' ') return null;
        string key = NameNormalizer.Normalize(text.AsSpan(end, stop - end)) + " ";
        foreach (CuePhrase suffix in lexicon.Suffixes)
        {
            if (!key.StartsWith(suffix.Phrase + " ", StringComparison.Ordinal)) continue;
            // Walk the raw text forward over as many words as the phrase has.
            int words = suffix.Phrase.Count(c => c == ' ') + 1, at = end;
            for (int w = 0; w < words; w++)
            {
                while (at < text.Length && !char.IsLetterOrDigit(text[at])) at++;
                while (at < text.Length && char.IsLetterOrDigit(text[at])) at++;
            }
            return new SuffixReading(suffix, at);
        }
        return null;
    }

    // The raw characters the normalised phrase covers: count its words back from the window's end.
    private static int CueLength(ReadOnlySpan<char> window, string phrase)
    {
        int words = phrase.Count(c => c == ' ') + 1, at = window.Length;
        for (int w = 0; w < words; w++)
        {
            while (at > 0 && !char.IsLetterOrDigit(window[at - 1])) at--;
            while (at > 0 && (char.IsLetterOrDigit(window[at - 1]) || window[at - 1] == '-')) at--;
        }
        return window.Length - at;
    }

    [GeneratedRegex(@"(?:(?:about|some|around|nearly|roughly|approximately|almost|over|just|more than|less than|at least)\s+)?(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a few|several|dozens of)\s*-?\s*(?:km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+)?(?:of|from|outside)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistancePattern();
}
