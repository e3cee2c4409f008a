using System.Collections.Immutable;

namespace Sitrep.Geo;

/// <summary>
/// A word of raw text: letters and digits, with apostrophes, hyphens and dots inside it ("N'Djamena", "Port-au-Prince", "U.S").
/// <paramref name="CapitalisedAfterArticle"/>: a short lower-case article joined by a hyphen to a capitalised word ("ez-Zor" in
/// "Deir ez-Zor", "al-Balah"), which goes on a name but does not start one.
/// </summary>
internal readonly record struct TextWord(int Start, int End, bool Capitalised, bool CapitalisedAfterArticle = false)
{
    /// <summary>True when the word can end a multi-word name.</summary>
    public bool NameWord => Capitalised || CapitalisedAfterArticle;
}

/// <summary>
/// Splits raw text into words for toponym matching. The tokenizer stage is being built separately;
/// this keeps the places stage independent of it. A possessive "'s" is left out of the word.
/// </summary>
internal static class TextWords
{
    public static ImmutableArray<TextWord> Scan(string text)
    {
        var words = ImmutableArray.CreateBuilder<TextWord>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInner(text, i))) i++;
            int end = i;
            if (end - start > 2 && (text[end - 1] is 's' or 'S') && IsApostrophe(text[end - 2])) end -= 2;
            bool capitalised = char.IsUpper(text[start]);
            words.Add(new TextWord(start, end, capitalised, !capitalised && IsArticleJoined(text, start, end)));
        }
        return words.ToImmutable();
    }

    /// <summary>True when only spaces (no line break, at most two characters) separate two words.</summary>
    public static bool Adjacent(string text, TextWord left, TextWord right)
    {
        int gap = right.Start - left.End;
        if (gap < 1 || gap > 2) return false;
        for (int k = left.End; k < right.Start; k++)
        {
            if (text[k] != ' ') return false;
        }
        return true;
    }

    /// <summary>True when a possessive and one space ("People's Republic") separate two words; the "'s" is outside both.</summary>
    public static bool PossessiveBetween(string text, TextWord left, TextWord right) =>
        right.Start - left.End == 3 && IsApostrophe(text[left.End]) && text[left.End + 1] is 's' or 'S' && text[left.End + 2] == ' ';

    // Arabic articles are written "al-", "el-", "ez-", "ash-", "ad-"...: at most three lower-case letters, then the hyphen.
    private static bool IsArticleJoined(string text, int start, int end)
    {
        int hyphen = text.IndexOf('-', start, end - start);
        return hyphen > start && hyphen - start <= 3 && hyphen + 1 < end && char.IsUpper(text[hyphen + 1]) &&
               text.AsSpan(start, hyphen - start).IndexOfAnyExceptInRange('a', 'z') < 0;
    }

    // A joiner counts only between two letters or digits, so "Gao." and "-Gao" do not swallow punctuation.
    private static bool IsInner(string text, int i) =>
        (text[i] is '-' or '.' || IsApostrophe(text[i])) &&
        i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';
}
