namespace Sitrep.Text.Tokens;

/// <summary>Western emoticons (":)", ":-(", ";D"), which are single tokens in UD EWT.</summary>
internal static class Emoticons
{
    /// <summary>The length of an emoticon starting at <paramref name="i"/>, or 0.</summary>
    public static int Match(string text, int i, int end)
    {
        if (i + 1 >= end || !IsEyes(text[i])) return 0;
        int j = i + 1;
        if (text[j] is '-' or '\'' or 'o' && j + 1 < end) j++;
        return IsMouth(text[j]) && (j + 1 == end || !char.IsLetterOrDigit(text[j + 1])) ? j + 1 - i : 0;
    }

    /// <summary>The length of an emoticon ending at <paramref name="end"/>, or 0.</summary>
    public static int MatchEnding(string text, int start, int end)
    {
        for (int length = 3; length >= 2; length--)
        {
            int from = end - length;
            if (from < start) continue;
            if (from > start && char.IsLetterOrDigit(text[from - 1]) && text[from] != ':') continue;
            if (Match(text, from, end) == length) return length;
        }
        return 0;
    }

    private static bool IsEyes(char c) => c is ':' or ';' or '=';

    private static bool IsMouth(char c) => c is ')' or '(' or 'D' or 'P' or 'p' or '/' or '|' or ']' or '[' or 'O' or 'o' or '*' or '$';
}
