using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>Word-counted windows around a span, clipped to a sentence and stopped at clause punctuation.</summary>
internal static class TextWindows
{
    /// <summary>The up to <paramref name="words"/> words before <paramref name="position"/>, not crossing <paramref name="limit"/>'s start or a ';' or ':'.</summary>
    public static Span WordsBefore(string text, int position, int words, Span limit)
    {
        int i = position, counted = 0;
        while (i > limit.Start)
        {
            while (i > limit.Start && char.IsWhiteSpace(text[i - 1])) i--;
            if (i == limit.Start || text[i - 1] is ';' or ':') break;
            int w = i;
            while (w > limit.Start && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not (';' or ':')) w--;
            if (++counted > words) break;
            i = w;
        }
        return new Span(i, Math.Max(i, position));
    }

    /// <summary>The up to <paramref name="words"/> words after <paramref name="position"/>, within <paramref name="limit"/>.</summary>
    public static Span WordsAfter(string text, int position, int words, Span limit)
    {
        int i = position, counted = 0;
        while (i < limit.End && counted < words)
        {
            while (i < limit.End && char.IsWhiteSpace(text[i])) i++;
            if (i >= limit.End || text[i] is ';' or ':') break;
            while (i < limit.End && !char.IsWhiteSpace(text[i])) i++;
            counted++;
        }
        return new Span(position, Math.Max(position, i));
    }

    /// <summary>Characters between two spans (0 when they overlap).</summary>
    public static int Distance(Span a, Span b) =>
        a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;
}
