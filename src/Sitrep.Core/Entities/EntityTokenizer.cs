using Sitrep.Documents;

namespace Sitrep.Entities;

/// <summary>
/// A small tokenizer of the recogniser's own, so it does not depend on the linguistic stages:
/// runs of letters and digits (with inner apostrophes, hyphens and dots, as in "al-Shabaab",
/// "U.S." or "Jama'a") are words, dotted acronyms with their closing dot, except that a possessive "'s" is a token of its own, as in the
/// news corpora the model learns from; every other non-space character is a token by itself.
/// </summary>
public static class EntityTokenizer
{
    public static List<Span> Tokenize(string text) => Tokenize(text, null);

    /// <summary>Like <see cref="Tokenize(string)"/>; titles in the recogniser's lexicon ("mr.", "gen.") also keep their dot.</summary>
    public static List<Span> Tokenize(string text, IReadOnlyDictionary<string, string>? lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<Span>(text.Length / 5 + 1);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (IsPossessive(text, i))
            {
                i += 2;
                spans.Add(new Span(start, i));
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                spans.Add(new Span(start, i));
                continue;
            }
            i++;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i])) { i++; continue; }
                bool joiner = text[i] is '\'' or '\u2019' or '-' or '.' or '&';
                if (joiner && IsPossessive(text, i)) break;
                if (joiner && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) { i += 2; continue; }
                break;
            }
            if (i < text.Length && text[i] == '.' && (IsDottedAcronym(text.AsSpan(start, i - start)) || IsTitle(text.AsSpan(start, i - start), lexicon))) i++;
            spans.Add(new Span(start, i));
        }
        return spans;
    }

    // "Iraq's" but not "Jama'a" or "N'Djamena": an apostrophe, an s, then the word ends.
    private static bool IsPossessive(string text, int i) =>
        (text[i] is '\'' or '\u2019') && i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && (text[i + 1] is 's' or 'S')
        && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2]));

    // "U.S", "U.N" or "e.g": single letters joined by dots, which keep their closing dot ("U.S.").
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        for (int k = 0; k < word.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsLetter(word[k]) : word[k] != '.') return false;
        }
        return word.Length % 2 == 1;
    }

    private static bool IsTitle(ReadOnlySpan<char> word, IReadOnlyDictionary<string, string>? lexicon) =>
        lexicon is not null && word.Length <= 5 && lexicon.TryGetValue(string.Concat(word.ToString().ToLowerInvariant(), "."), out string? kind)
        && kind.Contains(NerLexicon.Title, StringComparison.Ordinal);
}
