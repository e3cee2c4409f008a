using Sitrep.Documents;

namespace Sitrep.Entities;

/// <summary>
/// A small tokenizer of the recogniser's own, so it does not depend on the linguistic stages:
/// runs of letters and digits (with inner apostrophes, hyphens and dots, as in "al-Shabaab",
/// "U.S." or "Jama'a") are words; every other non-space character is a token by itself.
/// </summary>
public static class EntityTokenizer
{
    public static List<Span> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<Span>(text.Length / 5 + 1);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
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
                if (joiner && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) { i += 2; continue; }
                break;
            }
            spans.Add(new Span(start, i));
        }
        return spans;
    }
}
