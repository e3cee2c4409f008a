namespace Sitrep.Actors;

/// <summary>
/// Splits text into words for actor matching. A word is a run of letters and digits; an apostrophe
/// inside a word is dropped ("Jama'a" = "Jamaa") except a final possessive "'s", which becomes a
/// word of its own; everything else separates. Dictionary aliases go through the same tokenizer,
/// so a name and its mention always agree on word boundaries.
/// </summary>
internal static class ActorTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 5 + 1);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            bool plain = true;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (c >= 0x80) plain = false;
                    i++;
                }
                else if (TextFold.IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessiveAt(text, i))
                {
                    plain = false;
                    i++;
                }
                else break;
            }
            tokens.Add(MakeToken(text, start, i, plain));
            if (i < text.Length && TextFold.IsApostrophe(text[i]) && IsPossessiveAt(text, i))
            {
                tokens.Add(new WordToken(i, i + 2, WordToken.Possessive, WordToken.Possessive));
                i += 2;
            }
        }
        return tokens;
    }

    private static WordToken MakeToken(string text, int start, int end, bool plain)
    {
        ReadOnlySpan<char> word = text.AsSpan(start, end - start);
        if (plain)
        {
            // The common case: ASCII letters and digits only, so folding is just lower-casing.
            string exact = word.ToString();
            bool lower = true;
            foreach (char c in word)
            {
                if (char.IsAsciiLetterUpper(c)) { lower = false; break; }
            }
            return new WordToken(start, end, lower ? exact : exact.ToLowerInvariant(), exact);
        }
        Span<char> folded = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        int n = 0;
        foreach (char c in word)
        {
            if (TextFold.IsApostrophe(c)) continue;
            folded[n++] = TextFold.Fold(c);
        }
        string exactForm = new(folded[..n]);
        return new WordToken(start, end, exactForm.ToLowerInvariant(), exactForm);
    }

    /// <summary>The folded key of a whole phrase, for comparing names.</summary>
    public static string Key(string phrase) => string.Join(' ', Tokenize(phrase).Select(t => t.Key));

    private static bool IsPossessiveAt(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && (text[apostrophe + 1] is 's' or 'S')
        && (apostrophe + 2 == text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    /// <summary>
    /// Whether two neighbouring words belong to one phrase: only spaces between them, or a single
    /// joiner as in "al-Shabaab", "U.S." or "M23/AFC".
    /// </summary>
    public static bool Adjacent(string text, WordToken left, WordToken right)
    {
        int gap = right.Start - left.End;
        if (gap == 0) return true;
        if (gap == 1 && text[left.End] is '-' or '.' or '/' or '\u2010' or '\u2011' or '\u2013') return true;
        for (int i = left.End; i < right.Start; i++)
        {
            char c = text[i];
            if (c == '\n' || !char.IsWhiteSpace(c)) return false;
        }
        return true;
    }
}
