using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// A plain sentence splitter for documents without a sentences layer: a sentence ends at . ! or ?
/// followed by space and an upper-case letter, digit or quote, or at a line break; common
/// abbreviations and initials do not end one.
/// </summary>
internal static class SentenceSpans
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep", "st", "mt", "no",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "vs", "approx",
    };

    public static ImmutableArray<Span> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = ImmutableArray.CreateBuilder<Span>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool end = c == '\n' || (c is '.' or '!' or '?' && EndsSentence(text, i));
            if (!end) continue;
            int stop = c == '\n' ? i : i + 1;
            // A closing quote belongs to the sentence it closes.
            while (stop < text.Length && text[stop] is '"' or '\u201D' or '\'' or '\u2019' or ')') stop++;
            Add(text, start, stop, spans);
            start = stop;
            i = Math.Max(i, stop - 1);
        }
        Add(text, start, text.Length, spans);
        return spans.ToImmutable();
    }

    private static bool EndsSentence(string text, int dot)
    {
        int next = dot + 1;
        while (next < text.Length && text[next] is '"' or '\u201D' or '\'' or '\u2019' or ')') next++;
        if (next >= text.Length) return true;
        if (!char.IsWhiteSpace(text[next])) return false;
        while (next < text.Length && text[next] is ' ' or '\t') next++;
        if (next >= text.Length || text[next] == '\n') return true;
        char first = text[next];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '\u201C' or '\'' or '\u2018')) return false;
        if (text[dot] != '.') return true;
        int w = dot;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        string word = text[w..dot];
        // Initials ("J. Smith") and titles ("Gen. Diarra") leave the sentence open.
        return !(word.Length == 1 && char.IsUpper(word[0])) && !Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, ImmutableArray<Span>.Builder spans)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new Span(start, end));
    }
}
