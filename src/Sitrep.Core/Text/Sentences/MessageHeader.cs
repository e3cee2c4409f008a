using Sitrep.Documents;

namespace Sitrep.Text.Sentences;

/// <summary>
/// E-mail and message headers ("Kay Mann 04/26/2001 07:17 AM Will you ...") put a date and time
/// between sentences without punctuation; the header's date-time is a sentence of its own.
/// </summary>
internal static class MessageHeader
{
    /// <summary>True when the token after <paramref name="i"/> starts a date followed by a time.</summary>
    public static bool EndsBefore(string text, IReadOnlyList<Span> tokens, int i) =>
        i + 2 < tokens.Count && IsDate(Word(text, tokens[i + 1])) && IsTime(Word(text, tokens[i + 2]));

    /// <summary>True when token <paramref name="i"/> ends a date-time ("04/26/2001 07:17 AM").</summary>
    public static bool EndsAfter(string text, IReadOnlyList<Span> tokens, int i)
    {
        ReadOnlySpan<char> word = Word(text, tokens[i]);
        if (word is "AM" or "PM" or "am" or "pm")
            return i >= 2 && IsTime(Word(text, tokens[i - 1])) && IsDate(Word(text, tokens[i - 2]));
        if (!IsTime(word) || i < 1 || !IsDate(Word(text, tokens[i - 1]))) return false;
        return i + 1 >= tokens.Count || Word(text, tokens[i + 1]) is not ("AM" or "PM" or "am" or "pm");
    }

    private static ReadOnlySpan<char> Word(string text, Span span) => text.AsSpan(span.Start, span.Length);

    private static bool IsDate(ReadOnlySpan<char> word)
    {
        int slashes = 0;
        foreach (char c in word)
        {
            if (c == '/') slashes++;
            else if (!char.IsDigit(c)) return false;
        }
        return slashes == 2 && word.Length >= 6;
    }

    private static bool IsTime(ReadOnlySpan<char> word)
    {
        int colons = 0;
        foreach (char c in word)
        {
            if (c == ':') colons++;
            else if (!char.IsDigit(c)) return false;
        }
        return colons is 1 or 2 && word.Length >= 4;
    }
}
